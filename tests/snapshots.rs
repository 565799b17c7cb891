//! One snapshot per file in `seeds/`: the terminal report (outline, placeholders, metrics,
//! findings with the source line underlined) and every highlighted span under its line.
//! Adding a seed adds a snapshot; `cargo insta review` shows what a change did to each.

use report_lens::render::{render_report, render_spans, RenderOptions};
use report_lens::{analyse, Options};
use std::path::Path;

#[test]
fn seeds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir).expect("seeds/").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    assert!(names.len() >= 5, "the five seeds are fixtures");
    for path in names.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).expect("UTF-8 seed");
        let a = analyse(&text, &Options::default());
        let report = render_report(&text, &a, &RenderOptions { color: false, ..RenderOptions::default() });
        let spans = render_spans(&text, &a);
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(name, format!("{report}\n===== spans =====\n{spans}"));
    }
}

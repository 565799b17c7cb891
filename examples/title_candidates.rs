//! Dumps the frame's title candidates with their features, one JSON object per file, for
//! `eval/title/fit.py` (issue 9). Not part of the CLI or the page.
//!
//! `cargo run --release --example title_candidates -- FILE...` prints
//! `{"file", "title" (the rules'), "model_title" (shipped), "salutation", "features": [names], "candidates": [{"text": …|null, "shipped": …|null, "f": [ints]}]}` per line;
//! `shipped` is the title the frame ships when it is run with that candidate chosen.

use report_lens::structure::{rules_title, title_candidates, TITLE_FEATURES};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("a readable file");
        let text = match report_lens::decode::decode(&bytes, Some(&path)) {
            Ok(d) => d.text,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let candidates: Vec<serde_json::Value> = title_candidates(&text)
            .into_iter()
            .map(|(t, shipped, f)| serde_json::json!({"text": t, "shipped": shipped, "f": f}))
            .collect();
        let d = report_lens::parse(&text);
        let slice = |x: Option<report_lens::Span>| x.map(|x| text[x.start..x.end].to_string());
        let line = serde_json::json!({
            "file": path,
            "title": rules_title(&text),
            "model_title": slice(d.structure.title),
            "salutation": slice(d.structure.salutation),
            "features": TITLE_FEATURES,
            "candidates": candidates,
        });
        println!("{line}");
    }
}

//! Does `analyse` (and `decode`) take time linear in the input? Builds inputs of 1, 4 and 16 MiB
//! from `seeds/*.txt` and `fixtures/*.txt` in several hostile shapes, times each, and prints the
//! time per MiB and the ratio 16 MiB / 1 MiB (≈16 is linear; ≈256 would be quadratic).
//!
//! `cargo run --release --example scaling` (also run by `make fuzz`). Prints a table; exits
//! non-zero only when a ratio is far beyond linear (> 40 for a 16× input), so it is a
//! measurement, not a test: nothing in `cargo test` depends on timing.
//!
//! `cargo run --release --example scaling -- 1 4` limits the sizes (MiB).

use std::path::Path;
use std::time::Instant;

use report_lens::{analyse, decode, Options};

const MIB: usize = 1 << 20;

fn corpus() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["seeds", "fixtures"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            paths.extend(
                rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")),
            );
        }
    }
    paths.sort();
    let mut out = String::new();
    for p in paths {
        let s = std::fs::read_to_string(&p).unwrap_or_default();
        out.push_str(s.trim_start_matches('\u{FEFF}'));
        out.push('\n');
    }
    out
}

/// `unit` repeated (whole chars) to about `bytes` bytes.
fn fill(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() + unit.len() <= bytes {
        s.push_str(unit);
    }
    for c in unit.chars() {
        if s.len() + c.len_utf8() > bytes {
            break;
        }
        s.push(c);
    }
    s
}

/// The shapes measured: name and builder (size in bytes → text).
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn shapes(corpus: &str) -> Vec<Shape> {
    let c1 = corpus.to_string();
    let c2 = corpus.replace(['\n', '\r'], "");
    let short_lines: String = corpus
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cut: String = l.chars().take(4).collect();
            cut + "\n"
        })
        .collect();
    let headings: String = (1..=200).map(|i| format!("{i}.第{i}项工作\n（{i}）推进XX项目X个，完成XX%。\n")).collect();
    // Paragraphs each opened by a short sentence, no numbered heading: one region of
    // lead-sentence candidates (their parallel test was quadratic in stop 28's first form).
    let words = ["严格秸秆禁烧", "治理面源污染", "保护水域清洁", "整治人居环境", "强化措施落实"];
    let leads: String = (0..500)
        .map(|i| {
            format!(
                "{}{}。建立日常巡逻机制，实行联动监督模式。\n",
                words[i % 5],
                ["甲", "乙", "丙", "丁", "戊", "己", "庚"][i % 7]
            )
        })
        .collect();
    vec![
        ("seeds concatenated", Box::new(move |n| fill(&c1, n))),
        ("one single line", Box::new(move |n| fill(&c2, n))),
        ("short lines (≈1M at 16 MiB)", Box::new(move |n| fill(&short_lines, n))),
        ("numbered headings + placeholders", Box::new(move |n| fill(&headings, n))),
        ("short lead sentences, no numbering", Box::new(move |n| fill(&leads, n))),
        ("one repeated char 一", Box::new(|n| fill("一", n))),
        ("digits", Box::new(|n| fill("1234567890", n))),
        ("unclosed brackets （《“", Box::new(|n| fill("（《“【", n))),
        ("newlines only", Box::new(|n| fill("\n", n))),
        ("CRLF lines", Box::new(|n| fill("一、工作\r\n", n))),
    ]
}

fn secs<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let t = Instant::now();
    let r = f();
    (t.elapsed().as_secs_f64(), r)
}

fn main() {
    let sizes: Vec<usize> = {
        let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
        if args.is_empty() {
            vec![1, 4, 16]
        } else {
            args
        }
    };
    let corpus = corpus();
    let mut worst = 0.0f64;
    let mut panicked = false;
    println!(
        "| input | {} | ratio {}→{} (linear = {}) |",
        sizes.iter().map(|s| format!("{s} MiB")).collect::<Vec<_>>().join(" | "),
        sizes[0],
        sizes[sizes.len() - 1],
        sizes[sizes.len() - 1] / sizes[0]
    );
    println!("|---|{}---|", "---|".repeat(sizes.len()));
    for (name, build) in shapes(&corpus) {
        let mut times = Vec::new();
        for &mib in &sizes {
            // A shape already clearly super-linear and slow is not run at the next size
            // (it could take hours); its cell says so and the ratio so far counts.
            if times.last().is_some_and(|&t: &f64| t > 10.0) {
                break;
            }
            let text = build(mib * MIB);
            let (t, a) = secs(|| std::panic::catch_unwind(|| analyse(&text, &Options::default())));
            match a {
                Ok(a) => assert_eq!(a.stats.utf16_len, text.encode_utf16().count()),
                Err(_) => {
                    eprintln!("scaling: analyse panicked on \"{name}\" at {mib} MiB");
                    panicked = true;
                }
            }
            times.push(t);
        }
        let ratio = times[times.len() - 1] / times[0].max(1e-6);
        let linear = (sizes[times.len() - 1] / sizes[0]) as f64;
        worst = worst.max(ratio / linear);
        if times.len() < sizes.len() {
            worst = f64::INFINITY; // stopped: too slow to measure at the larger sizes
        }
        let mut cells: Vec<String> = times.iter().map(|t| format!("{t:.2} s")).collect();
        cells.resize(sizes.len(), "skipped (>10 s before)".into());
        println!("| analyse: {name} | {} | {ratio:.1} (linear {linear}) |", cells.join(" | "));
    }
    // decode: the biggest inputs in their worst shapes.
    for (name, bytes) in [
        ("decode: UTF-8 seeds", corpus.as_bytes().to_vec()),
        ("decode: GBK seeds", encoding_rs::GBK.encode(&corpus).0.into_owned()),
        ("decode: UTF-8 with a bad byte every 100", {
            let mut v = corpus.as_bytes().to_vec();
            for i in (0..v.len()).step_by(100) {
                v[i] = 0xFF;
            }
            v
        }),
    ] {
        let mut times = Vec::new();
        for &mib in &sizes {
            let mut b = Vec::with_capacity(mib * MIB);
            while b.len() < mib * MIB {
                b.extend_from_slice(&bytes);
            }
            b.truncate(mib * MIB);
            let (t, r) = secs(|| decode::decode(&b, Some("x.txt")));
            assert!(r.is_ok());
            times.push(t);
        }
        let ratio = times[times.len() - 1] / times[0].max(1e-6);
        let linear = (sizes[sizes.len() - 1] / sizes[0]) as f64;
        worst = worst.max(ratio / linear);
        let cells: Vec<String> = times.iter().map(|t| format!("{t:.2} s")).collect();
        println!("| {name} | {} | {ratio:.1} |", cells.join(" | "));
    }
    println!("\nworst ratio / linear: {worst:.2}");
    if panicked {
        std::process::exit(1);
    }
    if worst > 2.5 {
        eprintln!("scaling: some input grows clearly faster than linearly");
        std::process::exit(1);
    }
}

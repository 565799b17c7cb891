//! What house rules cost: analysis time of `fixtures/gov-work-report-2025.txt` with no rules,
//! 1,000 word rules, and 1,000 word rules + 100 patterns (the `patterns` feature), and the time to
//! compile the rules. A measurement, not a test.
//!
//! `cargo run --release --example rules_timing`

use std::time::Instant;

use report_lens::rules::{RuleSet, RuleSpec};
use report_lens::{analyse, Options};

fn time(label: &str, text: &str, options: &Options) {
    let runs = 40;
    let _ = analyse(text, options);
    let t = Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found = analyse(text, options).findings.iter().filter(|f| f.check == "house-rule").count();
    }
    let ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("{label:<34} {ms:>7.2} ms  ({found} house-rule findings)");
}

fn main() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/gov-work-report-2025.txt")).unwrap();
    // 1,000 distinct two- to four-character words from the report itself (so some match) and
    // made-up ones (so most do not), as an office's list would be.
    let chars: Vec<char> = text.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).collect();
    let mut words: Vec<String> = Vec::new();
    let mut i = 0;
    while words.len() < 1000 && i + 4 < chars.len() {
        let len = 2 + (i % 3);
        let w: String = chars[i..i + len].iter().collect();
        let w = if words.len() % 10 == 0 { w } else { format!("{w}甲") };
        if !words.contains(&w) {
            words.push(w);
        }
        i += 7;
    }
    let word_rules: Vec<RuleSpec> = words.iter().map(|w| RuleSpec::word(w, "某")).collect();
    let mut with_patterns = word_rules.clone();
    for k in 0..100 {
        with_patterns.push(RuleSpec::pattern(&format!("(\\d+)多个{}", chars[k * 13]), Some("${1}余个"), None));
    }
    let t = Instant::now();
    let set = RuleSet::new(&word_rules);
    println!("compile 1,000 word rules            {:>7.2} ms", t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    let set_p = RuleSet::new(&with_patterns);
    println!(
        "compile 1,000 words + 100 patterns  {:>7.2} ms ({} rules usable)",
        t.elapsed().as_secs_f64() * 1000.0,
        set_p.len()
    );
    println!("text: {} bytes", text.len());
    time("0 rules", &text, &Options::default());
    time("1,000 word rules", &text, &Options { rules: set, ..Options::default() });
    time("1,000 word rules + 100 patterns", &text, &Options { rules: set_p, ..Options::default() });
}

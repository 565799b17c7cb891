//! What every fuzz target asserts, shared by the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`,
//! nightly + libFuzzer), the stable mutational fuzzer (`examples/fuzz.rs`, `make fuzz`) and the
//! short run inside `cargo test` (`tests/hostile.rs`). Included with `#[path]`, so it only uses
//! the public API of `report_lens`.
//!
//! A violation panics with a message naming the broken property; the harness around it saves
//! the input.

#![allow(dead_code)]

use report_lens::decode::{decode_with_limits, Decoded, Limits};
use report_lens::Error;
use report_lens::{analyse, Analysis, Heading, Options};

/// Limits small enough that a fuzzer's inputs hit them (a fuzzer does not make 64 MiB inputs).
pub fn fuzz_limits() -> Limits {
    Limits {
        max_input: 1 << 20,
        max_xml: 1 << 20,
        max_ratio: 100,
        ratio_floor: 64 << 10,
        max_entries: 64,
        max_depth: 64,
    }
}

/// Error kinds `decode` may return (the documented, stable ids).
pub const ERROR_KINDS: &[&str] = &[
    "legacy-doc",
    "docx-encrypted",
    "pdf",
    "image",
    "rtf",
    "binary",
    "zip-not-docx",
    "docx-broken",
    "docx-too-large",
    "too-large",
    "unsupported-encoding",
];

/// Decode `bytes` and check the result: a known error kind with a Chinese message, or text
/// whose changes are announced (a U+FFFD the bytes did not contain comes with a notice).
pub fn check_decode(bytes: &[u8], name: Option<&str>, limits: &Limits) -> Result<Decoded, Error> {
    let r = decode_with_limits(bytes, name, limits);
    match &r {
        Ok(d) => {
            assert!(!d.encoding.is_empty(), "decoded text without an encoding name");
            if d.encoding != "docx" {
                // Text encodings: a replacement character either was in the input (UTF-8
                // EF BF BD) or is announced.
                let had_fffd = bytes.windows(3).any(|w| w == "\u{FFFD}".as_bytes());
                let fffd = d.text.contains('\u{FFFD}');
                if fffd && !had_fffd && d.encoding.starts_with("UTF-8") {
                    assert!(
                        d.notices.iter().any(|n| n.contains("U+FFFD")),
                        "U+FFFD in the text without a notice ({})",
                        d.encoding
                    );
                }
                // Text never grows without bound: at most 3 UTF-8 bytes per input byte.
                assert!(d.text.len() <= bytes.len().saturating_mul(3) + 3, "decoded text larger than 3× the input");
            }
            if bytes.is_empty() {
                assert!(d.text.is_empty());
            }
        }
        Err(e) => {
            assert!(ERROR_KINDS.contains(&e.kind.as_str()), "unknown error kind {:?}", e.kind);
            assert!(
                e.message.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
                "error message not Chinese: {}",
                e.message
            );
        }
    }
    r
}

fn check_item(units: &[u16], start: usize, end: usize, text: Option<&str>, what: &str) {
    assert!(start <= end && end <= units.len(), "{what} [{start},{end}) out of bounds (len {})", units.len());
    let s = String::from_utf16(&units[start..end]);
    assert!(s.is_ok(), "{what} [{start},{end}) splits a surrogate pair");
    if let Some(t) = text {
        assert_eq!(s.unwrap(), t, "{what} [{start},{end}) does not slice to its text");
    }
}

fn check_tree(units: &[u16], nodes: &[Heading], depth: u8) {
    for n in nodes {
        check_item(units, n.start, n.end, None, "heading");
        assert!(n.level > depth, "a heading's children must be deeper than it");
        check_tree(units, &n.children, n.level);
    }
}

/// Every span of `a` slices `text` (UTF-16, as JavaScript does) to exactly its text, on
/// boundaries that do not split a surrogate pair; numbers are finite.
pub fn check_analysis(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(a.stats.utf16_len, units.len(), "stats.utf16_len");
    assert_eq!(a.stats.chars, text.chars().count(), "stats.chars");
    for t in a
        .title
        .iter()
        .chain(a.salutation.iter())
        .chain(&a.closing)
        .chain(&a.signature)
        .chain(&a.dates)
        .chain(&a.artifacts)
    {
        check_item(&units, t.start, t.end, Some(&t.text), "span");
    }
    for p in &a.placeholders {
        check_item(&units, p.start, p.end, Some(&p.text), "placeholder");
    }
    for m in &a.metrics {
        check_item(&units, m.start, m.end, Some(&m.text), "metric");
        assert!(m.value.is_none_or(f64::is_finite), "metric value not finite");
        assert!(m.upper.is_none_or(f64::is_finite), "metric upper not finite");
    }
    for f in &a.findings {
        check_item(&units, f.start, f.end, None, &format!("finding {}", f.check));
    }
    check_tree(&units, &a.outline, 0);
    // The analysis must serialise (the page and the CLI both go through JSON).
    serde_json::to_string(a).expect("analysis serialises to JSON");
}

/// Analyse `text` and check it.
pub fn check_analyse(text: &str) -> Analysis {
    let a = analyse(text, &Options::default());
    check_analysis(text, &a);
    a
}

/// The whole path a dropped file takes: decode, then analyse what was decoded.
pub fn check_bytes(bytes: &[u8]) {
    for name in [None, Some("x.docx")] {
        if let Ok(d) = check_decode(bytes, name, &fuzz_limits()) {
            check_analyse(&d.text);
        }
    }
    // Any byte string read as (lossy) UTF-8 text, as a paste would give.
    check_analyse(&String::from_utf8_lossy(bytes));
}

/// Tiny deterministic generator (splitmix64), so the short run is the same every time.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

//! The same report arrives in many shapes: one long line, half-width punctuation, a blank line
//! between paragraphs, indented paragraphs, CRLF. Each shape of each seed must give the same
//! title, salutation, outline, placeholders and metrics as the seed itself.

use report_lens::{analyse, Analysis, Heading, Options};
use std::path::Path;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    v.sort();
    v
}

/// Half-width form of the punctuation reports type both ways.
fn half(c: char) -> char {
    match c {
        '，' => ',',
        '：' => ':',
        '（' => '(',
        '）' => ')',
        '；' => ';',
        '！' => '!',
        '？' => '?',
        c => c,
    }
}

/// Unify what the shapes change: white space and half/full-width punctuation.
fn norm(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}' && *c != '\u{feff}').map(half).collect()
}

fn flat(nodes: &[Heading], out: &mut Vec<(u8, String)>) {
    for n in nodes {
        out.push((n.level, norm(&n.title)));
        flat(&n.children, out);
    }
}

type Summary = (Option<String>, Option<String>, Vec<(u8, String)>, Vec<String>, Vec<String>);

fn summary(a: &Analysis) -> Summary {
    let mut h = Vec::new();
    flat(&a.outline, &mut h);
    let p = a.placeholders.iter().map(|x| norm(&x.text)).collect();
    let m = a.metrics.iter().map(|x| norm(&x.text)).collect();
    let part = |t: &Option<report_lens::TextSpan>| t.as_ref().map(|x| norm(&x.text));
    (part(&a.title), part(&a.salutation), h, p, m)
}

fn same_as_seed(shape: &str, f: impl Fn(&str) -> String) {
    for (name, text) in seeds() {
        let want = summary(&analyse(&text, &Options::default()));
        let changed = f(&text);
        let got = summary(&analyse(&changed, &Options::default()));
        assert_eq!(got, want, "{shape}: {name}");
    }
}

#[test]
fn one_line_joined_with_spaces() {
    same_as_seed("one line", |t| t.lines().filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join(" "));
}

#[test]
fn half_width_punctuation() {
    same_as_seed("half-width", |t| t.chars().map(half).collect());
}

#[test]
fn blank_lines_between_paragraphs() {
    same_as_seed("blank lines", |t| t.replace('\n', "\n\n"));
}

#[test]
fn indented_paragraphs_crlf_and_bom() {
    same_as_seed("indent+CRLF+BOM", |t| {
        let body: Vec<String> = t
            .lines()
            .map(|l| if l.trim().is_empty() { String::new() } else { format!("\u{3000}\u{3000}{l}") })
            .collect();
        format!("\u{feff}{}", body.join("\r\n"))
    });
}

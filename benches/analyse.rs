//! Criterion benchmarks: throughput (bytes of input per second) of the full analysis, of each
//! pass, of the decoders, and of the analysis on 1×, 10× and 100× the long 2025 report (cost
//! must grow linearly). Inputs are the checked-in texts: `seeds/*.txt` and
//! `fixtures/gov-work-report-{2008,2025}.txt`, read at start-up, so a new seed is a new bench.
//!
//! `cargo bench --bench analyse` runs everything (a few minutes on two cores);
//! `cargo bench --bench analyse -- pass/` runs one group. `node bench/summary.mjs` turns
//! `target/criterion` into the MB/s table of docs/BENCHMARKS.md. Nothing here asserts a speed.

use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use report_lens::{analyse, artifacts, blocks, checks, clean, dates, decode, metrics, parse, placeholders, structure};
use report_lens::{Doc, Options};

/// A named text.
struct Input {
    name: String,
    text: String,
}

fn read(path: &Path) -> String {
    let s = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    s.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(s)
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `seeds/*.txt`, sorted, named by the 3-digit prefix (`seed-000`).
fn seeds() -> Vec<Input> {
    let mut paths: Vec<_> = std::fs::read_dir(root().join("seeds"))
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy();
            Input { name: format!("seed-{}", stem.split('_').next().unwrap_or(&stem)), text: read(p) }
        })
        .collect()
}

/// The two long reports (`report-2008`, `report-2025`).
fn long_reports() -> Vec<Input> {
    ["2008", "2025"]
        .iter()
        .map(|y| Input {
            name: format!("report-{y}"),
            text: read(&root().join(format!("fixtures/gov-work-report-{y}.txt"))),
        })
        .collect()
}

fn report_2025() -> String {
    read(&root().join("fixtures/gov-work-report-2025.txt"))
}

/// Full analysis of every seed and both long reports.
fn bench_analyse(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyse");
    g.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2)).sample_size(20);
    let opts = Options::default();
    for input in seeds().iter().chain(long_reports().iter()) {
        g.throughput(Throughput::Bytes(input.text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(&input.name), input.text.as_str(), |b, t| {
            b.iter(|| analyse(black_box(t), &opts))
        });
    }
    g.finish();
}

/// Every pass alone, given the earlier passes' results (computed once, outside the timing).
/// `seeds` runs each pass over all seeds in one iteration. `parse` is every pass but `checks`;
/// `analyse` − `parse` − `checks` is the cost of building the output (UTF-16 offsets, strings).
fn bench_passes(c: &mut Criterion) {
    let seeds = seeds();
    let mut inputs: Vec<(String, Vec<String>)> =
        vec![("seeds".to_string(), seeds.iter().map(|s| s.text.clone()).collect())];
    inputs.extend(long_reports().into_iter().map(|i| (i.name, vec![i.text])));
    let opts = Options::default();

    let mut g = c.benchmark_group("pass");
    g.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1)).sample_size(20);
    for (name, texts) in &inputs {
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let docs: Vec<Doc> = texts.iter().map(|t| parse(t)).collect();
        // The artefacts as `Clean::new` and `structure::parse` see them (before site headers join).
        let arts: Vec<_> = docs.iter().map(|d| artifacts::find(d.text, &d.lines)).collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        let each = |f: &dyn Fn(usize)| {
            for i in 0..texts.len() {
                f(i)
            }
        };

        g.bench_function(BenchmarkId::new("artifacts", name), |b| {
            b.iter(|| each(&|i| drop(black_box(artifacts::find(black_box(texts[i]), &docs[i].lines)))))
        });
        g.bench_function(BenchmarkId::new("clean", name), |b| {
            b.iter(|| each(&|i| drop(black_box(clean::Clean::new(black_box(texts[i]), &arts[i])))))
        });
        g.bench_function(BenchmarkId::new("lines", name), |b| {
            b.iter(|| each(&|i| drop(black_box(blocks::lines(black_box(texts[i]))))))
        });
        g.bench_function(BenchmarkId::new("structure", name), |b| {
            b.iter(|| {
                each(&|i| {
                    let d = &docs[i];
                    drop(black_box(structure::parse(black_box(texts[i]), &d.clean_lines, &arts[i], &d.clean)))
                })
            })
        });
        g.bench_function(BenchmarkId::new("dates", name), |b| {
            b.iter(|| each(&|i| drop(black_box(dates::find(black_box(texts[i]), &docs[i].clean)))))
        });
        g.bench_function(BenchmarkId::new("placeholders", name), |b| {
            b.iter(|| {
                each(&|i| {
                    let d = &docs[i];
                    drop(black_box(placeholders::find(black_box(texts[i]), &d.clean, &d.dates)))
                })
            })
        });
        g.bench_function(BenchmarkId::new("metrics", name), |b| {
            b.iter(|| {
                each(&|i| {
                    let d = &docs[i];
                    drop(black_box(metrics::find(black_box(texts[i]), &d.clean, &d.dates, &d.placeholders)))
                })
            })
        });
        g.bench_function(BenchmarkId::new("checks", name), |b| {
            b.iter(|| each(&|i| drop(black_box(checks::run(black_box(&docs[i]), &opts)))))
        });
        g.bench_function(BenchmarkId::new("parse", name), |b| {
            b.iter(|| each(&|i| drop(black_box(parse(black_box(texts[i]))))))
        });
        g.bench_function(BenchmarkId::new("analyse", name), |b| {
            b.iter(|| each(&|i| drop(black_box(analyse(black_box(texts[i]), &opts)))))
        });
    }
    g.finish();
}

/// UTF-16LE with its BOM.
fn utf16le(s: &str) -> Vec<u8> {
    let mut b = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    b
}

/// A minimal .docx built in memory: one `<w:p>` per line of `text`.
fn docx(text: &str) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut body = String::with_capacity(text.len() * 2);
    for line in text.lines() {
        let esc = line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        body.push_str("<w:p><w:r><w:t xml:space=\"preserve\">");
        body.push_str(&esc);
        body.push_str("</w:t></w:r></w:p>");
    }
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let parts: [(&str, &[u8]); 3] = [
        (
            "[Content_Types].xml",
            br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
        ),
        (
            "_rels/.rels",
            br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        ),
        ("word/document.xml", doc.as_bytes()),
    ];
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        w.start_file(name, opts).expect("zip entry");
        w.write_all(data).expect("zip write");
    }
    w.finish().expect("zip finish").into_inner()
}

/// `decode` on one seed and on the 2025 report in four forms. Throughput is bytes of the
/// encoded input (GB18030 is ~2 bytes a Hanzi, UTF-8 3, UTF-16 2; a docx is compressed XML).
fn bench_decode(c: &mut Criterion) {
    let seed = seeds().into_iter().next().expect("at least one seed");
    let inputs = [seed, Input { name: "report-2025".into(), text: report_2025() }];
    let mut g = c.benchmark_group("decode");
    g.warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(1)).sample_size(20);
    for input in &inputs {
        let (gb, _, unmappable) = encoding_rs::GB18030.encode(&input.text);
        assert!(!unmappable, "{} is not representable in GB18030", input.name);
        let forms: [(&str, Vec<u8>, &str); 4] = [
            ("utf8", input.text.as_bytes().to_vec(), "UTF-8"),
            ("gb18030", gb.into_owned(), "GB18030"),
            ("utf16le", utf16le(&input.text), "UTF-16LE"),
            ("docx", docx(&input.text), "docx"),
        ];
        for (form, bytes, expect) in &forms {
            // Make sure each form is read the way it is meant to be, not refused or guessed.
            let d = decode::decode(bytes, None).unwrap_or_else(|e| panic!("{form} {}: {e}", input.name));
            assert_eq!(&d.encoding, expect, "{form} {}", input.name);
            g.throughput(Throughput::Bytes(bytes.len() as u64));
            g.bench_with_input(BenchmarkId::new(*form, &input.name), bytes.as_slice(), |b, bytes| {
                b.iter(|| decode::decode(black_box(bytes), None))
            });
        }
    }
    g.finish();
}

/// The full analysis of 1×, 10× and 100× the 2025 report (joined by a blank line): MB/s must
/// stay flat if cost is linear in the input.
fn bench_scaling(c: &mut Criterion) {
    let one = report_2025();
    let opts = Options::default();
    let mut g = c.benchmark_group("scaling");
    g.sampling_mode(SamplingMode::Flat).warm_up_time(Duration::from_millis(500)).sample_size(10);
    for n in [1usize, 10, 100] {
        // Each copy keeps the site's licence notice: one artefact per copy, the next copy
        // analysed as report text (the site's tail ends where report text resumes).
        let text = vec![one.as_str(); n].join("\n\n");
        g.measurement_time(Duration::from_secs(if n == 100 { 6 } else { 2 }));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("analyse", format!("{n}x")), text.as_str(), |b, t| {
            b.iter(|| analyse(black_box(t), &opts))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_analyse, bench_passes, bench_decode, bench_scaling);
criterion_main!(benches);

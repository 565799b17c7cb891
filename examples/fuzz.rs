//! A stable-Rust mutational fuzzer for `decode` and `analyse` (cargo-fuzz needs nightly; the
//! targets for it are in fuzz/, with the same checks). `make fuzz` runs it.
//!
//! `cargo run --release --example fuzz -- [SECONDS] [RNG_SEED]` (default 300 s).
//!
//! Corpus: seeds/*.txt, fixtures/*.txt, fuzz/corpus/**, and for each text its GBK, UTF-16 and
//! `.docx` encodings. Each case mutates a corpus entry (bit flips, inserts of report pieces and
//! of XML/zip tokens, deletions, repeats, splices, truncation; or mutates a text and then wraps
//! it in a `.docx`) and runs it through `fuzz/checks.rs`: decode with small limits, analyse,
//! every span slices the text cleanly. It looks for
//! - panics: the input is saved to target/fuzz-stable/crash-*.bin;
//! - hangs: a watchdog saves the input being run after 20 s (hang-*.bin) and exits;
//! - super-linear time: the slowest inputs (per byte) are re-run repeated 4× and 16×; a time
//!   ratio far beyond 16 is reported (slow-*.bin).
//!
//! Exits 0 when nothing was found.

#[path = "../fuzz/checks.rs"]
mod checks;
#[path = "../fuzz/docx.rs"]
mod docx;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use checks::Rng;

/// Pieces worth inserting: report markup the passes look for, and XML/zip/encoding tokens.
const DICT: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "1.",
    "2、",
    "（1）",
    "⑴",
    "①",
    "一是",
    "第一，",
    "——",
    "xxx",
    "X",
    "XX",
    "××",
    "某某",
    "20XX年",
    "X月X日",
    "__",
    "【单位】",
    "（  ）",
    "20个",
    "60余万元",
    "近400件",
    "84.71%",
    "4—5个",
    "-4.7%",
    "9月14日",
    "二〇二三年",
    "##paidbegin##",
    "- 1 -",
    "[本文共1710字]",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "。",
    "，",
    "：",
    "；",
    "\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "\u{3000}",
    "𠮷",
    "😀",
    "\u{0}",
    "\u{fffd}",
    "各位领导：",
    "汇报人：",
    "2023年12月",
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "</w:r>",
    "<w:t>",
    "</w:t>",
    "<w:tab/>",
    "<w:br/>",
    "<mc:Fallback>",
    "</mc:Fallback>",
    "&amp;",
    "&lt;",
    "&#x10FFFF;",
    "&#0;",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "<?xml ",
    "?>",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "PK\u{3}\u{4}",
    "PK\u{5}\u{6}",
    "PK\u{1}\u{2}",
    // Shapes the frame, the outline and the artefacts read since issue 9.
    "篇1",
    "篇一",
    "(篇2)",
    "工作总结范文1",
    "第一部分",
    "第1章",
    "第一点",
    "壹、",
    "一 、",
    "#### ",
    "**",
    "(经典)",
    "【精选】",
    "(通用8篇)",
    "——记",
    "关于",
    "通 知",
    "2025.03.04 ",
    "同学们:",
    "敬爱的",
    "各镇(街道)、",
    "[nextpage]",
    "(de)",
    "本作品公有领域",
    "Page 3",
    "小编为您整理了5篇",
    "导读：",
    "下面我讲几点意见。",
    "[1] ",
    "20__年",
    "相关推荐",
    "占",
];

struct Found {
    dir: PathBuf,
    count: usize,
}

impl Found {
    fn save(&mut self, kind: &str, bytes: &[u8], why: &str) {
        std::fs::create_dir_all(&self.dir).ok();
        let h = docx::crc32(bytes);
        let p = self.dir.join(format!("{kind}-{h:08x}.bin"));
        std::fs::write(&p, bytes).ok();
        eprintln!("FOUND {kind}: {why}\n  input ({} bytes) saved to {}", bytes.len(), p.display());
        self.count += 1;
    }
}

fn load_corpus(root: &Path) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for dir in ["seeds", "fixtures", "fuzz/corpus"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else { continue };
            for e in rd.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    let mut corpus = Vec::new();
    for p in files {
        let Ok(bytes) = std::fs::read(&p) else { continue };
        if let Ok(text) = std::str::from_utf8(&bytes) {
            // Long fixtures: a few slices, so cases stay fast enough to be many.
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let pieces: Vec<&str> = if text.len() > 16 << 10 {
                (0..4)
                    .map(|k| {
                        let a = chars[chars.len() * k / 4].0;
                        let b = chars.get((chars.len() * k / 4) + 4000).map_or(text.len(), |c| c.0);
                        &text[a..b]
                    })
                    .collect()
            } else {
                vec![text]
            };
            for t in pieces {
                corpus.push(t.as_bytes().to_vec());
                corpus.push(encoding_rs::GBK.encode(t).0.into_owned());
                corpus.push(t.encode_utf16().flat_map(|u| u.to_le_bytes()).collect());
                corpus.push(docx::docx(t));
            }
        } else {
            corpus.push(bytes);
        }
    }
    corpus
}

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>], b: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(6) {
        let len = b.len();
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                b[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len + 1);
                b.insert(i, rng.next() as u8);
            }
            2 | 3 => {
                let piece = DICT[rng.below(DICT.len())].as_bytes();
                let at = rng.below(len + 1);
                let times = if rng.below(8) == 0 { 1 + rng.below(200) } else { 1 };
                b.splice(at..at, piece.iter().copied().cycle().take(piece.len() * times));
            }
            4 if len > 0 => {
                let i = rng.below(len);
                let j = (i + rng.below(128)).min(len);
                b.drain(i..j);
            }
            5 if len > 0 => {
                let i = rng.below(len);
                let j = (i + 1 + rng.below(256)).min(len);
                let chunk = b[i..j].to_vec();
                let at = rng.below(len + 1);
                b.splice(at..at, chunk.iter().copied().cycle().take(chunk.len() * (1 + rng.below(16))));
            }
            6 => b.truncate(rng.below(len + 1)),
            7 => {
                let other = &corpus[rng.below(corpus.len())];
                let i = rng.below(other.len());
                let j = (i + rng.below(1024)).min(other.len());
                let at = rng.below(len + 1);
                b.splice(at..at, other[i..j].iter().copied());
            }
            _ if len > 0 => {
                // Overwrite a few bytes with "interesting" values (sizes, counts, 0xFF…).
                let i = rng.below(len);
                for (k, v) in [0x00u8, 0xFF, 0x7F, 0x80, 0xFE][..1 + rng.below(4)].iter().enumerate() {
                    if let Some(x) = b.get_mut(i + k) {
                        *x = *v;
                    }
                }
            }
            _ => {}
        }
    }
    b.truncate(512 << 10);
}

/// Mutate a text (as UTF-8) and put it in a `.docx`, so the XML reader sees the mutations.
fn docx_case(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut xml = docx::document_xml(&String::from_utf8_lossy(&corpus[rng.below(corpus.len())])).into_bytes();
    xml.truncate(64 << 10);
    mutate(rng, corpus, &mut xml);
    docx::docx_with_xml(&xml)
}

fn run_case(bytes: &[u8]) -> Result<Duration, String> {
    let t = Instant::now();
    let r = std::panic::catch_unwind(|| checks::check_bytes(bytes));
    match r {
        Ok(()) => Ok(t.elapsed()),
        Err(e) => Err(e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seconds: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(300);
    let rng_seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
    });
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Found { dir: root.join("target/fuzz-stable"), count: 0 };
    let corpus = load_corpus(root);
    eprintln!("fuzz: {} corpus entries, {seconds} s, rng seed {rng_seed}", corpus.len());
    std::panic::set_hook(Box::new(|_| {})); // panics are reported below, with their input

    // Watchdog: the current input and when it started.
    let current: Arc<Mutex<Vec<u8>>> = Arc::default();
    let started = Arc::new(AtomicU64::new(0));
    let epoch = Instant::now();
    {
        let (current, started, dir) = (current.clone(), started.clone(), found.dir.clone());
        std::thread::spawn(move || {
            let mut confirmed_fast: u64 = 0;
            loop {
                std::thread::sleep(Duration::from_secs(1));
                let s = started.load(Ordering::SeqCst);
                if s == 0 || s == confirmed_fast || (epoch.elapsed().as_millis() as u64).saturating_sub(s) < 20_000 {
                    continue;
                }
                // A stall of the whole machine (two busy cores) is not a hang: run the same
                // input again on another thread and call it a hang only if that stalls too.
                let bytes = current.lock().map(|b| b.clone()).unwrap_or_default();
                let (tx, rx) = std::sync::mpsc::channel();
                let again = bytes.clone();
                std::thread::spawn(move || {
                    let t = Instant::now();
                    let _ = std::panic::catch_unwind(|| checks::check_bytes(&again));
                    let _ = tx.send(t.elapsed());
                });
                match rx.recv_timeout(Duration::from_secs(40)) {
                    Ok(t) => {
                        eprintln!(
                            "fuzz: a case stalled for 20 s but reruns in {:.2} s (machine busy), going on",
                            t.as_secs_f64()
                        );
                        confirmed_fast = s;
                    }
                    Err(_) => {
                        let mut f = Found { dir, count: 0 };
                        f.save("hang", &bytes, "one case ran for more than 20 s, and again for 40 s");
                        std::process::exit(2);
                    }
                }
            }
        });
    }

    let mut rng = Rng(rng_seed);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut cases, mut bytes_total) = (0u64, 0u64);
    // The slowest inputs per byte (ns/byte, input), for the scaling check.
    let mut slowest: Vec<(f64, Vec<u8>)> = Vec::new();
    while Instant::now() < deadline {
        let input = if rng.below(4) == 0 {
            docx_case(&mut rng, &corpus)
        } else {
            let mut b = corpus[rng.below(corpus.len())].clone();
            mutate(&mut rng, &corpus, &mut b);
            b
        };
        if let Ok(mut c) = current.lock() {
            c.clone_from(&input);
        }
        started.store(epoch.elapsed().as_millis() as u64 + 1, Ordering::SeqCst);
        let r = run_case(&input);
        started.store(0, Ordering::SeqCst);
        cases += 1;
        bytes_total += input.len() as u64;
        match r {
            Ok(t) => {
                if input.len() >= 1024 {
                    let per = t.as_nanos() as f64 / input.len() as f64;
                    if slowest.len() < 8 || per > slowest[slowest.len() - 1].0 {
                        slowest.push((per, input));
                        slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
                        slowest.truncate(8);
                    }
                }
            }
            Err(msg) => found.save("crash", &input, &msg),
        }
        if cases % 5000 == 0 {
            eprintln!("fuzz: {cases} cases, {:.1} MB, {} found", bytes_total as f64 / 1e6, found.count);
        }
    }

    // Super-linear check: the slowest inputs, repeated 4× and 16×.
    for (per, input) in &slowest {
        let t1 = run_case(input).unwrap_or_default().as_secs_f64();
        let t16 = run_case(&input.repeat(16)).unwrap_or_default().as_secs_f64();
        let ratio = t16 / t1.max(1e-5);
        eprintln!("fuzz: slow input {} bytes ({per:.0} ns/byte): ×16 input took {ratio:.1}× the time", input.len());
        if ratio > 48.0 && t16 > 0.05 {
            found.save("slow", input, &format!("16× the input took {ratio:.0}× the time"));
        }
    }
    println!(
        "fuzz: {cases} cases ({:.1} MB) in {seconds} s, rng seed {rng_seed}: {} found",
        bytes_total as f64 / 1e6,
        found.count
    );
    if found.count > 0 {
        std::process::exit(1);
    }
}

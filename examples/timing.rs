//! Quick release-mode timing of `analyse` over one file (default: the 2025 government work
//! report), for before/after figures when a check is added. A measurement, not a test.
//!
//! `cargo run --release --example timing -- [FILE] [ITERATIONS]`; prints the median and the
//! mean time per analysis and the throughput. Per-check times: `-- FILE N --checks`.

use std::time::Instant;

use report_lens::{analyse, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().map_or("fixtures/gov-work-report-2025.txt", String::as_str);
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(path).expect("a UTF-8 text file");
    let opts = Options::default();
    // Warm up caches and the allocator.
    for _ in 0..5 {
        std::hint::black_box(analyse(&text, &opts));
    }
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyse(std::hint::black_box(&text), &opts));
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[n / 2];
    let mean = times.iter().sum::<f64>() / n as f64;
    println!(
        "{path}: {} bytes, {n} runs: median {median:.3} ms, mean {mean:.3} ms, {:.1} MB/s",
        text.len(),
        text.len() as f64 / median / 1e3
    );
    if args.iter().any(|a| a == "--checks") {
        let doc = report_lens::parse(&text);
        for c in report_lens::checks::CHECKS {
            let t = Instant::now();
            for _ in 0..n {
                std::hint::black_box((c.run)(&doc));
            }
            println!("  {:<22} {:.4} ms", c.ids[0].id, t.elapsed().as_secs_f64() * 1e3 / n as f64);
        }
    }
}

//! A plain loop for profilers (no Criterion statistics in the profile): analyses one text
//! `RL_PROFILE_ITERS` times (default 20) and prints the mean time and MB/s.
//!
//! ```text
//! CARGO_PROFILE_BENCH_DEBUG=true cargo bench --bench profile --no-run
//! valgrind --tool=callgrind --callgrind-out-file=target/callgrind.out \
//!     target/release/deps/profile-<hash> fixtures/gov-work-report-2025.txt
//! callgrind_annotate --inclusive=yes target/callgrind.out | head -60
//! ```
//!
//! The text is the first argument that is not a flag (`cargo bench` passes `--bench`), by
//! default `fixtures/gov-work-report-2025.txt`.

use std::hint::black_box;
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/gov-work-report-2025.txt").to_string());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let iters: u32 = std::env::var("RL_PROFILE_ITERS").ok().and_then(|s| s.parse().ok()).unwrap_or(20);
    let opts = report_lens::Options::default();
    let t0 = Instant::now();
    let mut found = 0;
    for _ in 0..iters {
        let a = report_lens::analyse(black_box(&text), &opts);
        found += a.metrics.len() + a.findings.len();
    }
    let per = t0.elapsed().as_secs_f64() / f64::from(iters.max(1));
    println!(
        "profile: {path}: {} bytes, {iters} runs, {:.3} ms/run, {:.1} MB/s ({found} items)",
        text.len(),
        per * 1e3,
        text.len() as f64 / per / 1e6
    );
}

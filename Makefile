# report-lens — entry points. `make serve` builds the page and serves it; `make test` runs every
# test and installs what it needs on a fresh machine (Rust toolchain, Node, npm, Python present).
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help build test test-rust lint serve dist wasm test-browser bench score fuzz

help:
	@echo "make serve   build the web app and serve it on http://127.0.0.1:8000"
	@echo "make dist    write the single-file build to dist/report-lens.html"
	@echo "make test    run every test (Rust, then browser)"
	@echo "make bench   run the benchmarks"
	@echo "make fuzz    hostile inputs at full size, fuzz decode+analyse (FUZZ_SECONDS, default 300), time scaling"
	@echo "make score   score the CLI: seeds and web (../shared/eval), then eval/tune, eval/tune2, eval/tune3, eval/tune4 … eval/tune8, eval/tune9 (held out), eval/tune10, eval/tune11, eval/tune12, eval/tune13, eval/tune14, eval/tune15 … eval/tune24, eval/tune25 … eval/tune27 (held out) and eval/sealed (held out)"

build:
	cargo build --release

# Also without default features: the page's wasm is built that way (no pattern rules, no .doc
# reader), and the tests of those features are gated on them.
lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --no-default-features -- -D warnings

test-rust:
	cargo test --all-targets
	cargo test --all-targets --no-default-features

test: lint test-rust test-browser

wasm:
	bash scripts/build-wasm.sh

dist: wasm
	bash scripts/dist.sh

serve: wasm
	bash scripts/serve.sh

test-browser:
	bash scripts/test-browser.sh

bench:
	CARGO_PROFILE_BENCH_LTO=false cargo bench --bench analyse
	node bench/summary.mjs
	bash scripts/build-wasm.sh
	bash scripts/dist.sh
	node bench/wasm-size.mjs
	cd bench && npm ci --no-audit --no-fund --loglevel=error && node browser.mjs && node compare.mjs

score: build
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs ../shared/seeds --gold ../shared/eval/gold
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs ../shared/corpus/web --gold ../shared/eval/gold-web
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune --gold eval/tune
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune2 --gold eval/tune2
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune3 --gold eval/tune3
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune4 --gold eval/tune4
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune5 --gold eval/tune5
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune6 --gold eval/tune6
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune7 --gold eval/tune7
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune8 --gold eval/tune8
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune9 --gold eval/tune9
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune10 --gold eval/tune10
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune11 --gold eval/tune11
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune12 --gold eval/tune12
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune13 --gold eval/tune13
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune14 --gold eval/tune14
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune15 --gold eval/tune15
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune16 --gold eval/tune16
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune17 --gold eval/tune17
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune18 --gold eval/tune18
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune19 --gold eval/tune19
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune20 --gold eval/tune20
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune21 --gold eval/tune21
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune22 --gold eval/tune22
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune23 --gold eval/tune23
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune24 --gold eval/tune24
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune25 --gold eval/tune25
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune26 --gold eval/tune26
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/tune27 --gold eval/tune27
	python3 ../shared/eval/score.py --cmd "target/release/report-lens analyse --json {file}" --docs eval/sealed --gold eval/sealed

# Hostile inputs at full size (release), the stable fuzzer for FUZZ_SECONDS, then the time
# scaling of analyse/decode on 1, 4 and 16 MiB (docs/HARDENING.md). cargo-fuzz targets (nightly):
# cd fuzz && cargo +nightly fuzz run decode -- -max_total_time=600
FUZZ_SECONDS ?= 300
fuzz:
	cargo test --release --test hostile
	cargo run --release --example fuzz -- $(FUZZ_SECONDS)
	cargo run --release --example scaling

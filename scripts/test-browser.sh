#!/usr/bin/env bash
# Browser tests in real Chromium (Debian's chromium driven by npm's playwright-core). Installs
# Chromium and a CJK font with apt when missing, builds the wasm, the single file and the CLI,
# then runs tests/browser/*.test.mjs with node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-browser: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

bash scripts/build-wasm.sh
bash scripts/dist.sh
cargo build --release --quiet --bin report-lens

node --test --test-concurrency=1 --test-reporter=spec tests/browser/*.test.mjs

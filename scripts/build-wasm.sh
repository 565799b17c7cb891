#!/usr/bin/env bash
set -euo pipefail
echo "build-wasm: not built yet"

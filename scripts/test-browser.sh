#!/usr/bin/env bash
set -euo pipefail
echo "test-browser: not built yet"

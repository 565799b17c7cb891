#!/usr/bin/env bash
set -euo pipefail
echo "serve: not built yet"

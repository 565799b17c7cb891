#!/usr/bin/env bash
set -euo pipefail
echo "dist: not built yet"

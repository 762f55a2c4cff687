#!/usr/bin/env bash
# Builds the release app and measures input-to-redraw latency in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh --browser
trunk build --release --offline
node tests/e2e/bench-latency.mjs

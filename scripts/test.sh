#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native, in-browser (wasm-bindgen-test
# in headless Chromium) and end-to-end (Playwright driving the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh --browser
export CHROMEDRIVER=/usr/bin/chromedriver

echo "== native tests"
cargo test --offline

echo "== shipped weights: retrained with the default schedule, byte-identical, above the accuracy floors"
scripts/pretrain.sh --check

echo "== in-browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test web --test charts_canvas

echo "== release build"
trunk build --release --offline
scripts/size-report.sh dist

echo "== end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

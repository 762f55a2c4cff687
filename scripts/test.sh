#!/usr/bin/env bash
# Sets up what is missing, then runs every test: native, in-browser (wasm-bindgen-test
# in headless Chromium) and end-to-end (Playwright driving the release build).
# Each step prints how long it took, and the end the whole run (CI must stay under 30 min).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"

started=$SECONDS title="set-up" step_started=$SECONDS
minutes() { echo "$(($1 / 60)) min $(($1 % 60)) s"; }
took() { echo "   ($title: $(minutes $((SECONDS - step_started))))"; }
step() {
  took
  title=$1 step_started=$SECONDS
  echo "== $title"
}

scripts/setup.sh --browser
export CHROMEDRIVER=/usr/bin/chromedriver

step "native tests"
cargo test --offline

step "shipped weights: retrained with the default schedule, byte-identical, above the accuracy floors"
scripts/pretrain.sh --check

step "in-browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test web --test charts_canvas

step "release build"
trunk build --release --offline
scripts/size-report.sh dist

step "end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/

took
echo "== every test passed in $(minutes $((SECONDS - started)))"

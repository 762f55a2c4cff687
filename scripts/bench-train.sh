#!/usr/bin/env bash
# Builds the release app and measures training in the browser: how long the lab's
# default network (tiny_plain, seed 1) takes in headless Chromium's Web Worker to reach
# 95% test accuracy, beside the same run natively (same seed, same schedule).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh --browser
trunk build --release --offline
cargo build --profile fast --offline --quiet --bin convatlas
epochs=3
echo "== native (convatlas train tiny_plain --epochs $epochs --seed 1)"
start=$(date +%s.%N)
target/fast/convatlas train tiny_plain --data digits --epochs $epochs --seed 1 -o "$(mktemp)" | tee /tmp/convatlas-bench-native.txt
end=$(date +%s.%N)
python3 -c "print(f'native: {($end - $start):.2f} s for $epochs epochs')"
echo "== browser"
node tests/e2e/bench-train.mjs $epochs /tmp/convatlas-bench-native.txt

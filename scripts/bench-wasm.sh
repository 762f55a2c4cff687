#!/usr/bin/env bash
# Our conv2d compiled to wasm32 with simd128 and run in Node, against the native
# build on the same layers. Last line: `wasm vs native: R x slower (geomean over N shapes)`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
mkdir -p target/bench-wasm
cargo bench --offline --bench conv_native > target/bench-wasm/native-1.tsv
RUSTFLAGS="-C target-feature=+simd128" cargo build --offline --locked --release --quiet \
  --target wasm32-unknown-unknown \
  --manifest-path scripts/bench-wasm/Cargo.toml \
  --target-dir target/bench-wasm
# A second native run after the wasm build: each side keeps its best time per layer,
# so a burst of load on a shared machine during one run does not decide the ratio.
cargo bench --offline --bench conv_native > target/bench-wasm/native-2.tsv
node scripts/bench-wasm.mjs \
  target/bench-wasm/wasm32-unknown-unknown/release/convatlas_bench_wasm.wasm \
  target/bench-wasm/native-1.tsv target/bench-wasm/native-2.tsv

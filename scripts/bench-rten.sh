#!/usr/bin/env bash
# Our conv2d against rten's (a pure-Rust inference engine with its own SIMD kernels),
# single-threaded on the benchmark layers: natively, with GFLOP/s against the core's
# peak, then both compiled to wasm32 (simd128) and run in Node.
# rten lives only in scripts/bench-rten/ (its own workspace and Cargo.lock), never in
# the main crate's build.
# Last lines: `conv2d vs rten: R x (geomean over N shapes)` (native), then
# `wasm conv2d vs rten: R x (geomean over N shapes)`; above 1 means ours is faster.
# Usage: scripts/bench-rten.sh [--native]   (--native skips the wasm comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
manifest=scripts/bench-rten/Cargo.toml
# The crates of scripts/bench-rten/Cargo.lock; asks no registry once they are cached.
if ! cargo fetch --locked --offline --quiet --manifest-path "$manifest" >/dev/null 2>&1; then
  echo "[bench-rten] downloading the crates of scripts/bench-rten/Cargo.lock"
  cargo fetch --locked --manifest-path "$manifest"
fi
cargo build --offline --locked --release --quiet --manifest-path "$manifest" \
  --target-dir target/bench-rten --bin bench-rten
target/bench-rten/release/bench-rten
[ "${1:-}" = "--native" ] && exit 0
echo
RUSTFLAGS="-C target-feature=+simd128" cargo build --offline --locked --release --quiet \
  --lib --target wasm32-unknown-unknown \
  --manifest-path "$manifest" \
  --target-dir target/bench-rten
node scripts/bench-rten.mjs \
  target/bench-rten/wasm32-unknown-unknown/release/convatlas_bench_rten.wasm

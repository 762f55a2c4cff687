#!/usr/bin/env bash
# Our conv2d compiled to wasm32 with simd128 (and again with relaxed SIMD) and run in
# Node, against the native build on the same layers. Last lines: `wasm vs native: R x
# slower (geomean over N shapes)`, then `wasm (relaxed SIMD) vs native: ...`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
mkdir -p target/bench-wasm
cargo bench --offline --bench conv_native > target/bench-wasm/native-1.tsv
# Two wasm builds of the same kernels: simd128 alone (every current browser), and with
# relaxed SIMD, whose fused multiply-add the GEMM micro-kernel uses (Chromium, and Node
# behind a flag; a browser without it cannot load that module).
for variant in simd128 relaxed; do
  flags="-C target-feature=+simd128"
  [ "$variant" = relaxed ] && flags="$flags,+relaxed-simd"
  RUSTFLAGS="$flags" cargo build --offline --locked --release --quiet \
    --target wasm32-unknown-unknown \
    --manifest-path scripts/bench-wasm/Cargo.toml \
    --target-dir "target/bench-wasm/$variant"
done
# A second native run after the wasm builds: each side keeps its best time per layer,
# so a burst of load on a shared machine during one run does not decide the ratio.
cargo bench --offline --bench conv_native > target/bench-wasm/native-2.tsv
wasm=wasm32-unknown-unknown/release/convatlas_bench_wasm.wasm
node scripts/bench-wasm.mjs "target/bench-wasm/simd128/$wasm" \
  target/bench-wasm/native-1.tsv target/bench-wasm/native-2.tsv
echo
# Node 20 has relaxed SIMD behind a flag; a later Node that ships it may not know the flag.
relaxed=()
node --experimental-wasm-relaxed-simd -e 0 2>/dev/null && relaxed=(--experimental-wasm-relaxed-simd)
LABEL="wasm (relaxed SIMD)" node "${relaxed[@]}" scripts/bench-wasm.mjs \
  "target/bench-wasm/relaxed/$wasm" target/bench-wasm/native-1.tsv target/bench-wasm/native-2.tsv

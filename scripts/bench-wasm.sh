#!/usr/bin/env bash
# Our conv2d compiled to wasm32 with simd128 (and again with relaxed SIMD) and run in
# Node, against the native build on the same layers. Last lines: `wasm vs native: R x
# slower (geomean over N shapes)`, then `wasm (relaxed SIMD) vs native: ...`.
# Usage: scripts/bench-wasm.sh [ROUNDS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
rounds=${1:-5}
out=target/bench-wasm
mkdir -p "$out"
native=$(cargo bench --offline --bench conv_native --no-run 2>&1 |
  grep -o 'target/release/deps/conv_native-[0-9a-f]*' | head -n 1)
# Two wasm builds of the same kernels: simd128 alone (every current browser), and with
# relaxed SIMD, whose fused multiply-add the GEMM micro-kernel uses (Chromium, and Node
# behind a flag; a browser without it cannot load that module).
for variant in simd128 relaxed; do
  flags="-C target-feature=+simd128"
  [ "$variant" = relaxed ] && flags="$flags,+relaxed-simd"
  RUSTFLAGS="$flags" cargo build --offline --locked --release --quiet \
    --target wasm32-unknown-unknown \
    --manifest-path scripts/bench-wasm/Cargo.toml \
    --target-dir "$out/$variant"
done
wasm=wasm32-unknown-unknown/release/convatlas_bench_wasm.wasm
# Node 20 has relaxed SIMD behind a flag; a later Node that ships it may not know the flag.
relaxed=()
node --experimental-wasm-relaxed-simd -e 0 2>/dev/null && relaxed=(--experimental-wasm-relaxed-simd)
node "${relaxed[@]}" scripts/bench-wasm.mjs "$native" "$rounds" \
  "wasm=$out/simd128/$wasm" "wasm (relaxed SIMD)=$out/relaxed/$wasm"

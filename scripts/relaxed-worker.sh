#!/usr/bin/env bash
# trunk's post-build hook, before the offline manifest: puts the lab's relaxed-SIMD worker
# (built by scripts/build-wasm.sh) into the build beside the plain one, bound and optimised
# as trunk does the plain one (index.html's link for lab_worker), plus its loader.
# Usage: scripts/relaxed-worker.sh [DIR]   (default: $TRUNK_STAGING_DIR)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-${TRUNK_STAGING_DIR:?"relaxed-worker: no directory given and TRUNK_STAGING_DIR unset"}}
profile=debug built=debug
[ "${TRUNK_PROFILE:-debug}" = release ] && profile=release built=fast
wasm=$root/target/wasm32-unknown-unknown/$built/lab_worker_relaxed.wasm
[ -f "$wasm" ] || { echo "relaxed-worker: $wasm missing (scripts/build-wasm.sh builds it)" >&2; exit 1; }
export PATH="$root/.tools/node_modules/.bin:$PATH"
wasm-bindgen --target no-modules --no-typescript --out-dir "$dir" --out-name lab_worker_relaxed "$wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-simd --enable-relaxed-simd --enable-reference-types --enable-bulk-memory \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$dir/lab_worker_relaxed_bg.wasm" -o "$dir/lab_worker_relaxed_bg.wasm"
fi
printf 'importScripts("./lab_worker_relaxed.js");wasm_bindgen("./lab_worker_relaxed_bg.wasm");' \
  > "$dir/lab_worker_relaxed_loader.js"

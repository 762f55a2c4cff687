#!/usr/bin/env bash
# trunk's pre-build hook (Trunk.toml): builds every wasm binary of the app before trunk
# builds each asset, in trunk's profile (TRUNK_PROFILE is "release" for `trunk build
# --release`), offline like every build after set-up (scripts/setup.sh fetches the crates).
# trunk's own cargo runs then find them built.
#
# The lab's worker first, in the profile `fast` for a release (Cargo.toml: built for
# speed), twice: with the crate feature `relaxed-simd` (its GEMM micro-kernel uses relaxed
# SIMD's fused multiply-add), kept as lab_worker_relaxed.wasm for the post-build hook
# (scripts/relaxed-worker.sh), and plain. Browsers that validate relaxed SIMD start the
# first (src/app/lab/worker.rs). Both without the default feature `ui` (the app and
# Leptos; the worker needs only the core), so neither compiles the views.
# Then the page modules in one cargo run (it links them two at a time on two cores).
set -euo pipefail
build() { cargo build --offline --locked --target wasm32-unknown-unknown "$@"; }
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  pages=(--release) worker=(--no-default-features --profile fast) dir=fast
else
  pages=() worker=(--no-default-features) dir=debug
fi
out=target/wasm32-unknown-unknown/$dir
build --bin lab_worker --features relaxed-simd "${worker[@]}"
cp "$out/lab_worker.wasm" "$out/lab_worker_relaxed.wasm"
build --bin lab_worker "${worker[@]}"
bins=()
for f in src/bin/page_*.rs; do bins+=(--bin "$(basename "$f" .rs)"); done
build "${bins[@]}" "${pages[@]}"

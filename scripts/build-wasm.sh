#!/usr/bin/env bash
# trunk's pre-build hook (Trunk.toml): builds every wasm binary of the app in one cargo run,
# in trunk's profile (TRUNK_PROFILE is "release" for `trunk build --release`), offline like
# every build after set-up (scripts/setup.sh fetches the crates).
set -euo pipefail
profile=()
[ "${TRUNK_PROFILE:-debug}" = release ] && profile=(--release)
exec cargo build --offline --locked --target wasm32-unknown-unknown --bins "${profile[@]}"

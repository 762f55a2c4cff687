#!/usr/bin/env bash
# Installs what ConvAtlas needs on a fresh Debian machine that has the Rust toolchain.
# Idempotent: each step is skipped when the right version is already there.
# Usage: scripts/setup.sh [--browser]   (--browser adds Chromium, ChromeDriver, CJK fonts and the e2e npm packages)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The CLI must equal the wasm-bindgen crate version in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  say "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Node.js runs wasm-opt (npm's binaryen) and the Playwright tests.
command -v npm >/dev/null || apt_install nodejs npm

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 3 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt from npm's binaryen (Debian's 108 breaks wasm-bindgen's externref table).
# Callers put .tools/node_modules/.bin first on PATH (see tools_path below).
BINARYEN_VERSION=132.0.0
if ! .tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*} "; then
  say "installing binaryen $BINARYEN_VERSION (wasm-opt) into .tools/"
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

# Every crate the builds need, fetched once here so that the scripts can build with
# --offline afterwards: Cargo.lock for every target (native, wasm32, dev and bench
# dependencies), and the wasm and rten benchmarks' own lock files. A run that finds them all
# cached asks no registry.
fetch_crates() {
  local manifest=$1
  if ! cargo fetch --locked --offline --quiet --manifest-path "$manifest" >/dev/null 2>&1; then
    say "downloading the crates of ${manifest%Cargo.toml}Cargo.lock"
    cargo fetch --locked --manifest-path "$manifest"
  fi
}
fetch_crates Cargo.toml
fetch_crates scripts/bench-wasm/Cargo.toml
fetch_crates scripts/bench-rten/Cargo.toml

if [ "${1:-}" = "--browser" ]; then
  apt_install chromium chromium-driver fonts-noto-cjk
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    say "installing the end-to-end test packages"
    npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
  fi
fi
say "ready"

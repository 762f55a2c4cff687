#!/usr/bin/env bash
# Builds the static release into dist/: plain files that work from any static host
# (served at the root of its address). Each chapter gets its own index.html copy,
# plus 404.html, so deep links and reloads work without any server-side rewrite.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
trunk build --release --offline
# The chapter routes, read from the app's own list (src/pages.rs).
for path in $(grep -o '=> "/[a-z]*"' src/pages.rs | grep -o '/[a-z]*'); do
  mkdir -p "dist$path"
  cp dist/index.html "dist$path/index.html"
done
cp dist/index.html dist/404.html
scripts/size-report.sh dist

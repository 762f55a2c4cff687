#!/usr/bin/env bash
# Builds the static release into dist/: plain files that work from any static host, at
# the root of an address or under any sub-path. Each chapter gets its own index.html
# copy, plus 404.html, so deep links and reloads work without any server-side rewrite.
#
#   scripts/release.sh                    the app finds where it is hosted by itself
#   scripts/release.sh --base /convatlas  the sub-path written into every page, for hosts
#                                         whose 404 page is served at deeper addresses
set -euo pipefail
cd "$(dirname "$0")/.."
base=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="${2:-}"; shift 2 ;;
    --base=*) base="${1#--base=}"; shift ;;
    *) echo "release.sh: unknown option '$1' (allowed: --base /sub-path)" >&2; exit 2 ;;
  esac
done
if [ -n "$base" ] && ! [[ "$base" =~ ^(/[A-Za-z0-9._~-]+)+/?$ ]]; then
  echo "release.sh: --base is '$base'; expected a path such as /convatlas" >&2
  exit 2
fi
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
trunk build --release --offline
if [ -n "$base" ]; then
  # index.html's first script reads this before it sets <base>.
  # (the release's HTML is minified: the charset tag may have lost its quotes).
  sed -i "0,/<meta charset=[^>]*>/s||&<meta name=\"convatlas-base\" content=\"${base%/}/\">|" dist/index.html
  grep -q 'name="convatlas-base"' dist/index.html || { echo "release.sh: could not write the base" >&2; exit 1; }
fi
# The chapter routes, read from the app's own list (src/pages.rs).
for path in $(grep -o '=> "/[a-z]*"' src/pages.rs | grep -o '/[a-z]*'); do
  mkdir -p "dist$path"
  cp dist/index.html "dist$path/index.html"
done
cp dist/index.html dist/404.html
scripts/size-report.sh dist

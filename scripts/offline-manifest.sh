#!/usr/bin/env bash
# Writes the service worker (web/sw.js) into a build with the list of the build's files and
# a version that changes whenever any file does, so that a new release replaces the
# offline cache (see web/sw.js). Run by trunk after each build (a post_build hook, on the
# staging directory) or by hand on a directory.
# Usage: scripts/offline-manifest.sh [DIR]   (default: $TRUNK_STAGING_DIR)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-${TRUNK_STAGING_DIR:?"offline-manifest: no directory given and TRUNK_STAGING_DIR unset"}}
cd "$dir"
# Every file of the build but the worker itself and the chapters' copies of index.html
# (release.sh adds those; the worker answers every page address with index.html).
files=$(find . -type f ! -name sw.js ! -name 404.html ! -path './*/index.html' | sed 's|^\./||' | LC_ALL=C sort)
[ -n "$files" ] || { echo "offline-manifest: $dir has no files" >&2; exit 1; }
version=$(printf '%s\n' "$files" | xargs sha256sum | sha256sum | cut -c1-16)
list=$(printf '%s\n' "$files" | sed 's/.*/"&"/' | paste -sd, -)
sed -e "s|^const VERSION = 'dev';|const VERSION = '$version';|" \
    -e "s|^const FILES = \[\];|const FILES = [$list];|" \
    "$root/web/sw.js" > sw.js
grep -q "const VERSION = '$version'" sw.js || { echo "offline-manifest: could not write sw.js" >&2; exit 1; }

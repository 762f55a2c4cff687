#!/usr/bin/env bash
# Prints the size of the release build's wasm and JavaScript, raw and gzipped.
# Usage: scripts/size-report.sh [DIST]   (default dist/, built by `trunk build --release`)
set -euo pipefail
dist=${1:-dist}
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' file raw gzipped
for f in "$dist"/*.wasm "$dist"/*.js; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' total "$total_raw" "$total_gz"
printf 'app size: %d KB gzipped (wasm + js, target under 300 KB)\n' $(((total_gz + 1023) / 1024))

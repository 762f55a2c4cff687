#!/usr/bin/env bash
# Prints what each page's first load fetches (index.html with the CSS inlined, and the page's own module:
# its wasm and JS; see src/app/entries.rs), raw and gzipped, and fails when the largest
# first load passes the budget in scripts/size-budget.txt (a ratchet: lower it as the app
# shrinks; raise it only with a note there saying why). The lab's worker, weights and data
# are listed apart: they are fetched on demand, when the lab opens.
# Usage: scripts/size-report.sh [DIST]   (default dist/, built by `trunk build --release`)
set -euo pipefail
dist=${1:-dist}
budget_file="$(dirname "$0")/size-budget.txt"
# Prints each file of a part, raw and gzipped, then the part's total; sets part_gz.
report() {
  local title=$1 raw gz sum_raw=0 sum_gz=0 f
  shift
  for f in "$@"; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    sum_raw=$((sum_raw + raw))
    sum_gz=$((sum_gz + gz))
    printf '%-44s %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz"
  done
  printf '%-44s %10d %10d\n' "$title" "$sum_raw" "$sum_gz"
  part_gz=$sum_gz
}
modules=("$dist"/page_*_bg.wasm)
if [ ! -f "${modules[0]}" ]; then
  echo "size-report: no page modules (page_*_bg.wasm) in $dist; build with trunk first." >&2
  exit 1
fi
printf '%-44s %10s %10s\n' file raw gzipped
report "every page" "$dist"/index.html "$dist"/*.css
shared_gz=$part_gz
largest=0 largest_page=
for wasm in "${modules[@]}"; do
  page=$(basename "$wasm" _bg.wasm)
  report "$page: first load with the above" "$dist/$page.js" "$wasm"
  total=$((part_gz + shared_gz))
  printf '%-44s %10s %10d\n' "  = $page first load" "" "$total"
  if [ "$total" -gt "$largest" ]; then
    largest=$total largest_page=$page
  fi
done
printf '%-44s %10s %10s\n' "on demand (lab)" raw gzipped
report "on demand" "$dist"/lab_worker* "$dist"/weights/* "$dist"/data/*
budget=$(grep -v '^#' "$budget_file" | tr -d '[:space:]')
printf 'largest first load: %s, %d KB gzipped (budget %d KB in %s; target 300 KB)\n' \
  "$largest_page" $(((largest + 1023) / 1024)) $(((budget + 1023) / 1024)) "$budget_file"
if [ "$largest" -gt "$budget" ]; then
  echo "size-report: $largest_page's first load is $largest bytes gzipped, over the budget of $budget bytes." >&2
  echo "Cut what grew, or raise the budget in $budget_file with a line saying why." >&2
  exit 1
fi

#!/usr/bin/env bash
# Prints the size of the release build's first load (wasm, JavaScript and CSS: all
# fetched before the first chapter is interactive), raw and gzipped, and fails when
# the gzipped first load passes the budget in scripts/size-budget.txt (a ratchet:
# lower it as the app shrinks; raise it only with a note there saying why).
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
printf '%-44s %10s %10s\n' file raw gzipped
# The first load: the app's wasm, JS and CSS (the lab's worker is not among them).
first=()
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  case "$(basename "$f")" in lab_worker*) ;; *) first+=("$f") ;; esac
done
report "first load" "${first[@]}"
total_gz=$part_gz
# On demand: the lab's worker (started when the lab opens) and the files it fetches.
printf '%-44s %10s %10s\n' "on demand (lab)" raw gzipped
report "on demand" "$dist"/lab_worker* "$dist"/weights/* "$dist"/data/*
budget=$(grep -v '^#' "$budget_file" | tr -d '[:space:]')
printf 'first load: %d KB gzipped (budget %d KB in %s; target 300 KB)\n' \
  $(((total_gz + 1023) / 1024)) $(((budget + 1023) / 1024)) "$budget_file"
if [ "$total_gz" -gt "$budget" ]; then
  echo "size-report: the first load is $total_gz bytes gzipped, over the budget of $budget bytes." >&2
  echo "Cut what grew, or raise the budget in $budget_file with a line saying why." >&2
  exit 1
fi

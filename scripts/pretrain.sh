#!/usr/bin/env bash
# Trains every tiny network with the default schedule and seed and writes its weights
# to weights/NAME.cawt (the lab fetches them when it opens). With --check it retrains
# into a scratch folder instead and fails unless every file is byte-identical to the
# shipped one and every network clears its accuracy floor on the held-out digits.
# With --ablation it also rewrites weights/ablation.json (every network, 3 seeds; ~3 min).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-write}
# The profile built for speed (Cargo.toml): training runs about twice as fast as at the
# size-first release level, with the same arithmetic, so the same bytes.
cargo build --profile fast --offline --quiet --bin convatlas
bin=target/fast/convatlas
out=weights
if [ "$mode" = --check ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
# One network per core at a time: each run is single-threaded and deterministic.
train_one() {
  local model=$1 floor=0.93
  $bin train "$model" --data digits -o "$out/$model.cawt" | tail -1
  [ "$mode" = --check ] || return 0
  cmp "$out/$model.cawt" "weights/$model.cawt" \
    || { echo "error: weights/$model.cawt is not what the default schedule gives; run scripts/pretrain.sh" >&2; return 1; }
  [ "$model" = tiny_plain ] && floor=0.95
  $bin eval "$model" "weights/$model.cawt" --data digits --json \
    | python3 -c "import json,sys; a=json.load(sys.stdin)['accuracy']; sys.exit(0 if a >= $floor else f'$model: accuracy {a} below the floor $floor')"
}
export -f train_one
export bin out mode
$bin list | awk '/^TINY NETWORKS/{on=1; next} /^[A-Z]/{on=0} on {print $1}' \
  | xargs -P "$(nproc)" -I{} bash -c 'set -euo pipefail; train_one "$1"' _ {}
if [ "$mode" = --ablation ]; then
  $bin ablation --data digits --json > weights/ablation.json
fi
echo "pretrain $mode: done"

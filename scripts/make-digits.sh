#!/usr/bin/env bash
# Rebuilds data/digits.bin from the scikit-learn wheel on PyPI (the only place it is
# fetched from; the app and the tests read the committed copy). See data/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$tmp" "scikit-learn==1.9.1"
python3 - "$tmp" <<'PY'
import glob, gzip, io, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/*.whl")[0]
rows = gzip.decompress(zipfile.ZipFile(wheel).read("sklearn/datasets/data/digits.csv.gz")).decode().split()
out = bytearray()
for row in rows:
    values = [int(float(v)) for v in row.split(",")]
    assert len(values) == 65 and all(0 <= v <= 16 for v in values[:64]) and 0 <= values[64] <= 9
    out += bytes(values)
assert len(rows) == 1797
open("data/digits.bin", "wb").write(out)
print(f"data/digits.bin: {len(rows)} digits, {len(out)} bytes")
PY

#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the app on http://127.0.0.1:8080.
# A release build: the lab trains in its worker at the speed the README measures (a debug
# build is many times slower). For quick edit-reload cycles run `trunk serve --offline`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
scripts/setup.sh
exec trunk serve --release --offline

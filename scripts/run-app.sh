#!/usr/bin/env bash
# Builds Salesdesk (installing missing packages first) and starts it on the demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALESDESK_BUILD_APP=ON -DSALESDESK_BUILD_TESTS=OFF
cmake --build build --target salesdesk salesctl
exec build/src/app/salesdesk --demo "$@"

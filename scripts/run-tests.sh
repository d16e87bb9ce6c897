#!/usr/bin/env bash
# Builds Salesdesk with its tests (installing missing packages first) and runs the whole suite.
# GUI tests run offscreen (QT_QPA_PLATFORM=offscreen is set per test in CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALESDESK_BUILD_APP=ON -DSALESDESK_BUILD_TESTS=ON
cmake --build build-tests
ctest --test-dir build-tests --output-on-failure -j"$(nproc)"

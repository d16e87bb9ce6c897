#!/usr/bin/env bash
# Builds Salesdesk with its tests (installing missing packages first) and runs the whole suite.
# GUI tests run offscreen (QT_QPA_PLATFORM=offscreen is set per test in CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALESDESK_BUILD_APP=ON -DSALESDESK_BUILD_TESTS=ON
cmake --build build-tests
ctest --test-dir build-tests --output-on-failure -j"$(nproc)"

# The fuzz targets under libFuzzer for a bounded time (tests/fuzz/README.md): a second build with clang,
# AddressSanitizer and UBSan, libraries only.
if command -v clang++ >/dev/null; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSALESDESK_FUZZ=ON \
    -DSALESDESK_BUILD_APP=OFF -DSALESDESK_BUILD_TESTS=OFF
  cmake --build build-fuzz --target fuzzers
  ctest --test-dir build-fuzz --output-on-failure -j"$(nproc)"
else
  echo "clang++ not found: the libFuzzer runs are skipped (the corpus replay ran above)" >&2
fi

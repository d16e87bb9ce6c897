#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time: run_fuzzer.sh FUZZER SEED_CORPUS WORK_DIR SECONDS.
# The committed seed corpus is read, new inputs go to WORK_DIR/corpus (not committed), a crash is written to
# WORK_DIR/crash-* and fails the run. Keep a crash as a regression: fix it, then copy the file into the seed
# corpus (tests/fuzz/README.md).
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus"
# Scratch files on a RAM disk when there is one: each input opens a SQLite file.
if [[ -d /dev/shm && -w /dev/shm ]]; then
  export TMPDIR=/dev/shm
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
set +e
"$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/" "$work/corpus" "$seeds" 2>&1 | tail -n 60
status=${PIPESTATUS[0]}
set -e
if [[ $status -ne 0 ]]; then
  echo "fuzzer $(basename "$fuzzer") failed (exit $status); inputs: $(ls "$work"/crash-* "$work"/timeout-* "$work"/oom-* 2>/dev/null)"
fi
exit "$status"

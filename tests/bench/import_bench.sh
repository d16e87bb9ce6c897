#!/usr/bin/env bash
# Import benchmark (not part of the test suite): imports the `large` demo folder with salesctl and,
# in the same run, loads the same CSV files into plain tables with sqlite3's own `.import`.
# Prints wall time, rows per second and peak memory of both.
# Usage: tests/bench/import_bench.sh [BUILD_DIR] [WORK_DIR] [SIZE]
set -euo pipefail
build=${1:-build}
work=${2:-/tmp/salesdesk-bench}
size=${3:-large}
salesctl="$build/src/cli/salesctl"
mkdir -p "$work"
if [[ ! -f "$work/demo-$size/orders.csv" ]]; then
  "$salesctl" demo --size "$size" --out "$work/demo-$size" --seed 1 --as-of 2026-11-18 >/dev/null
fi
rows=0
for f in "$work/demo-$size"/*.csv; do
  rows=$((rows + $(wc -l <"$f") - 1))
done
echo "rows in the CSV folder: $rows"

rm -f "$work/bench.sqlite"*
/usr/bin/time -f "%e %M %U %S" -o "$work/salesctl.time" \
  "$salesctl" --db "$work/bench.sqlite" import "$work/demo-$size" --workspace "$work/demo-$size/workspace.json" >/dev/null
read -r s_wall s_rss s_user s_sys <"$work/salesctl.time"

rm -f "$work/plain.sqlite"*
{
  echo ".mode csv"
  for f in "$work/demo-$size"/*.csv; do
    echo ".import '$f' $(basename "$f" .csv)"
  done
} >"$work/import.sql"
/usr/bin/time -f "%e %M %U %S" -o "$work/sqlite3.time" sqlite3 "$work/plain.sqlite" <"$work/import.sql"
read -r q_wall q_rss q_user q_sys <"$work/sqlite3.time"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v rows="$rows" -v sw="$s_wall" -v sr="$s_rss" -v qw="$q_wall" -v qr="$q_rss" \
    -v sc="$(echo "$s_user + $s_sys" | bc)" -v qc="$(echo "$q_user + $q_sys" | bc)" 'BEGIN {
  printf "salesctl import : wall %7.1f s  CPU %7.1f s  %10.0f rows/s (wall)  peak %6.0f MB\n", sw, sc, rows / sw, sr / 1024
  printf "sqlite3 .import : wall %7.1f s  CPU %7.1f s  %10.0f rows/s (wall)  peak %6.0f MB\n", qw, qc, rows / qw, qr / 1024
  printf "ratio           : wall %7.2fx  CPU %7.2fx (goal: at most 2x)\n", sw / qw, sc / qc
}'

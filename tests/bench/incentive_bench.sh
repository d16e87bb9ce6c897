#!/usr/bin/env bash
# Incentive benchmark (not part of the test suite): `salesctl incentive calc` of one month for every rep of the large
# workspace, next to a hand-written SQL aggregation of the same bases (tests/bench/incentive_sql.sql) run by the sqlite3
# command line on the same file. Works on a copy (opening a workspace may migrate it). Prints wall and CPU time and
# peak memory of both, best of RUNS.
# Usage: tests/bench/incentive_bench.sh [BUILD_DIR] [WORKSPACE] [PERIOD] [RUNS]
set -euo pipefail
build=${1:-build}
source_db=${2:-/work/data/large.sqlite}
period=${3:-2026-10}
runs=${4:-3}
here=$(cd "$(dirname "$0")" && pwd)
salesctl="$build/src/cli/salesctl"
work=${BENCH_WORK:-/tmp/salesdesk-incentive-bench}
mkdir -p "$work"
db="$work/$(basename "$source_db")"
if [[ ! -f "$db" || "$source_db" -nt "$db" ]]; then
  cp "$source_db" "$db"
fi
first="$period-01"
last=$(date -d "$first +1 month -1 day" +%F)
sed -e "s/:first/'$first'/; s/:last/'$last'/" "$here/incentive_sql.sql" >"$work/bases.sql"

# One untimed run of each warms the page cache (and migrates the copy if needed).
"$salesctl" --db "$db" incentive calc --period "$period" --json >"$work/calc.json"
sqlite3 "$db" <"$work/bases.sql" >/dev/null
reps=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['reps']))" "$work/calc.json")

best() { sort -n -k1 "$1" | head -1; }
: >"$work/salesctl.times"
: >"$work/sqlite3.times"
for _ in $(seq "$runs"); do
  /usr/bin/time -a -o "$work/salesctl.times" -f "%e %U %S %M" \
    "$salesctl" --db "$db" incentive calc --period "$period" --json >/dev/null
  /usr/bin/time -a -o "$work/sqlite3.times" -f "%e %U %S %M" sqlite3 "$db" <"$work/bases.sql" >"$work/bases.out"
done
read -r s_wall s_user s_sys s_rss < <(best "$work/salesctl.times")
read -r q_wall q_user q_sys q_rss < <(best "$work/sqlite3.times")
echo "period $period, $reps statements; SQL bases: $(cat "$work/bases.out")"
awk -v sw="$s_wall" -v su="$s_user" -v ss="$s_sys" -v sr="$s_rss" \
    -v qw="$q_wall" -v qu="$q_user" -v qs="$q_sys" -v qr="$q_rss" 'BEGIN {
  printf "salesctl incentive calc : %6.2f s wall  %6.2f s CPU  peak %5.0f MB\n", sw, su + ss, sr / 1024
  printf "sqlite3 hand-written SQL: %6.2f s wall  %6.2f s CPU  peak %5.0f MB\n", qw, qu + qs, qr / 1024
  printf "ratio (wall)            : %6.2fx (goals: under 2 s, at most 1.5x the SQL)\n", sw / qw
  printf "ratio (CPU)             : %6.2fx\n", (su + ss) / (qu + qs)
}'

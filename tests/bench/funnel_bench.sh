#!/usr/bin/env bash
# Funnel benchmark (not part of the test suite): on one workspace, in one run,
#  1. `salesctl funnel` (the full funnel of the company) next to a hand-written SQL query that computes the same
#     snapshot (count and amount per stage as of the date) and conversion counts (reached_k of the cohort, won);
#  2. `salesctl funnel weekly` next to a hand-written SQL query for the same per-stage counts at both ends.
# Both sides' figures are compared (the script fails when they differ); wall time and peak memory printed.
# The workspace needs schema 3 (opportunity_changes); the default stages lead … commit are assumed by the SQL.
# Usage: tests/bench/funnel_bench.sh [BUILD_DIR] [WORKSPACE] [AS_OF] [WEEK]
set -euo pipefail
build=${1:-build}
db=${2:-/work/data/large.sqlite}
as_of=${3:-2026-11-26}
week=${4:-2026-W47}
salesctl="$build/src/cli/salesctl"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
from="${as_of:0:4}-01-01"

pos="CASE %s WHEN 'lost' THEN 0 WHEN 'lead' THEN 1 WHEN 'qualify' THEN 2 WHEN 'proposal' THEN 3
  WHEN 'negotiate' THEN 4 WHEN 'commit' THEN 5 WHEN 'won' THEN 6 END"
# State as of a date: the last history entry dated on or before it (seq order; dates never decrease), or the
# opportunity's stage when it has no history rows; only opportunities created by then.
snapshot_sql() { # $1 = date
  cat <<SQL
WITH last AS (
  SELECT opportunity_id, MAX(seq) AS seq FROM stage_history WHERE entered_on <= '$1' GROUP BY opportunity_id),
state AS (
  SELECT o.id, o.amount,
         CASE WHEN l.seq IS NOT NULL THEN (SELECT h.stage FROM stage_history h
                                            WHERE h.opportunity_id = o.id AND h.seq = l.seq)
              WHEN NOT EXISTS (SELECT 1 FROM stage_history x WHERE x.opportunity_id = o.id) THEN o.stage END AS stage
  FROM opportunities o LEFT JOIN last l ON l.opportunity_id = o.id
  WHERE o.created_on <= '$1')
SELECT stage, COUNT(*), SUM(amount) FROM state WHERE stage NOT IN ('won', 'lost') GROUP BY stage ORDER BY stage;
SQL
}
# Conversion counts of the cohort created in [from, to]: highest position by `to`, and the last terminal entry.
conversion_sql() {
  local p_h p_o
  p_h=$(printf "$pos" h.stage)
  p_o=$(printf "$pos" o.stage)
  cat <<SQL
WITH cohort AS (SELECT id, stage FROM opportunities WHERE created_on BETWEEN '$from' AND '$as_of'),
hi AS (
  SELECT o.id, COALESCE(MAX($p_h), $p_o) AS hi
  FROM cohort o LEFT JOIN stage_history h ON h.opportunity_id = o.id AND h.entered_on <= '$as_of'
  GROUP BY o.id),
term AS (
  SELECT h.opportunity_id, MAX(h.seq) AS seq FROM cohort c JOIN stage_history h ON h.opportunity_id = c.id
  WHERE h.entered_on <= '$as_of' AND h.stage IN ('won', 'lost') GROUP BY h.opportunity_id)
SELECT 'reached', SUM(hi >= 1), SUM(hi >= 2), SUM(hi >= 3), SUM(hi >= 4), SUM(hi >= 5),
       (SELECT COUNT(*) FROM term t JOIN stage_history h ON h.opportunity_id = t.opportunity_id AND h.seq = t.seq
         WHERE h.stage = 'won')
         + (SELECT COUNT(*) FROM cohort c WHERE c.stage = 'won'
            AND NOT EXISTS (SELECT 1 FROM stage_history x WHERE x.opportunity_id = c.id))
FROM hi;
SQL
}

timed() { # $1 = name, rest = command; stdout to $work/$1.out
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out"
  read -r wall rss <"$work/$name.time"
  printf "%-34s %7.2f s  peak %6.0f MB\n" "$name" "$wall" "$((rss / 1024))"
}

echo "workspace: $db  as of $as_of  window $from … $as_of  week $week"
timed "salesctl funnel" "$salesctl" --db "$db" --json funnel --as-of "$as_of"
{ snapshot_sql "$as_of"; conversion_sql; } >"$work/funnel.sql"
timed "sqlite3 snapshot + conversion" sqlite3 -readonly -separator ' ' "$db" ".read $work/funnel.sql"

# The week's two ends: the Sunday before and the Sunday of the ISO week.
read -r start end < <(python3 - "$week" <<'PY'
import datetime, sys
y, w = sys.argv[1].split("-W")
monday = datetime.date.fromisocalendar(int(y), int(w), 1)
print(monday - datetime.timedelta(days=1), monday + datetime.timedelta(days=6))
PY
)
timed "salesctl funnel weekly" "$salesctl" --db "$db" --json funnel weekly --week "$week"
{ snapshot_sql "$start"; echo "SELECT '--';"; snapshot_sql "$end"; } >"$work/weekly.sql"
timed "sqlite3 weekly stage counts" sqlite3 -readonly -separator ' ' "$db" ".read $work/weekly.sql"

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def rows(text):
    return [l.split(" ") for l in text.strip().splitlines()]
def cents(s):
    units, _, frac = s.partition(".")
    return int(units) * 100 + (int(frac.ljust(2, "0")) if not units.startswith("-") else -int(frac.ljust(2, "0")))
funnel = json.load(open(f"{work}/salesctl funnel.out"))
sql = rows(open(f"{work}/sqlite3 snapshot + conversion.out").read())
by_stage = {r[0]: (int(r[1]), int(r[2])) for r in sql if r[0] != "reached"}
ok = True
for s in funnel["stages"]:
    mine = (s["count"], cents(s["amount"]))
    if by_stage.get(s["code"], (0, 0)) != mine:
        ok = False
        print("snapshot differs:", s["code"], mine, by_stage.get(s["code"]))
reached = [int(x) for x in next(r for r in sql if r[0] == "reached")[1:]]
conv = funnel["conversion"]
mine = [c["reached_from"] for c in conv] + [conv[-1]["reached_to"]]
if mine != reached:
    ok = False
    print("conversion differs:", mine, reached)
weekly = json.load(open(f"{work}/salesctl funnel weekly.out"))
text = open(f"{work}/sqlite3 weekly stage counts.out").read().split("--")
ends = [{r[0]: int(r[1]) for r in rows(t)} for t in text]
for s in weekly["stages"]:
    if (s["count_start"], s["count_end"]) != (ends[0].get(s["code"], 0), ends[1].get(s["code"], 0)):
        ok = False
        print("weekly stage counts differ:", s["code"])
print("figures: salesctl and sqlite3 agree" if ok else "figures: DIFFERENT")
sys.exit(0 if ok else 1)
PY

#!/bin/sh
# run_all.sh SALESCTL DB DIR WORKSPACE -- runs every comparison on one data folder (developer tool)
S=$1; DB=$2; DIR=$3; WS=$4
H=$(dirname "$0"); P="python3 $H/speccheck.py $DIR --workspace $WS"; C="python3 $H/compare.py"
T=$(mktemp -d)
run() { kind=$1; shift; name="$*"; echo "== $name"; }
cmp_() { # kind "salesctl args" "spec args"
  $S --db $DB $2 --json > $T/sc.json 2>$T/err || { echo "salesctl failed: $(cat $T/err)"; return; }
  $P $3 > $T/me.json || { echo "speccheck failed"; return; }
  echo "== $2"; $C $1 $T/me.json $T/sc.json
}
for d in $ASOF; do cmp_ receivables "receivables --as-of $d" "receivables --as-of $d"; done
for d in $ASOF; do cmp_ funnel "funnel --as-of $d" "funnel --as-of $d"; done
for w in $WINDOWS; do f=${w%,*}; t=${w#*,}; cmp_ funnel "funnel --as-of $t --from $f --to $t" "funnel --as-of $t --from $f --to $t"; done
for w in $WEEKS; do cmp_ weekly "funnel weekly --week $w" "weekly --week $w"; done
for p in $TPERIODS; do cmp_ targets "targets show --period $p" "targets --period $p"; done
for p in $KPERIODS; do cmp_ kpi "kpi score --period $p" "kpi --period $p"; done
for p in $IPERIODS; do cmp_ incentive "incentive calc --period $p" "incentive --period $p"; done
rm -rf $T

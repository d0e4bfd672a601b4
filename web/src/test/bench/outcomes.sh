#!/usr/bin/env bash
# The outcomes benchmark: the owner's unfiltered dashboard through the API beside the floor, the same statement run
# directly in psql, in the same sitting; and, for comparison, the facts-only statement (outcomes.sql, what filtered
# dashboards run). Needs Knotwork running on a generated full-size practice:
#   ./mvnw -Psynthetic -pl ejb process-test-classes -Dpractice.size=full
#   ./mvnw -Prun package -Dknotwork.data.dir=$PWD/data/synthetic-full -Dknotwork.http.port=8383
# Usage: web/src/test/bench/outcomes.sh PG_PORT [APP_URL] [RUNS] [FROM] [TO]
# (PG_PORT is printed by the run command: "Embedded PostgreSQL on port ...". The clinic's zone must be UTC, the
# default, for the API to use the summaries.)
set -euo pipefail
pg_port=${1:?give the embedded PostgreSQL port the run command printed}
app=${2:-http://localhost:8383}
runs=${3:-20}
from=${4:-2025-07-01}
to=${5:-2026-07-01}
here=$(cd "$(dirname "$0")" && pwd)
statements=$here/../../../../ejb/src/main/resources/org/knotwork/outcomes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGPASSWORD=knotwork
psql_run() { psql -X -q -h localhost -p "$pg_port" -U knotwork knotwork "$@"; }

# The statements as the service sends them, with the period's values written in and no filters. The summaries'
# whole UTC months run from the first month start at or after FROM (lo) to the last at or before TO (hi).
lo=$from; [ "$(date -u -d "$from" +%d)" = 01 ] || lo=$(date -u -d "$(date -u -d "$from" +%Y-%m-01) +1 month" +%F)
hi=$(date -u -d "$to" +%Y-%m-01)
if [[ ! "$lo" < "$hi" ]]; then lo=$to; hi=$to; fi
grep -v '^\s*--' "$statements/outcomes-by-month.sql" | sed "s/:from/timestamptz '$from 00:00:00+00'/g;
    s/:to/timestamptz '$to 00:00:00+00'/g; s/:lo/timestamptz '$lo 00:00:00+00'/g; s/:hi/timestamptz '$hi 00:00:00+00'/g" \
    > "$work/floor.sql"
echo ';' >> "$work/floor.sql"
grep -v '^\s*--' "$statements/outcomes.sql" | sed "s/:from/timestamptz '$from 00:00:00+00'/g;
    s/:to/timestamptz '$to 00:00:00+00'/g; s/:zone/'UTC'/g; s#/\*[a-z ]*\*/##g" > "$work/facts.sql"
echo ';' >> "$work/facts.sql"

curl -s -c "$work/cookies" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"owner","password":"knotwork-demo"}' "$app/api/session" > /dev/null
url="$app/api/outcomes?from=$from&to=$to"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Warm both: caches, plans, the JIT.
for _ in 1 2 3; do
    psql_run -f "$work/floor.sql" > /dev/null; psql_run -f "$work/facts.sql" > /dev/null
    curl -s -b "$work/cookies" "$url" > /dev/null
done
if ! diff <(psql_run -A -t -f "$work/floor.sql" | sort) <(psql_run -A -t -f "$work/facts.sql" | sort) > /dev/null; then
    echo "the summaries' figures differ from the facts' figures" >&2
    exit 1
fi

: > "$work/floor.ms"; : > "$work/api.ms"; : > "$work/facts.ms"
for _ in $(seq "$runs"); do
    psql_run -c '\timing on' -f "$work/floor.sql" | awk '/^Time:/ {print $2}' >> "$work/floor.ms"
    curl -s -o /dev/null -w '%{time_total}\n' -b "$work/cookies" "$url" | awk '{print $1 * 1000}' >> "$work/api.ms"
    psql_run -c '\timing on' -f "$work/facts.sql" | awk '/^Time:/ {print $2}' >> "$work/facts.ms"
done
floor=$(median < "$work/floor.ms")
api=$(median < "$work/api.ms")
facts=$(median < "$work/facts.ms")
echo "period $from to $to, $runs runs each, interleaved; load: $(uptime | sed 's/.*load average: //')"
echo "floor (psql, median ms): $floor"
echo "API   (curl, median ms): $api"
echo "facts statement (psql, median ms): $facts"
awk -v a="$api" -v f="$floor" 'BEGIN {printf "API / floor: %.2f\n", a / f}'
curl -s -b "$work/cookies" "$url" | head -c 600; echo

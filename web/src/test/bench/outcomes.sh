#!/usr/bin/env bash
# The outcomes benchmark: the owner's one-year dashboard through the API beside the floor, the same statement run
# directly in psql, in the same sitting. Needs Knotwork running on a generated full-size practice:
#   ./mvnw -Psynthetic -pl ejb process-test-classes -Dpractice.size=full
#   ./mvnw -Prun package -Dknotwork.data.dir=data/synthetic-full -Dknotwork.http.port=8383
# Usage: web/src/test/bench/outcomes.sh PG_PORT [APP_URL] [RUNS] [FROM] [TO]
# (PG_PORT is printed by the run command: "Embedded PostgreSQL on port ...".)
set -euo pipefail
pg_port=${1:?give the embedded PostgreSQL port the run command printed}
app=${2:-http://localhost:8383}
runs=${3:-20}
from=${4:-2025-07-01}
to=${5:-2026-07-01}
here=$(cd "$(dirname "$0")" && pwd)
sql=$here/../../../../ejb/src/main/resources/org/knotwork/outcomes/outcomes.sql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGPASSWORD=knotwork
psql_run() { psql -X -q -h localhost -p "$pg_port" -U knotwork knotwork "$@"; }

# The statement as the service sends it, with the period's values written in and no filters.
grep -v '^\s*--' "$sql" | sed "s/:from/timestamptz '$from 00:00:00+00'/g; s/:to/timestamptz '$to 00:00:00+00'/g;
    s/:zone/'UTC'/g; s#/\*[a-z ]*\*/##g" > "$work/floor.sql"
echo ';' >> "$work/floor.sql"

curl -s -c "$work/cookies" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"owner","password":"knotwork-demo"}' "$app/api/session" > /dev/null
url="$app/api/outcomes?from=$from&to=$to"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Warm both: caches, plans, the JIT.
for _ in 1 2 3; do psql_run -f "$work/floor.sql" > /dev/null; curl -s -b "$work/cookies" "$url" > /dev/null; done

: > "$work/floor.ms"; : > "$work/api.ms"
for _ in $(seq "$runs"); do
    psql_run -c '\timing on' -f "$work/floor.sql" | awk '/^Time:/ {print $2}' >> "$work/floor.ms"
    curl -s -o /dev/null -w '%{time_total}\n' -b "$work/cookies" "$url" | awk '{print $1 * 1000}' >> "$work/api.ms"
done
floor=$(median < "$work/floor.ms")
api=$(median < "$work/api.ms")
echo "period $from to $to, $runs runs each, interleaved; load: $(uptime | sed 's/.*load average: //')"
echo "floor (psql, median ms): $floor"
echo "API   (curl, median ms): $api"
awk -v a="$api" -v f="$floor" 'BEGIN {printf "API / floor: %.2f\n", a / f}'
curl -s -b "$work/cookies" "$url" | head -c 600; echo

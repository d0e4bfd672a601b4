#!/usr/bin/env bash
# Round trips to PostgreSQL and CPU per owners' dashboard, for the filter given: first the CPU ticks of Payara Micro and
# of every PostgreSQL backend over RUNS dashboards (nothing attached), then, with strace attached to every backend, the
# reads that brought a backend a request (each is one round trip). Backends that read anything in 3 idle seconds first
# (the audit sealer's, polling every 200 ms) are left out. Needs strace and the run command on a generated practice.
# Usage: web/src/test/bench/outcome-round-trips.sh PG_PORT [APP_URL] [RUNS] [QUERY]
#   QUERY defaults to the therapist t01 over the year outcomes.sh uses.
set -euo pipefail
pg_port=${1:?give the embedded PostgreSQL port the run command printed}
app=${2:-http://localhost:8383}
runs=${3:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGPASSWORD=knotwork
listener() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
postmaster=$(listener "$pg_port")
payara=$(listener "${app##*:}")
if [ -z "${4:-}" ]; then
    therapist=$(psql -X -A -t -h localhost -p "$pg_port" -U knotwork knotwork -c "select id from users where username = 't01'")
    query="from=2025-07-01&to=2026-07-01&therapist=$therapist"
else
    query=$4
fi
curl -s -c "$work/cookies" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"owner","password":"knotwork-demo"}' "$app/api/session" > /dev/null
dashboards() { for _ in $(seq "$runs"); do curl -s -o /dev/null -b "$work/cookies" "$app/api/outcomes?$query"; done; }
dashboards # warm: every pooled connection past the driver's threshold for keeping statements prepared
backends=$(pgrep -P "$postmaster" -d ' ' postgres)
ticks() { local t=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
per() { awk -v a="$1" -v b="$2" -v h="$hz" -v n="$runs" 'BEGIN {printf "%.1f", (b - a) * 1000 / h / n}'; }
pg0=$(ticks $backends); java0=$(ticks "$payara"); t0=$(date +%s%N)
dashboards
pg1=$(ticks $backends); java1=$(ticks "$payara"); t1=$(date +%s%N)
echo "$query: load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU per dashboard over $runs: Payara Micro $(per "$java0" "$java1") ms, PostgreSQL backends $(per "$pg0" "$pg1") ms;" \
    "wall $(( (t1 - t0) / 1000000 / runs )) ms"
attach=(); for p in $backends; do attach+=(-p "$p"); done
strace -q -f -s 80 -e trace=recvfrom -o "$work/trace" "${attach[@]}" &
tracer=$!
sleep 3
idle=$( (grep 'recvfrom(.*= [1-9]' "$work/trace" || true) | awk '{print $1}' | sort -u | tr '\n' '|')
mark=$(wc -l < "$work/trace")
dashboards
sleep 0.5
kill "$tracer"; wait "$tracer" 2>/dev/null || true
reads=$(tail -n +"$((mark + 1))" "$work/trace" | grep 'recvfrom(.*= [1-9]' | grep -Evc "^(${idle%|}) " || true)
echo "round trips per dashboard: $(awk -v r="$reads" -v n="$runs" 'BEGIN {printf "%.2f", r / n}')" \
    "($reads requests read by the backends; left out, busy when idle: ${idle%|})"

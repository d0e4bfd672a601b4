#!/usr/bin/env bash
# Start-up time, side by side: the README's run command until /health/ready includes the database, and an empty
# WAR on the same Payara Micro until it serves its page, with the heap the run command gives Micro (512 MiB).
# Usage: [KNOTWORK_BENCH_PORT=18080] web/src/test/bench/startup-time.sh [rounds]
set -euo pipefail
# Job control: each background job gets its own process group, led by $!, so one signal stops it all.
set -m
cd "$(dirname "$0")/../../../.."
rounds=${1:-3}
port=${KNOTWORK_BENCH_PORT:-18080}
work=web/target/bench
mkdir -p "$work/empty"

./mvnw -q package -DskipTests
echo '<!DOCTYPE html><title>empty</title>' > "$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war index.html)

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
await() { # url, pattern
    until curl -fs "$1" 2>/dev/null | grep -q "$2"; do sleep 0.1; done
}

empty_war() { # label, java command words...
    local label=$1
    shift
    rm -rf "$work/empty-root"
    local start
    start=$(now)
    "$@" --nocluster --port $port --rootdir "$work/empty-root" --deploy "$work/empty.war" --contextroot / \
        > "$work/empty-$label.log" 2>&1 &
    local empty=$!
    await "http://localhost:$port/" 'empty'
    elapsed "$start" "$(now)"
    kill "$empty"; wait "$empty" 2>/dev/null || true
    sleep 2
}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| round | run command → /health/ready (s) | of which Payara Micro with Knotwork (s) | empty WAR on Payara Micro → served (s) |"
echo "|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
    start=$(now)
    ./mvnw -q -Prun package -Dknotwork.http.port=$port -Dknotwork.data.dir="$PWD/$work/data" \
        > "$work/run.log" 2>&1 &
    run=$!
    await "http://localhost:$port/health/ready" '"database"'
    knotwork=$(elapsed "$start" "$(now)")
    until grep -q 'Payara Micro with Knotwork' "$work/run.log"; do sleep 0.1; done
    micro=$(grep -o 'Payara Micro with Knotwork [0-9.]*' "$work/run.log" | awk '{print $NF}')
    kill -INT -- -"$run"; wait "$run" 2>/dev/null || true
    sleep 2

    bare=$(empty_war plain java -Xmx512m -jar web/target/payara-micro.jar)
    echo "| $round | $knotwork | $micro | $bare |"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

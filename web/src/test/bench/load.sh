#!/usr/bin/env bash
# Load benchmark, side by side on one Payara Micro: the floor (one JPA find behind one JAX-RS GET), opening a
# client's chart, and saving a whole session note. Needs wrk (apt-get install wrk).
# Usage: web/src/test/bench/load.sh [seconds per run]
set -euo pipefail
# Job control: each background job gets its own process group, led by $!, so one signal stops it all.
set -m
cd "$(dirname "$0")/../../../.."
seconds=${1:-20}
port=18090
work=web/target/bench
base="http://localhost:$port"
mkdir -p "$work"
rm -rf "$work/load-data"

./mvnw -q -Prun,bench package -Dknotwork.http.port=$port -Dknotwork.data.dir="$PWD/$work/load-data" \
    > "$work/load-server.log" 2>&1 &
server=$!
trap 'kill -INT -- -$server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until grep -q 'Knotwork is ready' "$work/load-server.log"; do
    kill -0 $server 2>/dev/null || { cat "$work/load-server.log"; exit 1; }
    sleep 1
done

curl -s -c "$work/cookies" -o /dev/null -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"therapist","password":"knotwork-demo"}' "$base/api/session"
COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$work/cookies")"
export COOKIE
api() { curl -s -H "Cookie: $COOKIE" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' "$@"; }
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }

CLIENT=$(api "$base/api/clients?q=alvarez" | json "['items'][0]['id']")
point() {
    api -d "{\"muscle\":\"$1\",\"side\":\"RIGHT\",\"view\":\"POSTERIOR\",\"x\":$2,\"y\":0.2}" \
        "$base/api/clients/$CLIENT/trigger-points" | json "['id']"
}
POINT_A=$(point UPPER_TRAPEZIUS 0.6)
POINT_B=$(point LEVATOR_SCAPULAE 0.58)
point INFRASPINATUS 0.62 > /dev/null
point RHOMBOIDS 0.55 > /dev/null
export CLIENT POINT_A POINT_B
# A history to open: 30 saved sessions.
for _ in $(seq 1 30); do
    wrk -t1 -c1 -d1s -s web/src/test/bench/save-session.lua "$base" > /dev/null
done
echo "client $CLIENT has $(api "$base/api/clients/$CLIENT/chart" | json "['points'].__len__()") points"

run() { # name, url, extra wrk args
    local name=$1 url=$2
    shift 2
    wrk -t2 -c16 -d${seconds}s -H "Cookie: $COOKIE" "$@" "$url" > "$work/wrk-$name.txt"
    printf '| %s | %s | %s |\n' "$name" \
        "$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$name.txt")" \
        "$(awk '/Latency/ {print $2}' "$work/wrk-$name.txt")"
}
echo "| what | requests/s | mean latency |"
echo "|---|---|---|"
run floor "$base/api/bench/floor/$CLIENT"
run chart "$base/api/clients/$CLIENT/chart"
run save-session "$base" -s web/src/test/bench/save-session.lua

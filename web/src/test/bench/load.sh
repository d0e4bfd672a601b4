#!/usr/bin/env bash
# Load benchmark, side by side on one Payara Micro: the floor (one JPA find behind one JAX-RS GET), opening a
# client's chart, saving a whole session note, and issuing a signed note's home-care handout (PDF). Needs wrk
# (apt-get install wrk).
# Usage: web/src/test/bench/load.sh [seconds per run] [rounds]   (KNOTWORK_BENCH_PORT picks the port, default 18090;
# KNOTWORK_MICRO_HEAP Payara Micro's heap, default the run command's 512m; KNOTWORK_MICRO_GC its collector, default
# the run command's -XX:+UseSerialGC; KNOTWORK_MICRO_OPTIONS more options for its JVM, e.g. -XX:NativeMemoryTracking=summary)
# With 0 rounds it sets everything up, prints what a profiling run needs, and keeps serving until stopped.
set -euo pipefail
# Job control: each background job gets its own process group, led by $!, so one signal stops it all.
set -m
cd "$(dirname "$0")/../../../.."
seconds=${1:-20}
rounds=${2:-5}
port=${KNOTWORK_BENCH_PORT:-18090}
work=web/target/bench
base="http://localhost:$port"
mkdir -p "$work"
rm -rf "$work/load-data"

./mvnw -q -pl web -am -Prun,bench package -Dknotwork.http.port=$port -Dknotwork.data.dir="$PWD/$work/load-data" \
    ${KNOTWORK_MICRO_HEAP:+-Dknotwork.micro.heap=$KNOTWORK_MICRO_HEAP} \
    ${KNOTWORK_MICRO_GC:+-Dknotwork.micro.gc=$KNOTWORK_MICRO_GC} \
    ${KNOTWORK_MICRO_OPTIONS:+"-Dknotwork.micro.options=$KNOTWORK_MICRO_OPTIONS"} > "$work/load-server.log" 2>&1 &
server=$!
# TERM, not INT: a script started in the background inherits an ignored SIGINT, and the server then outlived it.
# The server's shutdown hook stops Payara Micro and PostgreSQL on either.
trap 'kill -TERM -- -$server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until grep -q 'Knotwork is ready' "$work/load-server.log"; do
    kill -0 $server 2>/dev/null || { cat "$work/load-server.log"; exit 1; }
    sleep 1
done

curl -s -c "$work/cookies" -o /dev/null -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"therapist","password":"knotwork-demo"}' "$base/api/session"
COOKIE="knotwork-session=$(awk '$6 == "knotwork-session" {print $7}' "$work/cookies")"
export COOKIE
api() { curl -s -H "Cookie: $COOKIE" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' "$@"; }
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }

CLIENT=$(api "$base/api/clients?q=alvarez" | json "['items'][0]['id']")
# The demo client has points and drafts of her own: the benchmark's are charted and saved beside them, as a therapist
# who answered the page's questions would (besideStillTreated, besideOpenDraft).
point() {
    api -d "{\"muscle\":\"$1\",\"side\":\"RIGHT\",\"view\":\"POSTERIOR\",\"x\":$2,\"y\":0.2,\"besideStillTreated\":true}" \
        "$base/api/clients/$CLIENT/trigger-points" | json "['id']"
}
POINT_A=$(point UPPER_TRAPEZIUS 0.6)
POINT_B=$(point LEVATOR_SCAPULAE 0.58)
POINT_C=$(point INFRASPINATUS 0.62)
POINT_D=$(point RHOMBOIDS 0.55)
export CLIENT POINT_A POINT_B
# A history to open: 30 saved sessions.
for _ in $(seq 1 30); do
    wrk -t1 -c1 -d1s -s web/src/test/bench/save-session.lua "$base" > /dev/null
done
echo "client $CLIENT has $(api "$base/api/clients/$CLIENT/chart" | json "['points'].__len__()") points"

# The typical handout: a signed note with the four points, compression, stretch and heat each.
treated() {
    echo "{\"triggerPointId\":\"$1\",\"episodes\":[{\"kind\":\"COMPRESSION\",\"pressureLevel\":3,\"holdSeconds\":60,\"repetitions\":2,\"discomfort\":2},{\"kind\":\"STRETCH\",\"stretch\":\"Slow stretch\",\"holdSeconds\":30,\"repetitions\":3,\"breathingCoordinated\":true,\"forced\":false},{\"kind\":\"HEAT\",\"modality\":\"WHEAT_BAG\",\"minutes\":8,\"skinChecked\":true}]}"
}
NOTE=$(api -d "{\"besideOpenDraft\":true,\"sessionAt\":\"2026-03-02T10:00:00Z\",\"painBefore\":6,\"points\":[$(treated $POINT_A),$(treated $POINT_B),$(treated $POINT_C),$(treated $POINT_D)],\"homeCare\":{\"note\":\"Keep the screen at eye level.\"}}" \
    "$base/api/clients/$CLIENT/notes" | json "['id']")
api -X POST -H 'If-Match: "0"' "$base/api/notes/$NOTE/signature" > /dev/null
api -o "$work/handout.pdf" "$base/api/notes/$NOTE/handout"
echo "handout: $(pdfinfo "$work/handout.pdf" 2>/dev/null | awk '/Pages/ {print $2}') pages, $(wc -c < "$work/handout.pdf") bytes"

if [ "$rounds" = 0 ]; then
    echo "serving on $base (server process group $server); COOKIE='$COOKIE' CLIENT=$CLIENT NOTE=$NOTE"
    wait $server
    exit 0
fi

# Every endpoint is warmed up first, three turns each, so that no round measures the JIT still compiling: on 2 cores
# the server and wrk share, throughput kept rising for about two minutes of load.
for _ in 1 2 3; do
    for url in "$base/api/bench/floor/$CLIENT" "$base/api/clients/$CLIENT/chart" "$base/api/notes/$NOTE/handout"; do
        wrk -t2 -c16 -d${seconds}s -H "Cookie: $COOKIE" "$url" > /dev/null
    done
    wrk -t2 -c16 -d${seconds}s -H "Cookie: $COOKIE" -s web/src/test/bench/save-session.lua "$base" > /dev/null
done

# The runs take turns, round after round, and each figure is the median of its rounds: on a shared machine the
# background load drifts, and interleaving spreads that drift over all of them instead of favouring one.
run() { # name, round, url, extra wrk args
    local name=$1 round=$2 url=$3
    shift 3
    wrk -t2 -c16 -d${seconds}s -H "Cookie: $COOKIE" "$@" "$url" > "$work/wrk-$name-$round.txt"
    awk '/Requests\/sec/ {print $2}' "$work/wrk-$name-$round.txt" >> "$work/rps-$name.txt"
}
median() { sort -n "$work/rps-$1.txt" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
rm -f "$work"/rps-*.txt
for round in $(seq 1 "$rounds"); do
    run floor "$round" "$base/api/bench/floor/$CLIENT"
    run chart "$round" "$base/api/clients/$CLIENT/chart"
    run save-session "$round" "$base" -s web/src/test/bench/save-session.lua
    run handout "$round" "$base/api/notes/$NOTE/handout"
done
floor=$(median floor)
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# The run command's memory while it serves, everything included: the launcher, Payara Micro and PostgreSQL's
# processes. PSS counts a page shared by several processes (PostgreSQL's shared buffers) once in all, RSS once in each.
memory() { # name, pids...
    local name=$1
    shift
    # A PostgreSQL worker may end between listing and reading: its memory is then simply not counted.
    for pid in "$@"; do cat "/proc/$pid/smaps_rollup" 2>/dev/null || true; done \
        | awk -v n="$name" '/^Rss:/ {r += $2} /^Pss:/ {p += $2} END {printf "| %s | %.0f | %.0f |\n", n, r / 1024, p / 1024}'
}
micro=$(pgrep -P "$server" java || true)
postmaster=$(head -1 "$work/load-data/postgres/postmaster.pid")
postgres="$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
# Sampled under load: halfway through one more turn of chart and session saves at once.
wrk -t1 -c8 -d${seconds}s -H "Cookie: $COOKIE" "$base/api/clients/$CLIENT/chart" > /dev/null &
charts=$!
wrk -t1 -c8 -d${seconds}s -H "Cookie: $COOKIE" -s web/src/test/bench/save-session.lua "$base" > /dev/null &
saves=$!
sleep $(( seconds / 2 ))
echo "memory under load (chart and session saves at once):"
echo "| process | RSS (MiB) | PSS (MiB) |"
echo "|---|---|---|"
memory "launcher ($(ps -o args= -p "$server" | awk '{print $1, $2}'))" "$server"
memory "Payara Micro ($(ps -o args= -p "$micro" | grep -o -- '-Xmx[^ ]*'))" $micro
memory "PostgreSQL ($(echo $postgres | wc -w) processes)" $postgres
memory "all" "$server" $micro $postgres
echo "Maven JVMs left in the run command's process group: $(pgrep -g "$server" -f plexus-classworlds | wc -l)"
wait $charts $saves
echo "| what | requests/s (median of $rounds) | of the floor | every round |"
echo "|---|---|---|---|"
for name in floor chart save-session handout; do
    printf '| %s | %s | %s %% | %s |\n' "$name" "$(median $name)" \
        "$(awk -v m="$(median $name)" -v f="$floor" 'BEGIN {printf "%.0f", 100 * m / f}')" \
        "$(paste -sd' ' "$work/rps-$name.txt")"
done

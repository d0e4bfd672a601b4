#!/usr/bin/env bash
# Start-up time, side by side: the README's run command until /health/ready includes the database, and an empty
# WAR on the same Payara Micro until it serves its page, with the heap the run command gives Micro (512 MiB).
# Beside each wall time, the CPU time (user + system) spent until that moment: on a shared machine the wall time is
# the queue for the CPU as much as the start itself, the CPU time much less so. Payara Micro's CPU time is its JVM's
# (/proc/<pid>/stat); the run command's is every process it started (Maven, reaped by mvnw, whose process becomes the
# launcher; the launcher; Payara Micro; PostgreSQL, found by its data folder as pg_ctl leaves it to init).
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
tick=$(getconf CLK_TCK)
ticks() { # pid: user + system clock ticks of the process and of the children it has waited for
    # After "pid (command) " the fields start at the state (field 3): utime, stime, cutime, cstime are 14-17.
    awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
tree() { # pid and its living descendants
    echo "$1"
    local child
    for child in $(pgrep -P "$1"); do tree "$child"; done
}
cpu() { # pids...: their CPU seconds together
    local pid sum=0
    for pid in "$@"; do sum=$((sum + $(ticks "$pid"))); done
    awk -v t="$sum" -v hz="$tick" 'BEGIN { printf "%.1f", t / hz }'
}
micro_of() { # pid: the Payara Micro JVM among its descendants (java ... -jar .../payara-micro.jar)
    local pid
    for pid in $(tree "$1"); do
        if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- '-jar [^ ]*payara-micro.jar'; then echo "$pid"; fi
    done
}
await() { # url, pattern
    until curl -fs "$1" 2>/dev/null | grep -q "$2"; do sleep 0.1; done
}

empty_war() { # label, java command words...
    local label=$1
    shift
    rm -rf "$work/empty-root"
    local start
    start=$(now)
    "$@" --nocluster --disablephonehome --port $port --rootdir "$work/empty-root" --deploy "$work/empty.war" --contextroot / \
        > "$work/empty-$label.log" 2>&1 &
    local empty=$!
    await "http://localhost:$port/" 'empty'
    echo "$(elapsed "$start" "$(now)") $(cpu "$empty")"
    kill "$empty"; wait "$empty" 2>/dev/null || true
    sleep 2
}
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| round | run command → /health/ready (s) | its CPU (s) | of which Payara Micro with Knotwork (s) | Micro's CPU (s) \
| empty WAR on Payara Micro → served (s) | its CPU (s) | Micro ÷ empty WAR, wall (CPU) | run command ÷ Micro, wall (CPU) |"
echo "|---|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$rounds"); do
    start=$(now)
    ./mvnw -q -Prun package -Dknotwork.http.port=$port -Dknotwork.data.dir="$PWD/$work/data" \
        > "$work/run.log" 2>&1 &
    run=$!
    await "http://localhost:$port/health/ready" '"database"'
    knotwork=$(elapsed "$start" "$(now)")
    micro_cpu=$(cpu $(micro_of "$run"))
    run_cpu=$(cpu $({ tree "$run"; for pm in $(pgrep -f -- "-D $PWD/$work/data/postgres"); do tree "$pm"; done; } | sort -u))
    until grep -q 'Payara Micro with Knotwork' "$work/run.log"; do sleep 0.1; done
    micro=$(grep -o 'Payara Micro with Knotwork [0-9.]*' "$work/run.log" | awk '{print $NF}')
    kill -TERM -- -"$run"; wait "$run" 2>/dev/null || true
    sleep 2

    # The same heap and collector as the run command gives Payara Micro (PayaraMicroProcess).
    read -r bare bare_cpu < <(empty_war plain java -Xmx512m -XX:+UseSerialGC -Dhazelcast.phone.home.enabled=false -jar web/target/payara-micro.jar)
    ratios=$(awk -v r="$knotwork" -v rc="$run_cpu" -v m="$micro" -v mc="$micro_cpu" -v e="$bare" -v ec="$bare_cpu" \
        'BEGIN { printf "%.2f (%.2f) | %.2f (%.2f)", m / e, mc / ec, r / m, rc / mc }')
    echo "| $round | $knotwork | $run_cpu | $micro | $micro_cpu | $bare | $bare_cpu | $ratios |"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

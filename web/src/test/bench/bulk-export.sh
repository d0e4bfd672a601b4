#!/usr/bin/env bash
# The practice-wide FHIR bulk export on a generated full-size practice: kick-off, polling until the manifest, the
# files' resources and sizes, and the server's resident memory sampled while it ran. Needs Knotwork running on it:
#   ./mvnw -Psynthetic -pl ejb process-test-classes -Dpractice.size=full
#   ./mvnw -Prun package -Dknotwork.data.dir=$PWD/data/synthetic-full -Dknotwork.http.port=8383
# Usage: web/src/test/bench/bulk-export.sh [APP_URL] [SERVER_PID]   (the Payara Micro process, for its memory)
set -euo pipefail
app=${1:-http://localhost:8383}
server_pid=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -sf -c "$work/cookies" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"owner","password":"knotwork-demo"}' "$app/api/session" > /dev/null
started=$(date +%s.%N)
status=$(curl -sf -b "$work/cookies" -D - -o /dev/null -H 'Prefer: respond-async' -H 'Accept: application/fhir+json' \
    "$app/api/fhir/\$export" | tr -d '\r' | sed -n 's/^Content-Location: //Ip')
echo "kick-off: $status"
peak=0
while :; do
    code=$(curl -s -b "$work/cookies" -o "$work/manifest.json" -w '%{http_code}' "$status")
    if [ -n "$server_pid" ]; then
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
        [ "$rss" -gt "$peak" ] && peak=$rss
    fi
    [ "$code" = 202 ] || break
    sleep 2
done
finished=$(date +%s.%N)
[ "$code" = 200 ] || { echo "status $code: $(cat "$work/manifest.json")"; exit 1; }
printf 'export complete in %.0f s\n' "$(echo "$finished - $started" | bc)"
[ -n "$server_pid" ] && echo "server resident memory, highest sampled: $((peak / 1024)) MiB"
python3 - "$work/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
total_resources = total_bytes = 0
for f in m["output"]:
    total_resources += f["count"]; total_bytes += f["extension"]["bytes"]
    print(f'{f["type"]:24} {f["count"]:>10,} resources {f["extension"]["bytes"] / 2**20:>10,.1f} MiB')
print(f'{"total":24} {total_resources:>10,} resources {total_bytes / 2**20:>10,.1f} MiB of NDJSON')
PY
first=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["output"][0]["url"])' "$work/manifest.json")
procedures=${first%/*}/Procedure.ndjson
curl -s -b "$work/cookies" -H 'Accept-Encoding: gzip' -o "$work/procedures.gz" -w 'Procedure.ndjson download (gzip): %{size_download} bytes in %{time_total} s\n' "$procedures"

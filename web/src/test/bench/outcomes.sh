#!/usr/bin/env bash
# The outcomes benchmark: the owner's dashboard through the API beside its floor, the same statements run directly in
# psql with the values written in, for every combination of the three filters (therapist, muscle, complaint), in the
# same sitting, interleaved. Needs Knotwork running on a generated full-size practice:
#   ./mvnw -Psynthetic -pl ejb process-test-classes -Dpractice.size=full
#   [KNOTWORK_TIMEZONE=Europe/Berlin] ./mvnw -Prun package -Dknotwork.data.dir=$PWD/data/synthetic-full -Dknotwork.http.port=8383
# Usage: web/src/test/bench/outcomes.sh PG_PORT [APP_URL] [RUNS] [FROM] [TO] [ZONE]   (FLOOR_ONLY=1: psql only)
# (PG_PORT is printed by the run command: "Embedded PostgreSQL starting on port ...". ZONE must be the server's
# knotwork.timezone, default UTC: the dates are the clinic's days. The run command takes it from the environment,
# KNOTWORK_TIMEZONE; a -D given to Maven does not reach Payara Micro.) The filter values are the busiest: the
# therapist t01, the most treated muscle and the most frequent complaint region, so each filtered case reads the most
# rows.
set -euo pipefail
pg_port=${1:?give the embedded PostgreSQL port the run command printed}
app=${2:-http://localhost:8383}
runs=${3:-5}
from=${4:-2025-07-01}
to=${5:-2026-07-01}
zone=${6:-UTC}
here=$(cd "$(dirname "$0")" && pwd)
statements=$here/../../../../ejb/src/main/resources/org/knotwork/outcomes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGPASSWORD=knotwork
psql_run() { psql -X -q -h localhost -p "$pg_port" -U knotwork knotwork "$@"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

therapist=$(psql_run -A -t -c "select id from users where username = 't01'")
muscle=$(psql_run -A -t -c "select muscle_code from outcome_treatments group by 1 order by count(*) desc limit 1")
complaint=$(psql_run -A -t -c "select complaint_region from outcome_sessions where complaint_region is not null
    group by 1 order by count(*) desc limit 1")
kept=$(psql_run -A -t -c "select zone from outcome_summary_zone")

# The period's instants as the API makes them (the clinic's midnights), and the summaries' whole months: from the
# first month start at or after FROM (lo) to the last at or before TO (hi); none when the period holds no whole month.
lo=$from; [ "${from:8:2}" = 01 ] || lo=$(date -d "${from:0:7}-01 +1 month" +%F)
hi=${to:0:7}-01
if [[ ! "$lo" < "$hi" ]]; then lo=$to; hi=$to; fi
instant() { echo "timestamptz '$1 00:00:00 $zone'"; }

# One case's statements with the values written in, as OutcomeQueries runs them: the summaries' versions when no
# filter is given and the summaries are kept in the clinic's zone, the facts' versions otherwise, grouped by the
# months the facts carry when those are kept in the clinic's zone (months_stored), else by months worked out per row.
statements_for() { # therapist muscle complaint version months_stored
    local t=${1:-null} m=${2:-null} c=${3:-null} version=$4 stored=$5
    [ "$t" = null ] || t="'$t'"; [ "$m" = null ] || m="'$m'"; [ "$c" = null ] || c="'$c'"
    for part in clients points therapists months; do
        grep -v '^\s*--' "$statements/$part$version.sql" | sed "s|:from|$(instant "$from")|g; s|:to|$(instant "$to")|g;
            s|:lo|$(instant "$lo")|g; s|:hi|$(instant "$hi")|g; s|:zone|'$zone'|g; s|:important_change|2|g;
            s|:months_stored|$stored|g; s|:therapist|cast($t as uuid)|g; s|:muscle|cast($m as varchar)|g; s|:complaint|cast($c as varchar)|g"
        echo ';'
    done
}

curl -s -c "$work/cookies" -H 'Content-Type: application/json' -H 'X-Knotwork-Request: 1' \
    -d '{"username":"owner","password":"knotwork-demo"}' "$app/api/session" > /dev/null

summarised=""; stored=false; [ "$kept" = "$zone" ] && summarised="-summarised" && stored=true
statements_for "" "" "" "$summarised" "$stored" > "$work/summarised.sql"
statements_for "" "" "" "" false > "$work/facts.sql"
if ! diff <(psql_run -A -t -f "$work/summarised.sql" | sort) <(psql_run -A -t -f "$work/facts.sql" | sort) > /dev/null
then
    echo "the summaries' figures differ from the facts' figures" >&2
    exit 1
fi

echo "period $from to $to in $zone (summaries kept in $kept), $runs runs each, interleaved;" \
    "therapist t01, muscle $muscle, complaint $complaint"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| filters | floor, psql (ms) | API, curl (ms) | API / floor |"
echo "|---|---|---|---|"
for combination in 0 1 2 4 3 5 6 7; do
    t=""; m=""; c=""; label=""; query="from=$from&to=$to"
    if (( combination & 1 )); then t=$therapist; label+="therapist "; query+="&therapist=$t"; fi
    if (( combination & 2 )); then m=$muscle; label+="muscle "; query+="&muscle=$m"; fi
    if (( combination & 4 )); then c=$complaint; label+="complaint "; query+="&complaint=$c"; fi
    version=""; [ "$combination" = 0 ] && version=$summarised
    statements_for "$t" "$m" "$c" "$version" "$stored" > "$work/case.sql"
    statements_for "$t" "$m" "$c" "" false > "$work/case-facts.sql"
    if ! diff <(psql_run -A -t -f "$work/case.sql" | sort) <(psql_run -A -t -f "$work/case-facts.sql" | sort) > /dev/null
    then
        echo "${label:-none}: the figures differ from the facts' figures with months worked out per row" >&2
        exit 1
    fi
    for _ in 1 2; do # warm: caches, plans, the JIT
        psql_run -f "$work/case.sql" > /dev/null
        [ -n "${FLOOR_ONLY:-}" ] || curl -s -o /dev/null -b "$work/cookies" "$app/api/outcomes?$query"
    done
    : > "$work/floor.ms"; : > "$work/api.ms"
    for _ in $(seq "$runs"); do
        # Timed on a warm connection, as the API's pooled ones are: the statements once untimed, then timed.
        psql_run -f "$work/case.sql" -c '\timing on' -f "$work/case.sql" | awk '/^Time:/ {sum += $2} END {print sum}' \
            >> "$work/floor.ms"
        if [ -z "${FLOOR_ONLY:-}" ]; then
            curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$work/cookies" "$app/api/outcomes?$query" \
                | awk '$1 != 200 {print "API answered " $1 > "/dev/stderr"; exit 1} {print $2 * 1000}' >> "$work/api.ms"
        fi
    done
    floor=$(median < "$work/floor.ms"); api=""; [ -n "${FLOOR_ONLY:-}" ] || api=$(median < "$work/api.ms")
    printf '| %s | %s | %s | %s |\n' "${label:-none}" "$floor" "${api:-—}" \
        "$(awk -v a="$api" -v f="$floor" 'BEGIN {if (a == "") print "—"; else printf "%.2f", a / f}')"
done
# For comparison, what an unfiltered dashboard costs from the facts alone, their months worked out per row (before
# V70, every clinic outside UTC).
: > "$work/facts.ms"
for _ in $(seq "$runs"); do
    psql_run -f "$work/facts.sql" -c '\timing on' -f "$work/facts.sql" | awk '/^Time:/ {sum += $2} END {print sum}' \
        >> "$work/facts.ms"
done
echo "| none, from the facts (psql) | $(median < "$work/facts.ms") | | |"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# The screening benchmark (issue #23, SPEC 5.5), against PostgreSQL on 127.0.0.1:5432 (user
# postgres). Synthetic data only (bench/screening-data.py): PARTIES parties written straight into
# screening_parties, a list of ENTRIES names loaded over the API. It measures, on one service:
#   1. the party index built at start (every party read from the database and indexed),
#   2. a full rescreen: the first load of the list, every entry against every party, while
#      GET /clients/{id} is timed one request after another,
#   3. a delta: DELTA entries changed in a second load, against every party,
#   4. screening one party (the index query and the scoring), over SCREENED applications,
#   5. the index's size on disk and the service's memory.
#   bench/screening.sh                                  # 1,000,000 parties, 300,000 names, 1,000 changed
#   PARTIES=100000 ENTRIES=30000 bench/screening.sh     # a quick look
# BENCH_JAVA_OPTS (default docker-compose.yml's JAVA_TOOL_OPTIONS) passes through.
set -euo pipefail
cd "$(dirname "$0")/.."

PARTIES=${PARTIES:-1000000}
ENTRIES=${ENTRIES:-300000}
DELTA=${DELTA:-1000}
SCREENED=${SCREENED:-300}
CLIENTS=${CLIENTS:-200}
DB=bench_screening_$(date +%s)
. bench/common.sh
URL=http://127.0.0.1:$PORT
TMP=$WORK/tmp-$DB
mkdir -p "$TMP"
SERVICE=
cleanup() {
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT
sql() { "${PSQL[@]}" -d "$DB" -At -c "$1"; }
api() { curl -fs -H "x-api-key: $BENCH_KEY" "$@"; }
rss_mib() { echo $(( $(ps -o rss= -p "$SERVICE") / 1024 )); }
index_mib() { du -sm "$TMP"/onboarding-screening-"$1"-index-* 2>/dev/null | awk '{s += $1} END {print s + 0}'; }

"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
echo "Creating the schema"
start_service "$DB" "$WORK/screening-schema.log"
kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true; SERVICE=

echo "Writing $PARTIES parties"
python3 bench/screening-data.py parties "$PARTIES" "$WORK/parties.tsv"
sql "\\copy screening_parties (id, client_id, kind, company, caption, names, dates, countries, identifiers, fingerprint, seq, removed, list_versions, screened_at) FROM '$WORK/parties.tsv'"
sql "SELECT setval('screening_party_seq', $PARTIES)" >/dev/null
sql "VACUUM ANALYZE screening_parties"
python3 bench/screening-data.py list "$ENTRIES" "$WORK/list-1.csv"
python3 bench/screening-data.py list "$ENTRIES" "$WORK/list-2.csv" "$DELTA"

echo "1. Starting: the party index is built from the database"
start_service "$DB" "$WORK/screening.log" -Djava.io.tmpdir="$TMP"
until grep -q "Party index: $PARTIES parties read" "$WORK/screening.log"; do
  kill -0 "$SERVICE" || { tail -n 30 "$WORK/screening.log"; exit 1; }
  sleep 2
done
BUILD=$(grep -o "Party index: $PARTIES parties read in [0-9]* ms" "$WORK/screening.log" | grep -o '[0-9]* ms')
RSS_BUILT=$(rss_mib)

echo "   creating $CLIENTS clients to read during the rescreen"
write_bodies
: > "$WORK/client-ids"
for _ in $(seq 1 "$CLIENTS"); do
  api -X POST "$URL/clients" -H 'Content-Type: application/json' -d @"$WORK/create-NOT_REQUIRED.json" \
    | python3 -c "import json,sys; print(json.load(sys.stdin)['data']['client']['id'])" >> "$WORK/client-ids"
done

# Times GET /clients/{id}, one request after another, until the file $1 exists; prints p50 and p99.
probe_reads() {
  python3 - "$URL" "$BENCH_KEY" "$WORK/client-ids" "$1" <<'PY'
import os, sys, time, urllib.request
url, key, ids_file, stop = sys.argv[1:5]
ids = [line.strip() for line in open(ids_file) if line.strip()]
times = []
i = 0
while not os.path.exists(stop):
    request = urllib.request.Request(f'{url}/clients/{ids[i % len(ids)]}', headers={'x-api-key': key})
    started = time.perf_counter()
    urllib.request.urlopen(request).read()
    times.append((time.perf_counter() - started) * 1000)
    i += 1
    time.sleep(0.05)
times.sort()
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else 0
print(f'{len(times)} reads: p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms')
PY
}

# Waits for every rescreen to end; prints the last one's duration in seconds and its hits.
await_runs() {
  until [ "$(sql "SELECT count(*) FROM screening_runs WHERE status <> 'done'")" = 0 ]; do sleep 2; done
  sql "SELECT round(extract(epoch FROM finished_at - created_at)::numeric, 1) || ' s, ' || hits || ' hits, '
       || parties || ' parties matched' FROM screening_runs ORDER BY created_at DESC LIMIT 1"
}

echo "2. Full rescreen: $ENTRIES names against $PARTIES parties"
rm -f "$WORK/stop-probe"
probe_reads "$WORK/stop-probe" > "$WORK/probe-full" &
PROBE=$!
FROM=$(date +%s.%N)
api -X PUT "$URL/screening/lists/bench" -H 'Content-Type: text/csv' --data-binary @"$WORK/list-1.csv" > /dev/null
LOADED_FULL=$(python3 -c "print(round($(date +%s.%N) - $FROM, 1))")
FULL=$(await_runs)
touch "$WORK/stop-probe"; wait "$PROBE"
READS_FULL=$(cat "$WORK/probe-full")
RSS_FULL=$(rss_mib)

echo "3. Delta: $DELTA changed names against $PARTIES parties"
FROM=$(date +%s.%N)
api -X PUT "$URL/screening/lists/bench" -H 'Content-Type: text/csv' --data-binary @"$WORK/list-2.csv" > /dev/null
LOADED_DELTA=$(python3 -c "print(round($(date +%s.%N) - $FROM, 1))")
DELTA_RUN=$(await_runs)

echo "4. Screening one party: $SCREENED applications"
for _ in $(seq 1 "$SCREENED"); do
  api -X POST "$URL/clients" -H 'Content-Type: application/json' -d @"$WORK/create-FULL_KYC.json" > /dev/null
done
sleep 5
PARTY=$(api "$URL/actuator/prometheus" | grep '^onboarding_screening_party_seconds{quantile=' \
  | python3 -c "import sys; print(', '.join(l.split('\"')[1] + ': ' + str(round(float(l.split()[1]) * 1000, 2)) + ' ms' for l in sys.stdin))")
SCREENINGS=$(api "$URL/actuator/prometheus" | grep '^onboarding_screening_party_seconds_count' | awk '{print $2}')

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; java $BENCH_JAVA_OPTS"
echo "| what | result |"
echo "| --- | --- |"
echo "| party index built at start, $PARTIES parties | $BUILD |"
echo "| full rescreen, $ENTRIES names x $PARTIES parties | load $LOADED_FULL s; run $FULL |"
echo "| GET /clients/{id} during the full rescreen | $READS_FULL |"
echo "| delta, $DELTA changed names x $PARTIES parties | load $LOADED_DELTA s; run $DELTA_RUN |"
echo "| screening one party against $ENTRIES names ($SCREENINGS screenings) | $PARTY |"
echo "| index on disk: parties, entries | $(index_mib parties) MiB, $(index_mib entries) MiB |"
echo "| service RSS: after the index build, after the full rescreen | $RSS_BUILT MiB, $RSS_FULL MiB |"

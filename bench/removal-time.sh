#!/usr/bin/env bash
# What the engine's removal-time stamps cost PostgreSQL. With the cleanup strategy Camunda defaults
# to (removal-time based, removal time at the process's end), ending an onboarding updates every
# history table by its root process instance (16 statements) to write when the history may go.
# This makes up to CLIENTS NOT_REQUIRED onboardings on a fresh database, stops the service, then
# replays those updates with pgbench on their histories, at the benchmark's concurrency, and prints
# PostgreSQL's CPU per onboarding stamped. Compare it with PostgreSQL's CPU per creation in
# bench/run.sh's table.
#   bench/removal-time.sh                    # up to 2,500 onboardings, three runs of 5 s
#   CLIENTS=5000 CONCURRENCY=16 bench/removal-time.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-2500}
CONCURRENCY=${CONCURRENCY:-8}
DB=bench_stamp_$(date +%s)
. bench/common.sh

"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
SERVICE=
cleanup() {
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
}
trap cleanup EXIT

start_service "$DB" "$WORK/removal-time-service.log"
write_bodies

echo "Making $CLIENTS onboardings"
# wrk has no request count: pace it to make about CLIENTS in 60 s.
RATE=$(( (CLIENTS + 59) / 60 )) WRK_THREADS=2 wrk -t2 -c"$CONCURRENCY" -d60s -s bench/lua/post.lua \
  "http://127.0.0.1:$PORT/clients" -- "$WORK/create-NOT_REQUIRED.json" > /dev/null
for _ in $(seq 1 600); do
  [ "$("${PSQL[@]}" -d "$DB" -At -c "SELECT count(*) FROM act_ru_job WHERE retries_ > 0
    AND (duedate_ IS NULL OR duedate_ <= now()) AND suspension_state_ = 1")" = 0 ] && break
  sleep 1
done
kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true
SERVICE=

"${PSQL[@]}" -d "$DB" -c "CREATE TABLE stamp_roots AS SELECT row_number() OVER () AS i, id_ AS root
  FROM act_hi_procinst WHERE end_time_ IS NOT NULL AND id_ = root_proc_inst_id_;
  ALTER TABLE stamp_roots ADD PRIMARY KEY (i); CREATE SEQUENCE stamp_next"
ROOTS=$("${PSQL[@]}" -d "$DB" -At -c "SELECT count(*) FROM stamp_roots")
[ "$ROOTS" -gt 0 ] || { echo "No onboarding ended: see $WORK/removal-time-service.log"; exit 1; }
# The tables the engine stamps at the end: the history tables with a root process instance and a
# removal time (act_ru_authorization has both, but is stamped only with historic instance
# permissions, which the service leaves off).
TABLES=$("${PSQL[@]}" -d "$DB" -At -c "SELECT r.table_name FROM information_schema.columns r
  JOIN information_schema.columns t ON t.table_name = r.table_name AND t.table_schema = r.table_schema
   AND t.column_name = 'removal_time_'
  WHERE r.column_name = 'root_proc_inst_id_' AND r.table_schema = 'public' AND r.table_name NOT LIKE 'act_ru_%'
  ORDER BY 1")
echo "$ROOTS onboardings ended; $(echo $TABLES | wc -w) tables stamped; rows per onboarding, by table:"
for table in $TABLES; do
  rows=$("${PSQL[@]}" -d "$DB" -At -c "SELECT round(count(*)::numeric / $ROOTS, 1) FROM $table
    WHERE root_proc_inst_id_ IN (SELECT root FROM stamp_roots)")
  [ "$rows" = 0.0 ] || echo "  $table: $rows"
done
# Each transaction stamps the next onboarding, as each ending onboarding stamps its own history.
{
  echo "SELECT root FROM stamp_roots WHERE i = (SELECT nextval('stamp_next') % $ROOTS + 1) \\gset"
  echo 'BEGIN;'
  for table in $TABLES; do
    echo "UPDATE $table SET removal_time_ = now() + interval '180 days' WHERE root_proc_inst_id_ = :root;"
  done
  echo 'COMMIT;'
} > "$WORK/removal-time.pgb"

# Runs short enough to stamp each onboarding about once, the table vacuumed before each.
SECONDS_PER_RUN=${SECONDS_PER_RUN:-5}
for run in 1 2 3; do
  "${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
  before=$(postgres_ticks)
  out=$(pgbench -h 127.0.0.1 -U postgres -n -M extended -c "$CONCURRENCY" -j 2 -T "$SECONDS_PER_RUN" \
    -f "$WORK/removal-time.pgb" "$DB" 2>&1) || { echo "pgbench failed: $out"; exit 1; }
  after=$(postgres_ticks)
  stamps=$(echo "$out" | grep -Eo 'actually processed: [0-9]+' | grep -Eo '[0-9]+$')
  [ "${stamps:-0}" -gt 0 ] || { echo "pgbench stamped nothing: $out"; exit 1; }
  python3 -c "print(f'run $run: $stamps onboardings stamped, {$stamps / $SECONDS_PER_RUN:.0f}/s; PostgreSQL CPU '
                    f'{($after - $before) * 1000 / $(getconf CLK_TCK) / $stamps:.2f} ms per onboarding')"
done

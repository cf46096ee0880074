#!/usr/bin/env bash
# What the engine's removal-time stamps cost PostgreSQL. With the cleanup strategy Camunda defaults
# to (removal-time based, removal time at the process's end), ending an onboarding updates every
# history table by its root process instance (17 statements) to write when the history may go.
# This makes CLIENTS NOT_REQUIRED onboardings on a fresh database, stops the service, then replays
# those updates with pgbench on their histories, at the benchmark's concurrency, and prints the
# machine's CPU per onboarding stamped (pgbench's own CPU left out). Compare it with PostgreSQL's
# CPU per creation in bench/run.sh's table.
#   bench/removal-time.sh                    # 2,500 onboardings, three runs of 20 s
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
  FROM act_hi_procinst WHERE end_time_ IS NOT NULL AND id_ = root_proc_inst_id_"
ROOTS=$("${PSQL[@]}" -d "$DB" -At -c "SELECT count(*) FROM stamp_roots")
# The tables the engine stamps: those with both a root process instance and a removal time.
TABLES=$("${PSQL[@]}" -d "$DB" -At -c "SELECT r.table_name FROM information_schema.columns r
  JOIN information_schema.columns t ON t.table_name = r.table_name AND t.table_schema = r.table_schema
   AND t.column_name = 'removal_time_'
  WHERE r.column_name = 'root_proc_inst_id_' AND r.table_schema = 'public' ORDER BY 1")
echo "$ROOTS onboardings ended; rows stamped per onboarding, by table:"
for table in $TABLES; do
  rows=$("${PSQL[@]}" -d "$DB" -At -c "SELECT round(count(*)::numeric / $ROOTS, 1) FROM $table
    WHERE root_proc_inst_id_ IN (SELECT root FROM stamp_roots)")
  [ "$rows" = 0.0 ] || echo "  $table: $rows"
done
{
  echo "\\set i random(1, $ROOTS)"
  echo 'SELECT root FROM stamp_roots WHERE i = :i \gset'
  echo 'BEGIN;'
  for table in $TABLES; do
    echo "UPDATE $table SET removal_time_ = now() + interval '180 days' WHERE root_proc_inst_id_ = :root;"
  done
  echo 'COMMIT;'
} > "$WORK/removal-time.pgb"

# The machine's busy CPU (pgbench's connections end with it, so their processes cannot be read
# after the run), less pgbench's own.
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
for run in 1 2 3; do
  "${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
  before=$(busy_ticks)
  # `times` prints the subshell's CPU, then its children's: pgbench's.
  out=$(pgbench -h 127.0.0.1 -U postgres -n -M extended -c "$CONCURRENCY" -j 2 -T 20 \
    -f "$WORK/removal-time.pgb" "$DB" 2>&1; times)
  after=$(busy_ticks)
  python3 - "$before" "$after" "$(getconf CLK_TCK)" <<PY
import re, sys
before, after, ticks = (int(x) for x in sys.argv[1:])
out = """$out"""
stamps = int(re.search(r'actually processed: (\d+)', out).group(1))
own = sum(int(m) * 60 + float(s) for m, s in re.findall(r'(\d+)m([0-9.]+)s', out.strip().splitlines()[-1]))
print(f"run $run: {stamps} onboardings stamped, {stamps / 20:.0f}/s; "
      f"CPU {((after - before) / ticks - own) * 1000 / stamps:.2f} ms per onboarding")
PY
done

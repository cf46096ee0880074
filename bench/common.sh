# Shared by bench/run.sh and bench/removal-time.sh (sourced from the repository's root): the tools
# they need, the packaged jar, the request bodies, and the service started on a database.
WORK=target/bench
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
PORT=${PORT:-18080}
export BENCH_KEY=bench-operator-key
mkdir -p "$WORK"
# The service's JVM options: BENCH_JAVA_OPTS, else the default of docker-compose.yml's JAVA_TOOL_OPTIONS
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-$(sed -n 's/^ *JAVA_TOOL_OPTIONS: \${JAVA_TOOL_OPTIONS:-\(.*\)}$/\1/p' docker-compose.yml)}
[ -n "$BENCH_JAVA_OPTS" ] || { echo "No JAVA_TOOL_OPTIONS default found in docker-compose.yml; set BENCH_JAVA_OPTS"; exit 1; }
# BENCH_JAVA_EXTRA: options added to those (a flight recording)
BENCH_JAVA_OPTS="$BENCH_JAVA_OPTS ${BENCH_JAVA_EXTRA:-}"
for tool in curl python3 wrk pgbench; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: apt-get install curl python3 wrk postgresql-contrib"; exit 1; }
done
# JAR=/path/to/another.jar measures another build (an older commit's) with this harness
if [ -z "${JAR:-}" ]; then
  ls target/onboarding-orchestrator-*.jar >/dev/null 2>&1 || ./mvnw -q -B package -DskipTests
  JAR=$(ls target/onboarding-orchestrator-*.jar | head -n 1)
fi

# Starts the service on database $1 at $PORT, its output in $2, further JVM options after those, and
# waits until it is ready; SERVICE is its process. Service variables set before the call pass
# through (VAR=value start_service ...).
start_service() {
  local db=$1 log=$2
  shift 2
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres DB_PASSWORD= SERVER_PORT=$PORT \
  ONBOARDING_API_KEYS="bench:operator:$BENCH_KEY" ONBOARDING_ADMIN_PASSWORD=bench-admin-password \
  ONBOARDING_WEBHOOKS_ENCRYPTION_KEY=bench-encryption-key-0123456789 ONBOARDING_WEBHOOKS_ALLOW_PRIVATE_NETWORK=true \
    java $BENCH_JAVA_OPTS "$@" -jar "$JAR" > "$log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do
    curl -fs "localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && return
    kill -0 "$SERVICE" 2>/dev/null || { echo "The service did not start:"; tail -n 30 "$log"; exit 1; }
    sleep 1
  done
  echo "The service was not ready in 120 s:"; tail -n 30 "$log"; exit 1
}

# The seed's individual as a creation body per KYC level: $WORK/create-NOT_REQUIRED.json, ...
write_bodies() {
  python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
seed = json.load(open('src/main/resources/openapi/examples/individual-direct.json'))
for level in ('NOT_REQUIRED', 'FULL_KYC'):
    body = json.loads(json.dumps(seed))
    body['workflow']['kycLevel'] = level
    json.dump(body, open(f'{work}/create-{level}.json', 'w'))
PY
}

# PostgreSQL's CPU time in clock ticks: its live processes', and what its postmaster counted of the
# connections that ended (a psql session's, pgbench's), so that work of short connections counts.
postgres_ticks() {
  local postmaster
  postmaster=$(pgrep -o -u postgres -x postgres)
  { for pid in $(pgrep -u postgres); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done
    awk '{print $16 + $17}' "/proc/$postmaster/stat"; } | awk '{s += $1} END {print s + 0}'
}

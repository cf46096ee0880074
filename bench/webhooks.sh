#!/usr/bin/env bash
# Webhook delivery benchmark on PostgreSQL (127.0.0.1:5432, user postgres, as for the tests).
# Builds the service if needed, runs it on a fresh database and prints a table.
#   bench/webhooks.sh                      # 5000 backlog deliveries, 500 live clients, concurrency 8
#   BACKLOG=20000 CLIENTS=1000 CONCURRENCY=16 bench/webhooks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ls target/onboarding-orchestrator-*.jar >/dev/null 2>&1 || ./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dbacklog="${BACKLOG:-5000}" -Dclients="${CLIENTS:-500}" -Dconcurrency="${CONCURRENCY:-8}" \
  io.onboarding.orchestrator.bench.WebhookBenchmark

#!/usr/bin/env bash
# The CPU time of one evaluation of each decision table in processes/ (DecisionBenchmark): the DMN
# engine alone, one thread, no database. FEEL_ENGINE_VERSION compares FEEL engines, e.g. 1.19.3
# (Camunda 7.24.0's own) against the pom's.
#   bench/decisions.sh
#   FEEL_ENGINE_VERSION=1.19.3 EVALUATIONS=10000 bench/decisions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=()
[ -n "${FEEL_ENGINE_VERSION:-}" ] && VERSION=(-Dfeel-engine.version="$FEEL_ENGINE_VERSION")
./mvnw -q -B ${VERSION[@]+"${VERSION[@]}"} test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/decisions.classpath -Dmdep.includeScope=test
grep -o 'feel-engine-[0-9.]*' target/decisions.classpath | head -n 1
java -cp "target/test-classes:target/classes:$(cat target/decisions.classpath)" \
  -Devaluations="${EVALUATIONS:-3000}" io.onboarding.orchestrator.bench.DecisionBenchmark

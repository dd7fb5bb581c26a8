#!/usr/bin/env bash
# Measures the running platform (./knowbridge up, CORDIS demo data loaded) and prints the figures:
# projection load time, GET latency under concurrent load, freshness from CollaborationRecorded to
# RecommendationsUpdated. It records real (benchmark) collaborations through partner-graph's API.
#
#   services/recommendations/bench/benchmark.sh
#
# Environment: BENCH_FIRMS (300), BENCH_THREADS (8), BENCH_REQUESTS (20000), BENCH_EVENTS (30), and the
# services' URLs (FIRM_PROFILES_URL, PARTNER_GRAPH_URL, RECOMMENDATIONS_URL, KAFKA_BOOTSTRAP_SERVERS).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=deploy/local/lib/java.sh
source "$REPO_ROOT/deploy/local/lib/common.sh"
source "$REPO_ROOT/deploy/local/lib/java.sh"
JAVA_HOME=$(knowbridge_find_jdk 21)
export JAVA_HOME

cd "$REPO_ROOT"
classpath_file=services/recommendations/target/bench.classpath
./mvnw -B -q -pl services/recommendations -am install -DskipTests
./mvnw -B -q -pl services/recommendations dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec "$JAVA_HOME/bin/java" -cp "services/recommendations/target/test-classes:services/recommendations/target/classes:$(cat "$classpath_file")" \
  org.knowbridge.recommendations.bench.RecommendationsBenchmark

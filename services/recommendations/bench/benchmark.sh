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

# shellcheck source=deploy/local/lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../../deploy/local/lib/bench.sh"
knowbridge_bench services/recommendations org.knowbridge.recommendations.bench.RecommendationsBenchmark

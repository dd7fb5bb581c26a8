#!/usr/bin/env bash
# GET recommendations throughput of one replica against two (see docs/scaling.md): the same firms and request
# mix as benchmark.sh's latency run, sent to the first replica only, then to both in turn, for a few rounds.
# Needs two running recommendations replicas of the same platform, e.g. the one of ./knowbridge up and a second
# started beside it: KNOWBRIDGE_HTTP_PORT=8093 java -Xmx1536m -jar services/recommendations/target/quarkus-app/quarkus-run.jar
#
#   services/recommendations/bench/replicas.sh
#
# Environment: RECOMMENDATIONS_REPLICAS (http://127.0.0.1:8083,http://127.0.0.1:8093), BENCH_FIRMS (300),
# BENCH_THREADS (8), BENCH_REQUESTS (20000), BENCH_ROUNDS (2), FIRM_PROFILES_URL.
set -euo pipefail

# shellcheck source=deploy/local/lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../../deploy/local/lib/bench.sh"
knowbridge_bench services/recommendations org.knowbridge.recommendations.bench.ReplicaThroughputBenchmark

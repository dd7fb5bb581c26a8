#!/usr/bin/env bash
# What a first (uncached) ranking costs the engine, as the service asks for one (with reasons, 20 suggestions):
# firms with collaborations and cold-start firms given only a profile, each ranked once, on 1 and 2 threads
# (see FirstRequestBenchmark). Prints one CSV line per kind of firm and thread count: per-request p50 and p99
# in ms, requests per second, and MB allocated per request.
#
#   libs/recommendation-engine/bench/first-request.sh [DATA_DIR] [SCALE]
#
# DATA_DIR defaults to data/cordis-he; SCALE (1) ranks on copies of it made that many times larger, as
# projection-memory.sh does (4: the 4x graph, about 8 GB of heap while learning). Environment: BENCH_HEAP
# (-Xmx, 4g), BENCH_FIRMS (firms of each kind per run, 400).
set -euo pipefail

# shellcheck source=deploy/local/lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../../deploy/local/lib/bench.sh"
knowbridge_bench libs/recommendation-engine org.knowbridge.recommendations.engine.bench.FirstRequestBenchmark \
  "-Xmx${BENCH_HEAP:-4g}" -XX:+UseG1GC "-Dbench.firms=${BENCH_FIRMS:-400}" \
  -- "${1:-data/cordis-he}" "${2:-1}"

#!/usr/bin/env bash
# Memory and build time of the recommender's in-memory projection by graph size: the real dataset, then
# copies of it made k times larger (see ProjectionMemoryBenchmark). Prints one CSV line per size.
#
#   libs/recommendation-engine/bench/projection-memory.sh [DATA_DIR] [SCALES]
#
# DATA_DIR defaults to data/cordis-he; SCALES (comma-separated copy counts) to 1,2,4,8: about two minutes on
# 2 quiet cores, 103,192 collaborations at the largest. docs/scaling.md also used 16,32 (the 32 copies need
# 4.4 GB of heap while a change is applied) and, alone, BENCH_HEAP=14g with 78 copies (about a million
# collaborations, 10.6 GB). Environment: BENCH_HEAP (-Xmx, 8g), BENCH_LEARN_UP_TO (the largest scale whose
# ranker learning is timed, 4), BENCH_RANKED_FIRMS (SMEs ranked per size for the latency columns, 40).
set -euo pipefail

# shellcheck source=deploy/local/lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../../deploy/local/lib/bench.sh"
knowbridge_bench libs/recommendation-engine org.knowbridge.recommendations.engine.bench.ProjectionMemoryBenchmark \
  "-Xmx${BENCH_HEAP:-8g}" -XX:+UseG1GC "-Dbench.learn-up-to=${BENCH_LEARN_UP_TO:-4}" \
  "-Dbench.ranked-firms=${BENCH_RANKED_FIRMS:-40}" -- "${1:-data/cordis-he}" "${2:-1,2,4,8}"

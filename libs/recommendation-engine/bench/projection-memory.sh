#!/usr/bin/env bash
# Memory and build time of the recommender's in-memory projection by graph size: the real dataset, then
# copies of it made k times larger (see ProjectionMemoryBenchmark). Prints one CSV line per size.
#
#   libs/recommendation-engine/bench/projection-memory.sh [DATA_DIR] [SCALES]
#
# DATA_DIR defaults to data/cordis-he; SCALES (comma-separated copy counts) to 1,4,16: 1x, 4x and 16x the
# real graph, the sizes at which a change's cost and a ranking's latency are compared. docs/scaling.md also
# used 2,8,32 (the 32 copies need 4.4 GB of heap while a change is applied) and, alone, BENCH_HEAP=14g with
# 78 copies (about a million collaborations, 10.6 GB). Environment: BENCH_HEAP (-Xmx, 8g), BENCH_LEARN_UP_TO
# (the largest scale whose ranker learning is timed, 4), BENCH_RANKED_FIRMS (SMEs ranked per size for the
# latency columns, 40), BENCH_CHANGES (changes applied per size, whose median cost is printed, 5).
set -euo pipefail

# shellcheck source=deploy/local/lib/bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../../deploy/local/lib/bench.sh"
knowbridge_bench libs/recommendation-engine org.knowbridge.recommendations.engine.bench.ProjectionMemoryBenchmark \
  "-Xmx${BENCH_HEAP:-8g}" -XX:+UseG1GC "-Dbench.learn-up-to=${BENCH_LEARN_UP_TO:-4}" \
  "-Dbench.ranked-firms=${BENCH_RANKED_FIRMS:-40}" "-Dbench.changes=${BENCH_CHANGES:-5}" \
  -- "${1:-data/cordis-he}" "${2:-1,4,16}"

#!/usr/bin/env bash
# Partner search benchmark against a running partner-graph (./knowbridge up): a fixed set of searches over the
# demo data, each run ROUNDS times after one warm-up, then the latency per search and over all (p50, p95, max).
# A benchmark prints figures; it asserts nothing. Usage: services/partner-graph/bench/search.sh [BASE_URL] (default http://127.0.0.1:8082)
set -euo pipefail
cd "$(dirname "$0")/../../.."
BASE=${1:-http://127.0.0.1:8082}
ROUNDS=${ROUNDS:-30}
USER_NAME=${BENCH_USER:-demo-agency}
TOKEN=${TOKEN:-$(./knowbridge token "$USER_NAME")}

SEARCHES=(
  'q=robotics'
  'q=robotics&type=COMPANY&sme=true'
  'q=solar%20energy&country=ES'
  'q=machine%20learning&limit=50'
  'q=hydrogen&type=RESEARCH_ORGANISATION&activeSince=2023'
  'q=knowledge'
  'q=battery%20recycling%20materials'
  'q=university&country=DE'
  'type=COMPANY&sme=true&country=FI'
  'type=UNIVERSITY'
  'area=natural-sciences.computer-and-information-sciences.artificial-intelligence'
  'q=cancer&area=medical-and-health-sciences'
)

all=$(mktemp)
trap 'rm -f "$all"' EXIT
printf '%-75s %8s %8s %8s %8s\n' search total p50_ms p95_ms max_ms
for s in "${SEARCHES[@]}"; do
  url="$BASE/api/v1/organisations?$s"
  total=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$url" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
  times=$(mktemp)
  for _ in $(seq "$ROUNDS"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$url" >>"$times"
  done
  awk '{print $1 * 1000}' "$times" >>"$all"
  sort -n "$times" | awk -v s="$s" -v total="${total:-?}" '
    { t[NR] = $1 * 1000 }
    END { printf "%-75s %8s %8.1f %8.1f %8.1f\n", s, total, t[int((NR + 1) * 0.5)], t[int(NR * 0.95 + 0.999)], t[NR] }'
  rm -f "$times"
done
sort -n "$all" | awk -v r="$ROUNDS" '
  { t[NR] = $1 }
  END { printf "\nall %d requests (%d rounds of each): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", NR, r, t[int((NR + 1) * 0.5)], t[int(NR * 0.95 + 0.999)], t[NR] }'

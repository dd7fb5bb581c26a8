#!/usr/bin/env bash
# Bulk-onboarding benchmark: uploads the CORDIS organisations.csv (its SMEs become firms) to a running
# firm-profiles service as the demo agency, follows the import job to its end and prints the elapsed time.
# Run it twice to also measure a re-import, which must change nothing.
#
#   services/firm-profiles/bench/import-cordis.sh [organisations.csv]
#
# Environment: FIRM_PROFILES_URL (http://127.0.0.1:8081), KEYCLOAK_URL (http://127.0.0.1:8180),
# BENCH_USER (demo-agency), BENCH_PASSWORD (knowbridge-demo).
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
file=${1:-$root/data/cordis-he/organisations.csv}
service=${FIRM_PROFILES_URL:-http://127.0.0.1:8081}
keycloak=${KEYCLOAK_URL:-http://127.0.0.1:8180}

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "import-cordis: needs $tool" >&2; exit 1; }
done
[[ -f $file ]] || { echo "import-cordis: no file $file" >&2; exit 1; }

# One token for the upload and the polls, fetched again after a minute (it is valid for longer): a password grant
# per poll made Keycloak hash the password twice a second, CPU taken from the import being timed.
token_value="" token_at=0
refresh_token() {
  if ((SECONDS - token_at >= 60)) || [[ -z $token_value ]]; then
    token_value=$(curl -fsS "$keycloak/realms/knowbridge/protocol/openid-connect/token" \
      -d grant_type=password -d client_id=knowbridge-web -d scope=openid \
      -d username="${BENCH_USER:-demo-agency}" -d password="${BENCH_PASSWORD:-knowbridge-demo}" | jq -r .access_token)
    token_at=$SECONDS
  fi
}

echo "file:    $file ($(($(wc -l <"$file") - 1)) organisations)"
echo "service: $service"
refresh_token
start=$(date +%s.%N)
location=$(curl -fsS -o /dev/null -D - -X POST "$service/api/v1/firms/imports" \
  -H "Authorization: Bearer $token_value" -H 'Content-Type: text/csv' --data-binary @"$file" \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
[[ -n $location ]] || { echo "import-cordis: the upload was not accepted" >&2; exit 1; }

# Bounded: an import that has not ended after 10 minutes is reported as such.
for poll in $(seq 1 1200); do
  refresh_token
  job=$(curl -fsS "$location" -H "Authorization: Bearer $token_value")
  status=$(jq -r .status <<<"$job")
  [[ $status != RUNNING ]] && break
  # Progress every 5 s.
  ((poll % 10 == 0)) && jq -r '"  running: \(.processed) of \(.totalLines) lines"' <<<"$job"
  sleep 0.5
done
end=$(date +%s.%N)

jq -r '"status:  \(.status)\nlines:   \(.totalLines), processed \(.processed)\ncreated: \(.created)  updated: \(.updated)  unchanged: \(.unchanged)  skipped (not SMEs): \(.skipped)  failed: \(.failed)"' <<<"$job"
jq -r '.errors[:5][] | "  line \(.line) \(.field // ""): \(.message)"' <<<"$job"
awk -v s="$start" -v e="$end" -v n="$(jq -r '.created + .updated + .unchanged' <<<"$job")" \
  'BEGIN { t = e - s; printf "elapsed: %.1f s for %d SMEs (%.0f per second)\n", t, n, (t > 0 ? n / t : 0) }'
[[ $status == SUCCEEDED ]]

#!/usr/bin/env bash
# Uploads a collaboration dataset (default: the repository's data/cordis-he) to a running partner-graph,
# follows the import job until it finishes and prints the elapsed time and the job's figures.
#
#   services/partner-graph/bench/import-cordis.sh [dataset-dir]
#
# Environment: PARTNER_GRAPH_URL (default http://127.0.0.1:8082), KEYCLOAK_URL (default
# http://127.0.0.1:8180), BENCH_USER / BENCH_PASSWORD (default the demo agency account), BENCH_SOURCE
# (key prefix, default cordis: a re-run then measures an idempotent re-import; another prefix, a first one).
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
DATASET=${1:-$REPO_ROOT/data/cordis-he}
SERVICE=${PARTNER_GRAPH_URL:-http://127.0.0.1:8082}
KEYCLOAK=${KEYCLOAK_URL:-http://127.0.0.1:8180}
USER_NAME=${BENCH_USER:-demo-agency}
PASSWORD=${BENCH_PASSWORD:-knowbridge-demo}

for file in organisations.csv projects.csv participations.csv; do
  [[ -f "$DATASET/$file" ]] || { echo "missing $DATASET/$file" >&2; exit 2; }
done

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)'"$1"')'; }

token=$(curl -sf "$KEYCLOAK/realms/knowbridge/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=knowbridge-web -d scope=openid \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" | json_field "['access_token']")

start=$(date +%s.%N)
job=$(curl -sf -H "Authorization: Bearer $token" \
  -F "organisations=@$DATASET/organisations.csv" \
  -F "projects=@$DATASET/projects.csv" \
  -F "participations=@$DATASET/participations.csv" \
  "$SERVICE/api/v1/imports?source=${BENCH_SOURCE:-cordis}" | json_field "['id']")
echo "import $job accepted"

polls=0
while true; do
  status=$(curl -sf -H "Authorization: Bearer $token" "$SERVICE/api/v1/imports/$job")
  state=$(json_field "['state']" <<<"$status")
  [[ "$state" == SUCCEEDED || "$state" == FAILED ]] && break
  # Progress every 5 s: lines processed so far, per file.
  if ((++polls % 10 == 0)); then
    python3 -c 'import json, sys
job = json.loads(sys.argv[1])
print("  %s: %s lines" % (job["state"].lower(), ", ".join("%s %d" % (f["file"], f["processed"]) for f in job["files"])))' "$status"
  fi
  sleep 0.5
done
end=$(date +%s.%N)

python3 - "$status" "$start" "$end" <<'PY'
import json, sys
job = json.loads(sys.argv[1])
elapsed = float(sys.argv[3]) - float(sys.argv[2])
print(f"state {job['state']}" + (f" ({job['detail']})" if job.get('detail') else ""))
print(f"{'file':<20} {'processed':>10} {'created':>9} {'updated':>9} {'unchanged':>10} {'failed':>7}")
for f in job['files']:
    print(f"{f['file']:<20} {f['processed']:>10} {f['created']:>9} {f['updated']:>9} {f['unchanged']:>10} {f['failed']:>7}")
    for e in f['errors'][:5]:
        print(f"    line {e['line']}: {e['message']}")
print(f"elapsed {elapsed:.1f} s (upload to finished job)")
PY

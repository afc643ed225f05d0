#!/usr/bin/env bash
# Latency of the system-of-record reads: starts credit-scoring-server on loopback with
# --database, measures the time from start to GET /ready = 200, then sends REQUESTS sequential
# requests per endpoint on one keep-alive connection each (curl) and prints p50 / p95 / max of
# curl's time_total: GET /v1/clients search (a sorted page after a cursor, and an id prefix)
# and GET /v1/population/distribution for a filtered similar group.
# With WAIT_FOR_SCORING=1 it then waits until the background scorer has scored every client
# (GET /health's "scoring") and prints how long the whole portfolio took from start; the scores
# stay in the database for the model's version, so later servers on it start fully scored.
#   DATABASE=sqlite:/path/records.sqlite BUNDLE=models/x.csbundle bench/records_server_latency.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/release}
database=${DATABASE:?set DATABASE to an imported database URL (credit-scoring import)}
bundle=${BUNDLE:-$build/models/demo.csbundle}
requests=${REQUESTS:-300}
key="bench-advisor-$(date +%s)"
work="$(mktemp -d /tmp/credit-latency-XXXXXX)"
digest="$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
printf '[{"id":"bench","name":"Bench","role":"advisor","key_sha256":"%s"}]' "$digest" > "$work/principals.json"
server_pid=""
cleanup() { [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
start=$(date +%s.%N)
CREDIT_RATE_LIMIT_PER_MINUTE=0 "$build/app/server/credit-scoring-server" --port 0 --bundle "$bundle" \
  --database "$database" --principals "$work/principals.json" --access-log "$work/access.log" \
  > "$work/out.log" 2> "$work/err.log" &
server_pid=$!
until grep -q "listening on" "$work/out.log" 2>/dev/null; do sleep 0.05; done
port="$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\).*/\1/p' "$work/out.log")"
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready")" == 200 ]]; do sleep 0.05; done
end=$(date +%s.%N)
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'ready after %.2f s (%s clients)\n' "$(echo "$end - $start" | bc)" \
  "$(curl -s "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["scoring"]["total"])')"
cursor="$(curl -s -H "X-API-Key: $key" "http://127.0.0.1:$port/v1/clients?limit=50&sort=-credit_amount" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')"
measure() {
  local name=$1 target=$2
  local urls=()
  for ((i = 0; i < requests; i++)); do urls+=(-o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$target"); done
  curl -s -H "X-API-Key: $key" "${urls[@]}" | python3 -c "
import sys
rows=[l.split() for l in sys.stdin]
bad=[c for c, _ in rows if c != '200']
if bad: sys.exit('$name: %d answers were not 200 (%s)' % (len(bad), bad[0]))
t=sorted(float(x)*1000 for _, x in rows)
print('%-34s n=%d p50 %.2f ms  p95 %.2f ms  max %.2f ms' % ('$name', len(t), t[len(t)//2], t[int(len(t)*0.95)], t[-1]))"
}
measure "GET /v1/clients (sorted, after)" "/v1/clients?limit=50&sort=-credit_amount&after=$cursor"
measure "GET /v1/clients (id_prefix)" "/v1/clients?limit=50&id_prefix=1002"
measure "GET distribution (filtered group)" "/v1/population/distribution?variable=AMT_CREDIT&gender=F&age_band=30-40&income_band=100000-200000"
if [[ ${WAIT_FOR_SCORING:-0} == 1 ]]; then
  scoring() { curl -s "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; s=json.load(sys.stdin)["scoring"]; print(s["scored"], s["total"])'; }
  while read -r scored total < <(scoring) && [[ $scored -lt $total ]]; do sleep 1; done
  printf 'every client scored (%s) %.0f s after start; load %s\n' "$total" \
    "$(echo "$(date +%s.%N) - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
fi

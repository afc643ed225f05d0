# Sourced by bench/server_load.sh and bench/server_soak.sh: starts credit-scoring-server on
# loopback (rate limit off, access log to a temporary file as in production) and fetches the
# client bodies to post from the server itself.
#
# Reads: build, bundle, portfolio, workers (and DATABASE, CLIENTS, CLIENT_ID from the
# environment). Sets: server_pid, port, key, work (a temporary folder removed at exit),
# body_files, here. Prints the clients, the model, the machine and the server's data source.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server="$build/app/server/credit-scoring-server"

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$(basename "$0"): $tool is required (scripts/setup.sh installs it)" >&2; exit 1; }
done
[[ -x $server ]] || { echo "$(basename "$0"): no server binary at $server (build the credit-scoring-server target)" >&2; exit 1; }
[[ -f $bundle ]] || { echo "$(basename "$0"): no model bundle at $bundle (set BUNDLE)" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

key="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
source_args=(--portfolio "$portfolio")
[[ -n ${DATABASE:-} ]] && source_args=(--database "$DATABASE")
CREDIT_API_KEYS=$key "$server" --port 0 --bundle "$bundle" "${source_args[@]}" \
  --rate-limit-per-minute 0 --worker-threads "$workers" --access-log "$work/access.log" \
  >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 1200); do
  grep -q "listening on" "$work/server.out" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.1
done
port=$(sed -n 's/.*listening on [^ ]*:\([0-9]*\) .*/\1/p' "$work/server.out")
[[ -n $port ]] || { echo "$(basename "$0"): the server did not report its port" >&2; cat "$work/server.err" >&2; exit 1; }

# CLIENTS=N: the first N applicants of the portfolio, posted in turn; otherwise one client
# (CLIENT_ID, default the first applicant).
if [[ -n ${CLIENTS:-} ]]; then
  client_ids=$(awk -F, -v n="$CLIENTS" 'NR > 1 && NR <= n + 1 { print $1 }' "$portfolio/application_train.csv")
else
  client_ids=${CLIENT_ID:-$(awk -F, 'NR == 2 { print $1; exit }' "$portfolio/application_train.csv")}
fi
body_files=()
for client_id in $client_ids; do
  curl -sf -H "X-API-Key: $key" "http://127.0.0.1:$port/v1/clients/$client_id" |
    python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin)["application"]))' >"$work/body-$client_id.json"
  body_files+=("$work/body-$client_id.json")
done
echo "clients: ${#body_files[@]} ($(cat "${body_files[@]}" | wc -c) bytes of JSON in all, $(( $(cat "${body_files[@]}" | wc -c) / ${#body_files[@]} )) on average); model $(sed -n 's/.*with model //p' "$work/server.out")"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: ${source_args[*]}"
if [[ -n ${DATABASE:-} ]]; then
  echo "background scoring at the start of the run: $(curl -s "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; s=json.load(sys.stdin)["scoring"]; print("%s of %s clients scored" % (s["scored"], s["total"]))')"
fi
# Warm-up: the first request of a record layout binds the feature blocks to it.
curl -sf -H "X-API-Key: $key" -H 'Content-Type: application/json' --data-binary "@${body_files[0]}" \
  "http://127.0.0.1:$port/v1/score" >/dev/null


# The hypervisor's share of the CPU time since /proc/stat's first line was `$1` (steal): runs
# where another tenant took a visible share are not figures of this program, and say so.
report_cpu_since() {
  awk -v before="$1" -v after="$(head -1 /proc/stat)" 'BEGIN {
    split(before, a); split(after, b); total = 0
    for (i = 2; i <= 9; i++) total += b[i] - a[i]
    if (total > 0) printf "cpu during the run: %.1f %% idle, %.1f %% stolen by the hypervisor\n", 100 * (b[5] - a[5]) / total, 100 * (b[9] - a[9]) / total
  }'
}

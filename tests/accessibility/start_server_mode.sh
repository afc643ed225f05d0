# Sourced by run_atspi_check.sh when CREDIT_SCORING_SERVER names the server binary: points the
# app at the bank's server instead of a folder, as IT would. Expects $work/data and
# $work/model.csbundle (make_small_portfolio.sh) and CREDIT_SCORING (the CLI). It imports the
# portfolio into a SQLite database with the real CLI, writes a principals file with a
# supervisor, starts the real server on a free loopback port (read back from its "listening on"
# line), and writes the app's settings (data/source = server, the server's URL and the
# supervisor's key). Sets server_pid (stopped by run_atspi_check.sh's exit trap), and adds
# --server URL --key KEY to the walker's arguments. Exits 1 with the tool's output on failure.

[ -x "$CREDIT_SCORING_SERVER" ] ||
  { echo "FAIL: $CREDIT_SCORING_SERVER is not an executable" >&2; exit 1; }
server_key="supervisor-key-atspi-41d7"
database="sqlite:$work/records.sqlite"
"$CREDIT_SCORING" import --data "$work/data" --database "$database" >"$work/import.log" 2>&1 ||
  { echo "FAIL: credit-scoring import failed:" >&2; cat "$work/import.log" >&2; exit 1; }

# The server knows keys by their SHA-256 only, as operators store them.
key_sha256="$(printf '%s' "$server_key" | sha256sum | cut -d' ' -f1)"
cat >"$work/principals.json" <<EOF
[{"id": "s.bernard", "name": "Sophie Bernard", "role": "supervisor", "key_sha256": "$key_sha256"}]
EOF

# No CREDIT_* setting of the caller's shell may reach the server: the test decides.
env $(env | sed -n 's/^\(CREDIT_[A-Z_]*\)=.*/-u \1/p') CREDIT_API_KEYS="service-key-atspi-9c02" \
  "$CREDIT_SCORING_SERVER" --bundle "$work/model.csbundle" --port 0 --bind-address 127.0.0.1 \
  --database "$database" --principals "$work/principals.json" >"$work/server.log" 2>&1 &
server_pid=$!
server_port=""
for _ in $(seq 1 300); do
  server_port="$(sed -n 's/.*listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$work/server.log" 2>/dev/null | head -n 1)"
  [ -n "$server_port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$server_port" ] ||
  { echo "FAIL: the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
server_url="http://127.0.0.1:$server_port"

# QSettings of organisation "Pret a depenser", application "credit-advisor", on Linux.
mkdir -p "$XDG_CONFIG_HOME/Pret a depenser"
cat >"$XDG_CONFIG_HOME/Pret a depenser/credit-advisor.conf" <<EOF
[data]
source=server

[service]
apiUrl=$server_url
apiKey=$server_key
EOF
walker_args="$walker_args --server $server_url --key $server_key"

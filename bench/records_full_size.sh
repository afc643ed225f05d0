#!/usr/bin/env bash
# Issue 19's server figures on one portfolio, in one throw-away PostgreSQL: `credit-scoring
# import`, then records_server_latency.sh (start to /ready, client search, filtered distribution)
# on that database (waiting until every client is scored), then POST /v1/score throughput with server_load.sh twice with the same bundle,
# the same client bodies and the same wrk settings: the server without a database
# (--portfolio DATA_DIR) and with it (--database). Figures go to docs/performance.md.
#   bench/records_full_size.sh DATA_DIR BUNDLE [BUILD_DIR]
# Settings (environment): CLIENTS (20 client bodies posted in turn), DURATION (20s),
# CONNECTIONS (16), THREADS (2) for wrk; ROUNDS (2) alternated pairs of throughput runs.
set -euo pipefail
data="${1:?usage: records_full_size.sh DATA_DIR BUNDLE [BUILD_DIR]}"
bundle="${2:?usage: records_full_size.sh DATA_DIR BUNDLE [BUILD_DIR]}"
here="$(cd "$(dirname "$0")" && pwd)"
build="${3:-$here/../build/release}"
source "$here/throwaway_postgres.sh"
pg -c "CREATE DATABASE bench" postgres
url="postgresql://postgres@127.0.0.1:$port/bench"

echo "== import ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s.%N)
"$build/app/cli/credit-scoring" import --data "$data" --database "$url" 2>/dev/null |
  grep -E "Imported|Rejected rows|Time:"
printf 'postgresql: import %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"

echo "== records_server_latency.sh, then the whole portfolio scored"
# Every client scored before the throughput runs, so that they compare /v1/score itself, not
# /v1/score beside the background scorer (the scores are kept per model version).
WAIT_FOR_SCORING=1 DATABASE="$url" BUNDLE="$bundle" "$here/records_server_latency.sh" "$build"

# The machine is shared: the two servers are measured alternately, ROUNDS times each, so both
# see the same spread of load.
export CLIENTS="${CLIENTS:-20}" DURATION="${DURATION:-20s}" BUNDLE="$bundle" PORTFOLIO="$data"
for ((round = 1; round <= ${ROUNDS:-2}; round++)); do
  echo "== round $round: server_load.sh without a database (--portfolio)"
  "$here/server_load.sh" "$build"
  echo "== round $round: server_load.sh with --database"
  DATABASE="$url" "$here/server_load.sh" "$build"
done

#!/usr/bin/env bash
# Load test of the scoring API with wrk: starts credit-scoring-server on loopback with a model
# bundle and a portfolio, fetches one real client's record from the server itself
# (GET /v1/clients/{id}), then POSTs it to /v1/score (full explanation) for DURATION with
# CONNECTIONS connections on THREADS wrk threads, and prints wrk's latency distribution.
#
#   bench/server_load.sh [BUILD_DIR]
#   BUNDLE=...csbundle PORTFOLIO=<Home Credit folder> bench/server_load.sh build
#
# Settings (environment): BUNDLE (default BUILD_DIR/models/demo.csbundle), PORTFOLIO (a folder
# with application_train.csv; required, the client body is taken from it), CLIENT_ID (default:
# the first applicant), CLIENTS (post the first N applicants in turn instead), CONNECTIONS (16),
# THREADS (2), DURATION (10s), WORKERS (server worker threads, 0 = one per core), DATABASE (an
# imported database URL: the server runs with --database instead of --portfolio, to compare
# /v1/score with and without the system of record; PORTFOLIO still names the client ids). The
# rate limit is switched off for the run; the access log is written to a temporary file as in
# production.
set -euo pipefail

build=${1:-build}
bundle=${BUNDLE:-$build/models/demo.csbundle}
portfolio=${PORTFOLIO:?set PORTFOLIO to a Home Credit folder (application_train.csv) the client body is taken from}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
duration=${DURATION:-10s}
workers=${WORKERS:-0}
source "$(dirname "$0")/scoring_server.sh"
echo "command: wrk -t$threads -c$connections -d$duration --latency -s bench/server_load.lua http://127.0.0.1:$port"

steal_before=$(head -1 /proc/stat)
BODY_FILES="${body_files[*]}" API_KEY=$key \
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/server_load.lua" "http://127.0.0.1:$port" |
  tee "$work/wrk.txt"
report_cpu_since "$steal_before"
if grep -q "Non-2xx" "$work/wrk.txt"; then
  echo "server_load.sh: some answers were not 200 (see above)" >&2
  exit 1
fi

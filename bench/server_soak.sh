#!/usr/bin/env bash
# Soak run of the scoring API (docs/reliability.md, "Soak"): starts credit-scoring-server on
# loopback like bench/server_load.sh, measures its peak POST /v1/score throughput with wrk, then
# holds SHARE % of that peak for MINUTES one-minute wrk segments and prints, per minute, the
# achieved rate, p50 and p99 latency, non-200 answers and the server's resident memory; at the end
# the RSS growth and the p99 drift from the first minute to the last. Not a test: a measurement.
#
#   PORTFOLIO=<Home Credit folder> bench/server_soak.sh [BUILD_DIR]
#
# Settings (environment): as server_load.sh (BUNDLE, PORTFOLIO, CLIENTS, CONNECTIONS, THREADS,
# WORKERS, DATABASE), plus MINUTES (10) and SHARE (70). The load is paced by a delay per
# connection after each answer (wrk's delay()), calibrated once; the achieved rate of every
# minute is printed, so the share actually held is visible.
set -euo pipefail

build=${1:-build}
bundle=${BUNDLE:-$build/models/demo.csbundle}
portfolio=${PORTFOLIO:?set PORTFOLIO to a Home Credit folder (application_train.csv) the client body is taken from}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
workers=${WORKERS:-0}
minutes=${MINUTES:-10}
share=${SHARE:-70}
CLIENTS=${CLIENTS:-20}
source "$(dirname "$0")/scoring_server.sh"

# run_wrk SECONDS DELAY_MS: one wrk segment; prints "requests/s p50_ms p99_ms non_2xx".
run_wrk() {
  BODY_FILES="${body_files[*]}" API_KEY=$key DELAY_MS=$2 \
    wrk -t"$threads" -c"$connections" -d"$1s" --latency -s "$here/server_load.lua" \
    "http://127.0.0.1:$port" >"$work/segment.txt"
  awk '
    function ms(value) {
      if (value ~ /us$/) return value / 1000
      if (value ~ /ms$/) return value + 0
      if (value ~ /s$/) return value * 1000
      return value
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Requests\/sec/ { rate = $2 }
    /Non-2xx/ { failed = $NF }
    END { printf "%.1f %.2f %.2f %d\n", rate, p50, p99, failed }' "$work/segment.txt"
}
resident_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$server_pid/status"; }

read -r peak _ peak_p99 _ < <(run_wrk 15 0)
target=$(awk -v p="$peak" -v s="$share" 'BEGIN { printf "%.0f", p * s / 100 }')
# A connection sends one request per (latency + delay): start from the delay alone, then take
# off the time per request the calibration run adds.
first_delay=$(awk -v c="$connections" -v t="$target" 'BEGIN { printf "%.0f", c * 1000 / t }')
read -r calibrated _ _ _ < <(run_wrk 15 "$first_delay")
delay_ms=$(awk -v c="$connections" -v t="$target" -v d="$first_delay" -v r="$calibrated" \
  'BEGIN { x = d - (c * 1000 / r - d); printf "%.0f", (x < 1 ? 1 : x) }')
echo "peak: $peak requests/s (p99 $peak_p99 ms); target $share %: $target requests/s; delay per connection $delay_ms ms (calibration at $first_delay ms gave $calibrated/s)"
echo "command: wrk -t$threads -c$connections -d60s --latency -s bench/server_load.lua (DELAY_MS=$delay_ms), $minutes times"

steal_before=$(head -1 /proc/stat)
rss_start=$(resident_kb)
echo "server resident memory before the soak: $((rss_start / 1024)) MB"
printf "%-7s %12s %9s %9s %8s %9s\n" minute requests/s p50_ms p99_ms non_200 rss_MB
failed_total=0
first_p99=
for minute in $(seq 1 "$minutes"); do
  read -r rate p50 p99 failed < <(run_wrk 60 "$delay_ms")
  rss=$(resident_kb)
  [[ -z $first_p99 ]] && first_p99=$p99
  failed_total=$((failed_total + failed))
  printf "%-7s %12s %9s %9s %8s %9s\n" "$minute" "$rate" "$p50" "$p99" "$failed" "$((rss / 1024))"
done
echo "RSS: $((rss_start / 1024)) MB before, $((rss / 1024)) MB after, growth $(((rss - rss_start) / 1024)) MB; p99 first minute $first_p99 ms, last minute $p99 ms; non-200 answers: $failed_total"
report_cpu_since "$steal_before"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $failed_total -eq 0 ]] || { echo "server_soak.sh: some answers were not 200" >&2; exit 1; }

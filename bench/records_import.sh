#!/usr/bin/env bash
# Times `credit-scoring import` of a Home Credit folder into SQLite and into a throw-away
# PostgreSQL (initdb + pg_ctl in a temporary folder on a free loopback port, as `postgres` when
# run as root), then the size of each database. Figures go to docs/performance.md.
#   bench/records_import.sh DATA_DIR [BUILD_DIR]
set -euo pipefail
data="${1:?usage: records_import.sh DATA_DIR [BUILD_DIR]}"
build="${2:-$(cd "$(dirname "$0")/.." && pwd)/build/release}"
cli="$build/app/cli/credit-scoring"
source "$(dirname "$0")/throwaway_postgres.sh"
pg -c "CREATE DATABASE bench" postgres

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $data ($(du -sh "$data" | cut -f1))"
for url in "sqlite:$work/bench.sqlite" "postgresql://postgres@127.0.0.1:$port/bench"; do
  start=$(date +%s.%N)
  "$cli" import --data "$data" --database "$url" 2>/dev/null | grep -E "Imported|Rejected rows|Time:"
  end=$(date +%s.%N)
  printf '%s: import %.1f s\n' "${url%%:*}" "$(echo "$end - $start" | bc)"
done
echo "sqlite file: $(du -h "$work/bench.sqlite" | cut -f1)"
echo "postgresql database: $(pg -Atc "SELECT pg_size_pretty(pg_database_size('bench'))" postgres)"

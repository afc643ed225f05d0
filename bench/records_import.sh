#!/usr/bin/env bash
# Times `credit-scoring import` of a Home Credit folder into SQLite and into a throw-away
# PostgreSQL (initdb + pg_ctl in a temporary folder on a free loopback port, as `postgres` when
# run as root), then the size of each database. Figures go to docs/performance.md.
#   bench/records_import.sh DATA_DIR [BUILD_DIR]
set -euo pipefail
data="${1:?usage: records_import.sh DATA_DIR [BUILD_DIR]}"
build="${2:-$(cd "$(dirname "$0")/.." && pwd)/build/release}"
cli="$build/app/cli/credit-scoring"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
work="$(mktemp -d /tmp/credit-import-bench-XXXXXX)"
chmod 755 "$work"
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres:postgres "$work"
  as_pg=(runuser -u postgres --)
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -A trust -U postgres --no-sync -E UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1" \
  -l "$work/pg.log" -w start >/dev/null
psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench" postgres

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $data ($(du -sh "$data" | cut -f1))"
for url in "sqlite:$work/bench.sqlite" "postgresql://postgres@127.0.0.1:$port/bench"; do
  start=$(date +%s.%N)
  "$cli" import --data "$data" --database "$url" 2>/dev/null | grep -E "Imported|Rejected rows"
  end=$(date +%s.%N)
  printf '%s: import %.1f s\n' "${url%%:*}" "$(echo "$end - $start" | bc)"
done
echo "sqlite file: $(du -h "$work/bench.sqlite" | cut -f1)"
echo "postgresql database: $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc "SELECT pg_size_pretty(pg_database_size('bench'))" postgres)"

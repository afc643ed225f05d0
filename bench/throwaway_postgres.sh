# Sourced by the bench scripts: starts a throw-away PostgreSQL in a temporary folder on a free
# loopback port (as `postgres` when run as root: PostgreSQL refuses root) and stops and deletes
# it when the script exits. Sets: work (the folder), port, pg (psql as the superuser).
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
work="$(mktemp -d /tmp/credit-bench-pg-XXXXXX)"
chmod 755 "$work"
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres:postgres "$work"
  as_pg=(runuser -u postgres --)
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
stop_throwaway_postgres() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_throwaway_postgres EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -A trust -U postgres --no-sync -E UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1" \
  -l "$work/pg.log" -w start >/dev/null
pg() { psql -X -q -h 127.0.0.1 -p "$port" -U postgres "$@"; }

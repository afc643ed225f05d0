#!/usr/bin/env bash
# The two ways to store a client's history, measured on one throw-away PostgreSQL:
#  rows:      the six history tables as rows (COPY of the CSV files, the fastest bulk path
#             PostgreSQL has; columns left as text, so typing would only add to it), indexed by
#             SK_ID_CURR; reading a client = one query per table (bureau_balance through bureau).
#  documents: what `credit-scoring import` writes (one compressed JSON document per client);
#             reading a client = one primary-key lookup.
# Reports bulk-load time and the time to read the same 500 clients both ways (one psql session
# each, so connection set-up is not counted).
#   bench/records_storage_choice.sh DATA_DIR [BUILD_DIR]
set -euo pipefail
data="${1:?usage: records_storage_choice.sh DATA_DIR [BUILD_DIR]}"
build="${2:-$(cd "$(dirname "$0")/.." && pwd)/build/release}"
source "$(dirname "$0")/throwaway_postgres.sh"
pg -c "CREATE DATABASE rows_db" postgres
pg -c "CREATE DATABASE docs_db" postgres
now() { date +%s.%N; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); data: $data"

start=$(now)
for table in application_train bureau bureau_balance previous_application POS_CASH_balance \
             installments_payments credit_card_balance; do
  file="$data/$table.csv"
  [[ -f "$file" ]] || continue
  columns="$(head -1 "$file" | tr -d '\r' | sed 's/,/" text, "/g')"
  pg -d rows_db -c "CREATE TABLE $table (\"$columns\" text)"
  pg -d rows_db -c "\\copy $table FROM '$file' WITH (FORMAT csv, HEADER true)"
done
for table in application_train bureau previous_application POS_CASH_balance \
             installments_payments credit_card_balance; do
  pg -d rows_db -c "CREATE INDEX ON $table (\"SK_ID_CURR\")"
done
pg -d rows_db -c 'CREATE INDEX ON bureau_balance ("SK_ID_BUREAU")'
end=$(now)
printf 'rows: COPY of the CSV files + indexes %.1f s, database %s\n' "$(echo "$end - $start" | bc)" \
  "$(pg -Atc "SELECT pg_size_pretty(pg_database_size('rows_db'))" postgres)"

start=$(now)
"$build/app/cli/credit-scoring" import --data "$data" \
  --database "postgresql://postgres@127.0.0.1:$port/docs_db" 2>/dev/null | grep Imported
end=$(now)
printf 'documents: credit-scoring import %.1f s, database %s\n' "$(echo "$end - $start" | bc)" \
  "$(pg -Atc "SELECT pg_size_pretty(pg_database_size('docs_db'))" postgres)"

ids="$(pg -d rows_db -Atc 'SELECT "SK_ID_CURR" FROM application_train ORDER BY random() LIMIT 500')"
{
  for id in $ids; do
    echo "SELECT * FROM application_train WHERE \"SK_ID_CURR\" = '$id';"
    for table in bureau previous_application POS_CASH_balance installments_payments credit_card_balance; do
      echo "SELECT * FROM $table WHERE \"SK_ID_CURR\" = '$id';"
    done
    echo "SELECT bb.* FROM bureau_balance bb JOIN bureau b ON b.\"SK_ID_BUREAU\" = bb.\"SK_ID_BUREAU\" WHERE b.\"SK_ID_CURR\" = '$id';"
  done
} > "$work/rows.sql"
for id in $ids; do echo "SELECT document FROM clients WHERE client_id = $id;"; done > "$work/docs.sql"
for pass in warm measured; do
  start=$(now); pg -d rows_db -f "$work/rows.sql" > /dev/null; end=$(now)
  rows_time="$(echo "($end - $start) * 1000 / 500" | bc -l)"
  start=$(now); pg -d docs_db -f "$work/docs.sql" > /dev/null; end=$(now)
  docs_time="$(echo "($end - $start) * 1000 / 500" | bc -l)"
done
printf 'read one client (mean of 500, warm cache): rows %.2f ms, document %.2f ms\n' "$rows_time" "$docs_time"

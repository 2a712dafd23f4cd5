#!/bin/bash
# The T-SQL script of a run parsed by an outside T-SQL parser (node-sql-parser's transactsql dialect, installed by
# the fixture delivery_node_tools). Usage: tsql_parse.sh CDRGEN_CLI NODE_MODULES CONFIG
# Checks the parser accepts every statement, the counts are those the run must write, and prints "PASS: ".
set -euo pipefail
cli=$1 modules=$2 preset=$3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
config=$work/config.yml
sed 's/"FAILED"/FAILED/; s/FAILED/"L'\''ÉCHEC, net"/g; s/MISSED/MANQUÉ/g' "$preset" >"$config"
grep -q "MANQUÉ" "$config" || { echo "FAIL: the preset has no MISSED status to rename"; exit 1; }
# 4,500 records in batches of 2,000: transactions of two full INSERTs and a last one of 500 rows.
"$cli" -q -c "$config" -n 4500 -s 11 --batch-size 2000 -o "tsql:$work/cdr.sql" --no-email
"$cli" -q -c "$config" -n 4500 -s 11 --batch-size 2000 -o "tsql:$work/cdr.sql.gz" --no-email
grep -q "N'MANQUÉ'" "$work/cdr.sql" && grep -q "N'L''ÉCHEC, net'" "$work/cdr.sql" ||
  { echo "FAIL: no N'...' literal with a doubled quote in the script"; exit 1; }
for file in cdr.sql cdr.sql.gz; do
  result=$(node "$here/parse_tsql.js" "$modules" "$work/$file")
  echo "$file: $result"
  expected='PASS: 6 GO batches, {"set":2,"create table":1,"begin":3,"insert":5,"commit":3,"create index":3}, 4500 rows, 0 world rows, 0 key rows'
  [[ $result == "$expected" ]] || { echo "FAIL: expected $expected"; exit 1; }
done
# With --world-tables (the default config: no defects): the five world tables and as many rows as a csv: run's
# sibling files hold.
"$cli" -q -n 4500 -s 11 --batch-size 2000 --world-tables -o "tsql:$work/world.sql" --no-email
"$cli" -q -n 4500 -s 11 --batch-size 2000 --world-tables -o "csv:$work/world.csv" --no-email
csv_rows=0
for table in subscribers antennas events labels runs; do
  csv_rows=$((csv_rows + $(wc -l <"$work/world_$table.csv") - 1))
done
result=$(node "$here/parse_tsql.js" "$modules" "$work/world.sql")
echo "world.sql: $result"
[[ $result == 'PASS: 8 GO batches, {"set":2,"create table":6,'*'"world insert":'*', 4500 rows, '"$csv_rows world rows, 0 key rows" ]] ||
  { echo "FAIL: expected 6 tables, the CDR rows and $csv_rows world rows"; exit 1; }
# With defects on as well (the preset): the answer key's table and as many key rows, each INSERT guarded on an id
# range after the previous one's, as the csv: run's cdr_defects.csv holds.
for target in "tsql:$work/key.sql" "tsql:$work/key.sql.gz" "csv:$work/key.csv"; do
  "$cli" -q -c "$config" -n 4500 -s 11 --batch-size 2000 --world-tables -o "$target" --no-email
done
key_rows=$(($(wc -l <"$work/key_defects.csv") - 1))
[[ $key_rows -gt 0 ]] || { echo "FAIL: the csv: run wrote no answer key row"; exit 1; }
for file in key.sql key.sql.gz; do
  result=$(node "$here/parse_tsql.js" "$modules" "$work/$file")
  echo "$file: $result"
  [[ $result == 'PASS: '*'"create table":7,'*'"key insert":'*', 4500 rows, '*" world rows, $key_rows key rows" ]] ||
    { echo "FAIL: expected 7 tables and $key_rows key rows"; exit 1; }
done
# The parser is not a rubber stamp: the forms it rejects are rejected here too.
for bad in "IF OBJECT_ID(N'[cdr]', N'U') IS NULL BEGIN CREATE TABLE [cdr] ([id] BIGINT) END;" "COMMIT;" \
           "INSERT INTO [cdr] ([id]) VALUES (1,;"; do
  printf '%s\nGO\n' "$bad" >"$work/bad.sql"
  if node "$here/parse_tsql.js" "$modules" "$work/bad.sql" >/dev/null; then
    echo "FAIL: the parser accepted: $bad"
    exit 1
  fi
done
echo "PASS: every statement of every script parsed"

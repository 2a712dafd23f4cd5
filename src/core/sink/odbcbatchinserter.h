#pragma once

#include "sink/batchtext.h"
#include "sink/sqldialect.h"

#include <cstddef>
#include <memory>
#include <string>

namespace cdr {

// Sends one batch through the native ODBC statement API on a QODBC connection's SQLHDBC, because QSqlQuery's
// execBatch() runs one round trip per row on every Qt 6.4 driver. Three ways, chosen per database by measurement
// (docs/databases.md):
//  - ParameterArrays: one prepared single-row INSERT executed with SQL_ATTR_PARAMSET_SIZE = rows, column-wise
//    bound (Microsoft's SQL Server driver sends the whole array in one round trip);
//  - MultiRow: INSERT ... VALUES (...),(...);
//  - PostgresUnnest: INSERT ... SELECT * FROM unnest($1::bigint[], ...), 23 array parameters
//    (psqlODBC otherwise spends its time parsing and binding each value).
// Every statement carries at most rowsPerStatement() rows; a batch is split into as many statements as needed.
// The first two methods bind timestamps as SQL_TYPE_TIMESTAMP values (not text), except into SQLite, whose
// timestamp column is text. The caller owns the transaction.
class OdbcBatchInserter {
public:
    enum class Method { ParameterArrays, MultiRow, PostgresUnnest };

    // queryTimeoutS: SQL_ATTR_QUERY_TIMEOUT of the insert statement; 0 = none.
    OdbcBatchInserter(void *hdbc, SqlDialect dialect, std::string table, Method method, int queryTimeoutS = 0);
    ~OdbcBatchInserter();

    static std::string methodName(Method method);
    // Rows per statement for a database and method: the one sizing the product and its tests use, far below the
    // limits measured by scripts/bench.d/30-odbc-sweep.sh (docs/databases.md).
    static std::size_t rowsPerStatement(SqlDialect::Kind kind, Method method);
    // Overrides rowsPerStatement() (the statement-size sweep only).
    void setRowsPerStatement(std::size_t rows);

    // Throws SinkError (classified from the SQLSTATE; the secret is scrubbed from messages).
    void insert(const BatchText &rows, const std::string &secret);

    // The statement handle (SQLHSTMT) after the first insert, for tests reading its parameter descriptors.
    void *statementHandle() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr

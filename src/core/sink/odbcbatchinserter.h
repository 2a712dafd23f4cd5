#pragma once

#include "sink/batchtext.h"
#include "sink/sqldialect.h"

#include <memory>
#include <string>

namespace cdr {

// Sends one batch through the native ODBC statement API on a QODBC connection's SQLHDBC, because QSqlQuery's
// execBatch() runs one round trip per row on every Qt 6.4 driver. Three ways, chosen per database by measurement
// (docs/databases.md):
//  - ParameterArrays: one prepared single-row INSERT executed with SQL_ATTR_PARAMSET_SIZE = rows, column-wise
//    bound (Microsoft's SQL Server driver sends the whole array in one round trip);
//  - MultiRow: INSERT ... VALUES (...),(...) chunked to the dialect's parameter and row limits;
//  - PostgresUnnest: INSERT ... SELECT * FROM unnest($1::bigint[], ...), 23 array parameters for the whole batch
//    (psqlODBC otherwise spends its time parsing and binding each value).
// The caller owns the transaction.
class OdbcBatchInserter {
public:
    enum class Method { ParameterArrays, MultiRow, PostgresUnnest };

    OdbcBatchInserter(void *hdbc, SqlDialect dialect, std::string table, Method method);
    ~OdbcBatchInserter();

    static std::string methodName(Method method);
    // Throws SinkError (classified from the SQLSTATE; the secret is scrubbed from messages).
    void insert(const BatchText &rows, const std::string &secret);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr

#pragma once

#include "config/config.h"
#include "config/connectionsettings.h"
#include "sink/recordsink.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace cdr {

// -o odbc: a QODBC connection from the DB_* settings. The database is recognised from SQL_DBMS_NAME (else the
// driver name) and gets its own DDL; batches go through OdbcBatchInserter on the native SQLHDBC, one transaction
// per batch, with the insert method measured fastest for that database (overridable for benchmarks).
// An unqualified table name is qualified with the login's default schema before anything touches it. A new or
// empty table is loaded without its three indexes; they are built by finish(), or by close() when the run is
// cancelled or fails (a hard kill is repaired by the next run's prepare()). Every statement the sink runs itself
// has database.query_timeout_s as SQL_ATTR_QUERY_TIMEOUT.
class OdbcSink : public RecordSink {
public:
    OdbcSink(ConnectionSettings connection, std::string table, const Config &config);
    ~OdbcSink() override;

    // Forces an insert method (0 ParameterArrays, 1 MultiRow, 2 PostgresUnnest) instead of the per-database choice.
    void setInsertMethod(int method);
    // Forces the rows per INSERT statement instead of OdbcBatchInserter::rowsPerStatement() (the size sweep).
    void setRowsPerStatement(std::size_t rows);

    void open() override;
    std::optional<TableShapeCheck> checkExistingTable() override;
    void prepare(IfExists ifExists) override;
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    void finish() override;
    void close() override;
    void closeForReconnect() override;
    bool connectionDead() override;
    std::string describe() const override;
    void runStatement(const std::string &sql) override;
    bool storesDefectKey() const override { return true; }

private:
    void writeDefectKey(std::span<const CdrRecord> records); // inside writeBatch()
    void buildDeferredIndexesBeforeClosing();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr

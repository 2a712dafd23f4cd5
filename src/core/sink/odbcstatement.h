#pragma once

#include "sink/sinkerror.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// One native ODBC statement on the ODBC sink's connection, with SQL_ATTR_QUERY_TIMEOUT set: the sink's DDL and
// small queries go through it because QSqlQuery cannot set a query timeout. Failures throw SinkError.
class OdbcStatement {
public:
    OdbcStatement(void *hdbc, int queryTimeoutS, std::string secret);
    ~OdbcStatement();
    OdbcStatement(const OdbcStatement &) = delete;
    OdbcStatement &operator=(const OdbcStatement &) = delete;

    void execute(const std::string &sql, const std::string &what);
    // execute() for a batch of several statements (SQL Server): reads every result, so that an error of a later
    // statement is reported too.
    void executeBatch(const std::string &sql, const std::string &what);
    // execute() for idempotent DDL that another shard may run at the same moment: a lost race (ddlrace.h) is run
    // again.
    void executeDdl(const std::string &sql, const std::string &what);
    // Runs a query that may fail (probing whether a table exists): false if it failed, else *hasRow says whether
    // it returned a row.
    bool probe(const std::string &sql, bool *hasRow);
    // First column of the first row; nullopt for no row or NULL.
    std::optional<std::string> text(const std::string &sql, const std::string &what);
    // Every row of a query, its first `columns` columns as text (NULL as "").
    std::vector<std::vector<std::string>> rows(const std::string &sql, std::size_t columns, const std::string &what);
    // The SQLHSTMT, for callers that prepare and bind themselves (the batch inserter).
    void *handle() const { return m_stmt; }

private:
    short execDirect(const std::string &sql); // the SQLRETURN of SQLExecDirect on a closed statement
    void run(const std::string &sql, const std::string &what);
    bool fetch(const std::string &what); // false at the end of the rows
    std::optional<std::string> cell(unsigned short column, const std::string &what);
    void *m_hdbc;
    void *m_stmt = nullptr;
    int m_timeoutS;
    std::string m_secret;
};

// The SinkError for a failed ODBC call on `handle` (or, without diagnostics there, on the connection). When the
// SQLSTATE says the query timeout expired (HYT00, or PostgreSQL's 57014 from psqlODBC's statement_timeout), the
// message says so and names the setting.
SinkError odbcFailure(short handleType, void *handle, void *hdbc, const std::string &what, int queryTimeoutS,
                      const std::string &secret);

} // namespace cdr

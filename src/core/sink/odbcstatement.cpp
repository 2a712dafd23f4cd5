#include "sink/odbcstatement.h"

#include "sink/ddlrace.h"
#include "sink/odbcnative.h"
#include "sink/sinkfailure.h"

#include <sql.h>
#include <sqlext.h>

#include <algorithm>

namespace cdr {

namespace {

// HYT00, or PostgreSQL's 57014 when psqlODBC enforces the timeout with statement_timeout.
bool queryTimedOut(const sinkfailure::Diagnosis &diagnosis)
{
    return std::any_of(diagnosis.records.begin(), diagnosis.records.end(),
                       [](const sinkfailure::DiagRecord &record) { return record.state == "HYT00" || record.state == "57014"; });
}

} // namespace

SinkError odbcFailure(short handleType, void *handle, void *hdbc, const std::string &what, int queryTimeoutS,
                      const std::string &secret)
{
    const sinkfailure::Diagnosis diagnosis = odbcnative::diagnose(handleType, handle, hdbc);
    std::string context = what;
    if (queryTimeoutS > 0 && queryTimedOut(diagnosis))
        context += ": the statement ran longer than the query timeout of " + std::to_string(queryTimeoutS) +
                   " s (database.query_timeout_s)";
    return sinkfailure::make(diagnosis, context, secret);
}

OdbcStatement::OdbcStatement(void *hdbc, int queryTimeoutS, std::string secret)
    : m_hdbc(hdbc), m_timeoutS(queryTimeoutS), m_secret(std::move(secret))
{
    SQLHSTMT stmt = SQL_NULL_HSTMT;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, m_hdbc, &stmt)))
        throw odbcFailure(SQL_HANDLE_DBC, m_hdbc, m_hdbc, "allocating an ODBC statement", m_timeoutS, m_secret);
    m_stmt = stmt;
    if (m_timeoutS > 0 &&
        !SQL_SUCCEEDED(SQLSetStmtAttr(m_stmt, SQL_ATTR_QUERY_TIMEOUT,
                                      reinterpret_cast<SQLPOINTER>(SQLULEN(m_timeoutS)), 0)))
        throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, "setting the query timeout", m_timeoutS, m_secret);
}

OdbcStatement::~OdbcStatement()
{
    if (m_stmt)
        SQLFreeHandle(SQL_HANDLE_STMT, m_stmt);
}

short OdbcStatement::execDirect(const std::string &sql)
{
    SQLFreeStmt(m_stmt, SQL_CLOSE);
    return SQLExecDirect(m_stmt, reinterpret_cast<SQLCHAR *>(const_cast<char *>(sql.c_str())), SQLINTEGER(sql.size()));
}

void OdbcStatement::run(const std::string &sql, const std::string &what)
{
    const SQLRETURN rc = execDirect(sql);
    if (!SQL_SUCCEEDED(rc) && rc != SQL_NO_DATA)
        throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, what, m_timeoutS, m_secret);
}

void OdbcStatement::execute(const std::string &sql, const std::string &what)
{
    run(sql, what);
    SQLFreeStmt(m_stmt, SQL_CLOSE);
}

void OdbcStatement::executeBatch(const std::string &sql, const std::string &what)
{
    run(sql, what);
    for (;;) {
        const SQLRETURN rc = SQLMoreResults(m_stmt);
        if (rc == SQL_NO_DATA)
            break;
        if (!SQL_SUCCEEDED(rc))
            throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, what, m_timeoutS, m_secret);
    }
    SQLFreeStmt(m_stmt, SQL_CLOSE);
}

void OdbcStatement::executeDdl(const std::string &sql, const std::string &what)
{
    for (int attempt = 1;; ++attempt) {
        const SQLRETURN rc = execDirect(sql);
        if (SQL_SUCCEEDED(rc) || rc == SQL_NO_DATA)
            break;
        if (attempt >= kDdlRaceAttempts || !lostConcurrentDdlRace(odbcnative::diagnose(SQL_HANDLE_STMT, m_stmt, nullptr)))
            throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, what, m_timeoutS, m_secret);
    }
    SQLFreeStmt(m_stmt, SQL_CLOSE);
}

bool OdbcStatement::probe(const std::string &sql, bool *hasRow)
{
    if (!SQL_SUCCEEDED(execDirect(sql))) {
        // A timeout is not an answer to "does the table exist".
        if (queryTimedOut(odbcnative::diagnose(SQL_HANDLE_STMT, m_stmt, nullptr)))
            throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, "probing the table", m_timeoutS, m_secret);
        SQLFreeStmt(m_stmt, SQL_CLOSE);
        return false;
    }
    *hasRow = SQL_SUCCEEDED(SQLFetch(m_stmt));
    SQLFreeStmt(m_stmt, SQL_CLOSE);
    return true;
}

std::optional<std::string> OdbcStatement::text(const std::string &sql, const std::string &what)
{
    run(sql, what);
    std::optional<std::string> value;
    if (fetch(what))
        value = cell(1, what);
    SQLFreeStmt(m_stmt, SQL_CLOSE);
    return value;
}

std::vector<std::vector<std::string>> OdbcStatement::rows(const std::string &sql, std::size_t columns,
                                                          const std::string &what)
{
    run(sql, what);
    std::vector<std::vector<std::string>> result;
    while (fetch(what)) {
        std::vector<std::string> &row = result.emplace_back();
        for (std::size_t c = 1; c <= columns; ++c)
            row.push_back(cell(SQLUSMALLINT(c), what).value_or(std::string()));
    }
    SQLFreeStmt(m_stmt, SQL_CLOSE);
    return result;
}

bool OdbcStatement::fetch(const std::string &what)
{
    const SQLRETURN fetched = SQLFetch(m_stmt);
    if (fetched == SQL_NO_DATA)
        return false;
    if (!SQL_SUCCEEDED(fetched))
        throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, what, m_timeoutS, m_secret);
    return true;
}

std::optional<std::string> OdbcStatement::cell(unsigned short column, const std::string &what)
{
    char buffer[512] = {};
    SQLLEN length = 0;
    if (!SQL_SUCCEEDED(SQLGetData(m_stmt, column, SQL_C_CHAR, buffer, sizeof buffer, &length)))
        throw odbcFailure(SQL_HANDLE_STMT, m_stmt, m_hdbc, what, m_timeoutS, m_secret);
    if (length == SQL_NULL_DATA)
        return std::nullopt;
    return std::string(buffer);
}

} // namespace cdr

#include "sink/odbcbatchinserter.h"

#include "model/schema.h"
#include "sink/odbcstatement.h"

#include <sql.h>
#include <sqlext.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <vector>

namespace cdr {

namespace {

constexpr SQLLEN kFieldWidth = 40; // widest value: 20-character text columns, doubles in shortest form

// Parameters one multi-row INSERT may bind. The lowest limits met: SQLite builds before 3.32 allow 999 variables,
// SQL Server 2,100 parameters, and libpq 15.18 loses synchronisation above 7,498 (its ParameterDescription
// message then exceeds 30,000 bytes; measured, docs/databases.md). 43 rows of 23 columns = 989 parameters.
constexpr std::size_t kMaxParametersPerStatement = 999;
// Rows per parameter-array execution and per unnest statement: far below the sizes the sweep ran without error,
// and past the point where larger statements stopped being faster (docs/databases.md).
constexpr std::size_t kArrayRowsPerStatement = 1000;
constexpr std::size_t kUnnestRowsPerStatement = 5000;

SQLSMALLINT sqlTypeOf(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Id: return SQL_BIGINT;
    case ColumnKind::Integer: return SQL_INTEGER;
    case ColumnKind::Real: return SQL_DOUBLE;
    default: return SQL_VARCHAR;
    }
}

std::string unnestType(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Id: return "bigint[]";
    case ColumnKind::Integer: return "integer[]";
    case ColumnKind::Real: return "double precision[]";
    case ColumnKind::Timestamp: return "timestamp[]";
    default: return "varchar[]";
    }
}

template<typename Number>
Number digits(std::string_view text, std::size_t at, std::size_t count)
{
    Number value = 0;
    std::from_chars(text.data() + at, text.data() + at + count, value);
    return value;
}

// "YYYY-MM-DD HH:MM:SS", as BatchText formats every timestamp.
SQL_TIMESTAMP_STRUCT timestampOf(std::string_view text)
{
    SQL_TIMESTAMP_STRUCT t{};
    if (text.size() < 19)
        return t;
    t.year = digits<SQLSMALLINT>(text, 0, 4);
    t.month = digits<SQLUSMALLINT>(text, 5, 2);
    t.day = digits<SQLUSMALLINT>(text, 8, 2);
    t.hour = digits<SQLUSMALLINT>(text, 11, 2);
    t.minute = digits<SQLUSMALLINT>(text, 14, 2);
    t.second = digits<SQLUSMALLINT>(text, 17, 2);
    return t;
}

} // namespace

struct OdbcBatchInserter::Impl {
    SQLHDBC hdbc;
    SqlDialect dialect;
    std::string table;
    Method method;
    std::size_t rowsPerStatement;
    int queryTimeoutS;
    std::optional<OdbcStatement> statement; // owns stmt (allocated with the query timeout on the first insert)
    SQLHSTMT stmt = SQL_NULL_HSTMT;
    std::string preparedSql;
    // Column-wise value buffers (ParameterArrays, MultiRow), each column in the C type it is bound as:
    // text (rows x kFieldWidth chars), doubles, timestamps.
    std::vector<std::vector<char>> values;
    std::vector<std::vector<SQLLEN>> lengths;
    // Real columns go as binary doubles: some drivers' text-to-double conversion is not correctly rounded
    // (the SQLite ODBC driver's changes the last digit of about 1 % of the coordinates).
    std::vector<std::vector<double>> doubles;
    // Timestamps go as SQL_TIMESTAMP_STRUCT: text would be read in the login's date format by SQL Server
    // (year-day-month under a French or Dutch login into a DATETIME column). Not into SQLite, whose column is
    // TEXT: its ODBC driver would store "YYYY-MM-DD HH:MM:SS.000" instead of the text the other paths store.
    std::vector<std::vector<SQL_TIMESTAMP_STRUCT>> timestamps;
    bool typedTimestamps;
    std::size_t capacity = 0;
    SQLULEN processed = 0;
    std::vector<SQLUSMALLINT> status;
    // One array literal per column (PostgresUnnest).
    std::vector<std::string> arrays;
    std::vector<SQLLEN> arrayLengths;
    std::string secret;

    Impl(void *h, SqlDialect d, std::string t, Method m, int timeoutS)
        : hdbc(h), dialect(d), table(std::move(t)), method(m),
          rowsPerStatement(OdbcBatchInserter::rowsPerStatement(d.kind(), m)), queryTimeoutS(timeoutS),
          typedTimestamps(d.kind() != SqlDialect::Kind::Sqlite)
    {
    }

    bool boundAsTimestamp(ColumnKind kind) const { return kind == ColumnKind::Timestamp && typedTimestamps; }

    [[noreturn]] void fail(const std::string &what) { throw odbcFailure(SQL_HANDLE_STMT, stmt, hdbc, what, queryTimeoutS, secret); }

    void check(SQLRETURN rc, const std::string &what)
    {
        if (!SQL_SUCCEEDED(rc) && rc != SQL_NO_DATA)
            fail(what);
    }

    void ensureStatement()
    {
        if (statement)
            return;
        statement.emplace(hdbc, queryTimeoutS, secret);
        stmt = statement->handle();
    }

    // False when `sql` is already prepared (its parameters are still bound).
    bool prepare(const std::string &sql)
    {
        if (sql == preparedSql)
            return false;
        SQLFreeStmt(stmt, SQL_RESET_PARAMS);
        check(SQLPrepare(stmt, reinterpret_cast<SQLCHAR *>(const_cast<char *>(sql.c_str())), SQLINTEGER(sql.size())),
              "preparing the INSERT");
        preparedSql = sql;
        return true;
    }

    // Fills the column buffers with rows [first, first + n) of the batch, at buffer rows 0..n-1.
    void fillColumns(const BatchText &rows, std::size_t first, std::size_t n)
    {
        if (n > capacity) {
            values.assign(kCdrColumnCount, std::vector<char>(n * kFieldWidth));
            lengths.assign(kCdrColumnCount, std::vector<SQLLEN>(n));
            doubles.assign(kCdrColumnCount, std::vector<double>(n));
            timestamps.assign(kCdrColumnCount, std::vector<SQL_TIMESTAMP_STRUCT>(n));
            status.resize(n);
            capacity = n;
            preparedSql.clear(); // buffers moved: bind again
        }
        for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
            if (boundAsTimestamp(kCdrColumns[c].kind)) {
                for (std::size_t r = 0; r < n; ++r) {
                    const std::string_view v = rows.field(first + r, c);
                    timestamps[c][r] = timestampOf(v);
                    lengths[c][r] = v.empty() ? SQL_NULL_DATA : SQLLEN(sizeof(SQL_TIMESTAMP_STRUCT)); // empty: defects
                }
                continue;
            }
            // An empty cell is NULL, not '' or 0: a receiving-side column without a receiving side, or a column
            // defects.missing_fields blanked.
            switch (kCdrColumns[c].kind) {
            case ColumnKind::Real:
                for (std::size_t r = 0; r < n; ++r) {
                    const std::string_view v = rows.field(first + r, c);
                    if (v.empty()) {
                        lengths[c][r] = SQL_NULL_DATA;
                        continue;
                    }
                    std::from_chars(v.data(), v.data() + v.size(), doubles[c][r]);
                    lengths[c][r] = sizeof(double);
                }
                break;
            default: {
                char *base = values[c].data();
                for (std::size_t r = 0; r < n; ++r) {
                    const std::string_view v = rows.field(first + r, c);
                    if (v.empty()) {
                        lengths[c][r] = SQL_NULL_DATA;
                        continue;
                    }
                    const std::size_t length = std::min<std::size_t>(v.size(), kFieldWidth - 1);
                    std::memcpy(base + r * kFieldWidth, v.data(), length);
                    lengths[c][r] = SQLLEN(length);
                }
            }
            }
        }
    }

    void bindValue(SQLUSMALLINT parameter, std::size_t column, std::size_t row)
    {
        const Column &def = kCdrColumns[column];
        SQLRETURN rc;
        if (boundAsTimestamp(def.kind)) {
            // Column size 19 ("YYYY-MM-DD HH:MM:SS") and 0 decimals: whole seconds, as DATETIME2(0) stores.
            rc = SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, SQL_C_TYPE_TIMESTAMP, SQL_TYPE_TIMESTAMP, 19, 0,
                                  &timestamps[column][row], sizeof(SQL_TIMESTAMP_STRUCT), &lengths[column][row]);
        } else if (def.kind == ColumnKind::Real) {
            rc = SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 15, 0,
                                  &doubles[column][row], 0, &lengths[column][row]);
        } else {
            const SQLULEN size = def.kind == ColumnKind::Text        ? SQLULEN(def.textLength)
                                 : def.kind == ColumnKind::Timestamp ? 19
                                                                     : 0;
            rc = SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, SQL_C_CHAR, sqlTypeOf(def.kind), size, 0,
                                  values[column].data() + row * kFieldWidth, kFieldWidth, &lengths[column][row]);
        }
        check(rc, "binding parameters");
    }

    void insertWithArrays(const BatchText &rows)
    {
        for (std::size_t first = 0; first < rows.rows(); first += rowsPerStatement) {
            const std::size_t count = std::min(rowsPerStatement, rows.rows() - first);
            fillColumns(rows, first, count);
            if (prepare(dialect.insert(table, 1))) {
                check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAM_BIND_TYPE, reinterpret_cast<SQLPOINTER>(SQL_PARAM_BIND_BY_COLUMN), 0),
                      "setting column-wise binding");
                check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAMS_PROCESSED_PTR, &processed, 0), "setting the processed count");
                check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAM_STATUS_PTR, status.data(), 0), "setting the status array");
                // Highest parameter first: the driver sizes its parameter table once instead of growing it per call.
                for (std::size_t c = kCdrColumnCount; c-- > 0;)
                    bindValue(SQLUSMALLINT(c + 1), c, 0);
            }
            check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAMSET_SIZE, reinterpret_cast<SQLPOINTER>(SQLULEN(count)), 0),
                  "setting the array size");
            check(SQLExecute(stmt), "inserting a batch");
            // Drivers may report per-row failures only in the status array.
            for (std::size_t r = 0; r < count && r < processed; ++r)
                if (status[r] == SQL_PARAM_ERROR)
                    fail("inserting a batch (row " + std::string(rows.field(first + r, 0)) + ")");
            if (processed < count)
                fail("inserting a batch: the driver processed " + std::to_string(processed) + " of " +
                     std::to_string(count) + " rows");
            SQLFreeStmt(stmt, SQL_CLOSE);
        }
    }

    void insertMultiRow(const BatchText &rows)
    {
        for (std::size_t first = 0; first < rows.rows(); first += rowsPerStatement) {
            const std::size_t count = std::min(rowsPerStatement, rows.rows() - first);
            fillColumns(rows, first, count);
            // Every chunk fills buffer rows 0..count-1, so a statement prepared before is still bound to them.
            if (prepare(dialect.insert(table, count)))
                for (std::size_t r = count; r-- > 0;) // highest parameter first, see insertWithArrays
                    for (std::size_t c = kCdrColumnCount; c-- > 0;)
                        bindValue(SQLUSMALLINT(r * kCdrColumnCount + c + 1), c, r);
            check(SQLExecute(stmt), "inserting a batch");
            SQLFreeStmt(stmt, SQL_CLOSE);
        }
    }

    void insertUnnest(const BatchText &rows)
    {
        if (preparedSql.empty()) {
            std::string columns, parameters;
            for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
                columns += std::string(c ? ", " : "") + dialect.quoteIdentifier(kCdrColumns[c].name);
                parameters += std::string(c ? ", " : "") + "?::" + unnestType(kCdrColumns[c].kind);
            }
            prepare("INSERT INTO " + dialect.quoteTable(table) + " (" + columns + ") SELECT * FROM unnest(" +
                    parameters + ")");
            arrays.assign(kCdrColumnCount, {});
            arrayLengths.assign(kCdrColumnCount, 0);
        }
        for (std::size_t first = 0; first < rows.rows(); first += rowsPerStatement) {
            const std::size_t end = std::min(rows.rows(), first + rowsPerStatement);
            for (std::size_t c = kCdrColumnCount; c-- > 0;) { // highest parameter first, see insertWithArrays
                fillArray(rows, first, end, c);
                // The strings may have moved: bind on every statement (23 calls, no round trip).
                std::string &a = arrays[c];
                check(SQLBindParameter(stmt, SQLUSMALLINT(c + 1), SQL_PARAM_INPUT, SQL_C_CHAR, SQL_LONGVARCHAR,
                                       a.size(), 0, a.data(), SQLLEN(a.size()), &arrayLengths[c]),
                      "binding parameters");
            }
            check(SQLExecute(stmt), "inserting a batch");
            SQLFreeStmt(stmt, SQL_CLOSE);
        }
    }

    // PostgreSQL array literal of column c, rows [first, end).
    void fillArray(const BatchText &rows, std::size_t first, std::size_t end, std::size_t c)
    {
        std::string &a = arrays[c];
        a.clear();
        a += '{';
        const bool quoted = kCdrColumns[c].kind == ColumnKind::Text || kCdrColumns[c].kind == ColumnKind::Timestamp;
        for (std::size_t r = first; r < end; ++r) {
            if (r > first)
                a += ',';
            const std::string_view v = rows.field(r, c);
            if (v.empty()) { // NULL, as in fillColumns
                a += "NULL";
                continue;
            }
            if (!quoted) {
                a += v;
                continue;
            }
            a += '"';
            for (char ch : v) {
                if (ch == '"' || ch == '\\')
                    a += '\\';
                a += ch;
            }
            a += '"';
        }
        a += '}';
        arrayLengths[c] = SQLLEN(a.size());
    }
};

OdbcBatchInserter::OdbcBatchInserter(void *hdbc, SqlDialect dialect, std::string table, Method method,
                                     int queryTimeoutS)
    : m_impl(std::make_unique<Impl>(hdbc, dialect, std::move(table), method, queryTimeoutS))
{
}

OdbcBatchInserter::~OdbcBatchInserter() = default;

std::string OdbcBatchInserter::methodName(Method method)
{
    switch (method) {
    case Method::ParameterArrays: return "ODBC parameter arrays";
    case Method::MultiRow: return "multi-row INSERT";
    case Method::PostgresUnnest: return "INSERT ... SELECT FROM unnest(arrays)";
    }
    return {};
}

std::size_t OdbcBatchInserter::rowsPerStatement(SqlDialect::Kind kind, Method method)
{
    switch (method) {
    case Method::ParameterArrays: return kArrayRowsPerStatement;
    case Method::PostgresUnnest: return kUnnestRowsPerStatement;
    case Method::MultiRow: break;
    }
    // MySQL's and PostgreSQL's protocol limit is 65,535 parameters and SQLite 3.32+ allows 32,766, but the
    // drivers and client libraries fail far earlier (see kMaxParametersPerStatement); one cap fits every database.
    (void)kind;
    return kMaxParametersPerStatement / kCdrColumnCount;
}

void OdbcBatchInserter::setRowsPerStatement(std::size_t rows)
{
    m_impl->rowsPerStatement = std::max<std::size_t>(1, rows);
}

void OdbcBatchInserter::insert(const BatchText &rows, const std::string &secret)
{
    m_impl->secret = secret;
    if (rows.rows() == 0)
        return;
    m_impl->ensureStatement();
    switch (m_impl->method) {
    case Method::ParameterArrays: m_impl->insertWithArrays(rows); break;
    case Method::MultiRow: m_impl->insertMultiRow(rows); break;
    case Method::PostgresUnnest: m_impl->insertUnnest(rows); break;
    }
    SQLFreeStmt(m_impl->stmt, SQL_CLOSE);
}

void *OdbcBatchInserter::statementHandle() const
{
    return m_impl->stmt;
}

} // namespace cdr

#include "sink/odbcbatchinserter.h"

#include "model/schema.h"
#include "sink/odbcnative.h"
#include "sink/sinkfailure.h"

#include <sql.h>
#include <sqlext.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <vector>

namespace cdr {

namespace {

constexpr SQLLEN kFieldWidth = 40; // widest value: 20-character text columns, doubles in shortest form

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

} // namespace

struct OdbcBatchInserter::Impl {
    SQLHDBC hdbc;
    SqlDialect dialect;
    std::string table;
    Method method;
    SQLHSTMT stmt = SQL_NULL_HSTMT;
    std::string preparedSql;
    // Column-wise value buffers (ParameterArrays, MultiRow): rows x kFieldWidth chars per column.
    std::vector<std::vector<char>> values;
    std::vector<std::vector<SQLLEN>> lengths;
    // Real columns go as binary doubles: some drivers' text-to-double conversion is not correctly rounded
    // (the SQLite ODBC driver's changes the last digit of about 1 % of the coordinates).
    std::vector<std::vector<double>> doubles;
    std::size_t capacity = 0;
    SQLULEN processed = 0;
    std::vector<SQLUSMALLINT> status;
    // One array literal per column (PostgresUnnest).
    std::vector<std::string> arrays;
    std::vector<SQLLEN> arrayLengths;
    std::string secret;

    Impl(void *h, SqlDialect d, std::string t, Method m) : hdbc(h), dialect(d), table(std::move(t)), method(m) {}

    [[noreturn]] void fail(const std::string &what)
    {
        std::string state;
        std::string detail = odbcnative::diagnostics(SQL_HANDLE_STMT, stmt, &state);
        if (detail.empty())
            detail = odbcnative::diagnostics(SQL_HANDLE_DBC, hdbc, &state);
        throw sinkfailure::make(state, what, detail, false, secret);
    }

    void check(SQLRETURN rc, const std::string &what)
    {
        if (!SQL_SUCCEEDED(rc) && rc != SQL_NO_DATA)
            fail(what);
    }

    void ensureStatement()
    {
        if (stmt != SQL_NULL_HSTMT)
            return;
        if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, hdbc, &stmt))) {
            stmt = SQL_NULL_HSTMT;
            std::string state;
            const std::string detail = odbcnative::diagnostics(SQL_HANDLE_DBC, hdbc, &state);
            throw sinkfailure::make(state, "allocating an ODBC statement", detail, false, secret);
        }
    }

    void prepare(const std::string &sql)
    {
        if (sql == preparedSql)
            return;
        SQLFreeStmt(stmt, SQL_RESET_PARAMS);
        check(SQLPrepare(stmt, reinterpret_cast<SQLCHAR *>(const_cast<char *>(sql.c_str())), SQLINTEGER(sql.size())),
              "preparing the INSERT");
        preparedSql = sql;
    }

    void fillColumns(const BatchText &rows)
    {
        const std::size_t n = rows.rows();
        if (n > capacity) {
            values.assign(kCdrColumnCount, std::vector<char>(n * kFieldWidth));
            lengths.assign(kCdrColumnCount, std::vector<SQLLEN>(n));
            doubles.assign(kCdrColumnCount, std::vector<double>(n));
            status.resize(n);
            capacity = n;
            preparedSql.clear(); // buffers moved: bind again
        }
        for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
            if (kCdrColumns[c].kind == ColumnKind::Real) {
                for (std::size_t r = 0; r < n; ++r) {
                    const std::string_view v = rows.field(r, c);
                    std::from_chars(v.data(), v.data() + v.size(), doubles[c][r]);
                    lengths[c][r] = sizeof(double);
                }
                continue;
            }
            char *base = values[c].data();
            for (std::size_t r = 0; r < n; ++r) {
                const std::string_view v = rows.field(r, c);
                const std::size_t length = std::min<std::size_t>(v.size(), kFieldWidth - 1);
                std::memcpy(base + r * kFieldWidth, v.data(), length);
                lengths[c][r] = SQLLEN(length);
            }
        }
    }

    void bindValue(SQLUSMALLINT parameter, std::size_t column, std::size_t row)
    {
        const Column &def = kCdrColumns[column];
        const SQLULEN size = def.kind == ColumnKind::Text ? SQLULEN(def.textLength)
                             : def.kind == ColumnKind::Timestamp ? 19 : 0;
        if (def.kind == ColumnKind::Real) {
            check(SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 15, 0,
                                   &doubles[column][row], 0, &lengths[column][row]),
                  "binding parameters");
            return;
        }
        check(SQLBindParameter(stmt, parameter, SQL_PARAM_INPUT, SQL_C_CHAR, sqlTypeOf(def.kind), size, 0,
                               values[column].data() + row * kFieldWidth, kFieldWidth, &lengths[column][row]),
              "binding parameters");
    }

    void insertWithArrays(const BatchText &rows)
    {
        fillColumns(rows);
        const std::string sql = dialect.insert(table, 1);
        if (sql != preparedSql) {
            prepare(sql);
            check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAM_BIND_TYPE, reinterpret_cast<SQLPOINTER>(SQL_PARAM_BIND_BY_COLUMN), 0),
                  "setting column-wise binding");
            check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAMS_PROCESSED_PTR, &processed, 0), "setting the processed count");
            check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAM_STATUS_PTR, status.data(), 0), "setting the status array");
            // Highest parameter first: the driver sizes its parameter table once instead of growing it per call.
            for (std::size_t c = kCdrColumnCount; c-- > 0;)
                bindValue(SQLUSMALLINT(c + 1), c, 0);
        }
        check(SQLSetStmtAttr(stmt, SQL_ATTR_PARAMSET_SIZE, reinterpret_cast<SQLPOINTER>(SQLULEN(rows.rows())), 0),
              "setting the array size");
        check(SQLExecute(stmt), "inserting a batch");
        // Drivers may report per-row failures only in the status array.
        for (std::size_t r = 0; r < rows.rows() && r < processed; ++r)
            if (status[r] == SQL_PARAM_ERROR)
                fail("inserting a batch (row " + std::string(rows.field(r, 0)) + ")");
        if (processed < rows.rows())
            fail("inserting a batch: the driver processed " + std::to_string(processed) + " of " +
                 std::to_string(rows.rows()) + " rows");
    }

    void insertMultiRow(const BatchText &rows)
    {
        fillColumns(rows);
        // psqlODBC 13 corrupts its heap beyond 32,767 bound parameters (a signed 16-bit count; found with
        // valgrind), so ODBC statements stay well below that whatever the database allows.
        const std::size_t chunk = std::min<std::size_t>(dialect.maxRowsPerInsert(), 1000);
        for (std::size_t first = 0; first < rows.rows(); first += chunk) {
            const std::size_t count = std::min(chunk, rows.rows() - first);
            prepare(dialect.insert(table, count));
            for (std::size_t r = count; r-- > 0;) // highest parameter first, see insertWithArrays
                for (std::size_t c = kCdrColumnCount; c-- > 0;)
                    bindValue(SQLUSMALLINT(r * kCdrColumnCount + c + 1), c, first + r);
            check(SQLExecute(stmt), "inserting a batch");
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
        for (std::size_t c = kCdrColumnCount; c-- > 0;) { // highest parameter first, see insertWithArrays
            std::string &a = arrays[c];
            a.clear();
            a += '{';
            const bool quoted = kCdrColumns[c].kind == ColumnKind::Text || kCdrColumns[c].kind == ColumnKind::Timestamp;
            for (std::size_t r = 0; r < rows.rows(); ++r) {
                if (r)
                    a += ',';
                const std::string_view v = rows.field(r, c);
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
            // The strings may have moved: bind on every batch (23 calls, no round trip).
            check(SQLBindParameter(stmt, SQLUSMALLINT(c + 1), SQL_PARAM_INPUT, SQL_C_CHAR, SQL_LONGVARCHAR,
                                   a.size(), 0, a.data(), SQLLEN(a.size()), &arrayLengths[c]),
                  "binding parameters");
        }
        check(SQLExecute(stmt), "inserting a batch");
    }
};

OdbcBatchInserter::OdbcBatchInserter(void *hdbc, SqlDialect dialect, std::string table, Method method)
    : m_impl(std::make_unique<Impl>(hdbc, dialect, std::move(table), method))
{
}

OdbcBatchInserter::~OdbcBatchInserter()
{
    if (m_impl->stmt != SQL_NULL_HSTMT)
        SQLFreeHandle(SQL_HANDLE_STMT, m_impl->stmt);
}

std::string OdbcBatchInserter::methodName(Method method)
{
    switch (method) {
    case Method::ParameterArrays: return "ODBC parameter arrays";
    case Method::MultiRow: return "multi-row INSERT";
    case Method::PostgresUnnest: return "INSERT ... SELECT FROM unnest(arrays)";
    }
    return {};
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

} // namespace cdr

#include "sink/sqldialect.h"

#include "model/schema.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace cdr {

namespace {

bool containsNoCase(std::string_view haystack, std::string_view needle)
{
    return QString::fromUtf8(haystack.data(), qsizetype(haystack.size()))
        .contains(QString::fromUtf8(needle.data(), qsizetype(needle.size())), Qt::CaseInsensitive);
}

std::string_view baseTableName(std::string_view table)
{
    const auto dot = table.rfind('.');
    return dot == std::string_view::npos ? table : table.substr(dot + 1);
}

std::string_view schemaOf(std::string_view table)
{
    const auto dot = table.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : table.substr(0, dot);
}

std::string doubled(std::string_view text, char quote)
{
    std::string out;
    for (char c : text) {
        out += c;
        if (c == quote)
            out += c;
    }
    return out;
}

} // namespace

bool SqlDialect::detect(std::string_view dbmsName, std::string_view driverName, Kind *kind)
{
    for (std::string_view name : {dbmsName, driverName}) {
        if (name.empty())
            continue;
        if (containsNoCase(name, "SQL Server") || containsNoCase(name, "FreeTDS") || containsNoCase(name, "msodbcsql"))
            *kind = Kind::SqlServer;
        else if (containsNoCase(name, "PostgreSQL") || containsNoCase(name, "psqlodbc"))
            *kind = Kind::PostgreSql;
        else if (containsNoCase(name, "SQLite"))
            *kind = Kind::Sqlite;
        else if (containsNoCase(name, "MySQL") || containsNoCase(name, "MariaDB"))
            *kind = Kind::MySql;
        else
            continue;
        return true;
    }
    return false;
}

std::string SqlDialect::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SqlServer: return "SQL Server";
    case Kind::PostgreSql: return "PostgreSQL";
    case Kind::Sqlite: return "SQLite";
    case Kind::MySql: return "MySQL";
    }
    return {};
}

std::string SqlDialect::quoteIdentifier(std::string_view name) const
{
    switch (m_kind) {
    case Kind::SqlServer: return "[" + doubled(name, ']') + "]";
    case Kind::MySql: return "`" + doubled(name, '`') + "`";
    default: return "\"" + doubled(name, '"') + "\"";
    }
}

std::string SqlDialect::quoteTable(std::string_view table) const
{
    const std::string_view schema = schemaOf(table);
    if (schema.empty())
        return quoteIdentifier(table);
    return quoteIdentifier(schema) + "." + quoteIdentifier(baseTableName(table));
}

std::string SqlDialect::unicodeLiteral(std::string_view text)
{
    return "N'" + doubled(text, '\'') + "'";
}

std::string SqlDialect::currentSchema() const
{
    switch (m_kind) {
    case Kind::SqlServer: return "SELECT SCHEMA_NAME()";
    case Kind::PostgreSql: return "SELECT current_schema()";
    default: return {};
    }
}

std::string SqlDialect::columnType(std::size_t column) const
{
    const Column &c = kCdrColumns[column];
    switch (c.kind) {
    case ColumnKind::Id:
        return m_kind == Kind::Sqlite ? "INTEGER PRIMARY KEY" : "BIGINT PRIMARY KEY";
    case ColumnKind::Text:
        return "VARCHAR(" + std::to_string(c.textLength) + ")";
    case ColumnKind::Timestamp:
        switch (m_kind) {
        case Kind::SqlServer: return "DATETIME2(0)";
        case Kind::PostgreSql: return "TIMESTAMP(0)";
        case Kind::MySql: return "DATETIME";
        case Kind::Sqlite: return "TEXT"; // ISO text sorts and compares like the timestamp
        }
        break;
    case ColumnKind::Integer:
        return "INT";
    case ColumnKind::Real:
        switch (m_kind) {
        case Kind::SqlServer: return "FLOAT";
        case Kind::PostgreSql: return "DOUBLE PRECISION";
        case Kind::MySql: return "DOUBLE";
        case Kind::Sqlite: return "REAL";
        }
        break;
    }
    return {};
}

TypeSystem SqlDialect::typeSystem() const
{
    switch (m_kind) {
    case Kind::SqlServer: return TypeSystem::SqlServer;
    case Kind::PostgreSql: return TypeSystem::PostgreSql;
    case Kind::Sqlite: return TypeSystem::Sqlite;
    case Kind::MySql: return TypeSystem::MySql;
    }
    return TypeSystem::PostgreSql;
}

std::string SqlDialect::tableColumns(std::string_view table) const
{
    const std::string schema(schemaOf(table));
    const std::string name(baseTableName(table));
    switch (m_kind) {
    case Kind::PostgreSql:
        return "SELECT a.attname, format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN 0 ELSE 1 END, "
               "CASE WHEN a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '' THEN 1 ELSE 0 END "
               "FROM pg_catalog.pg_attribute a WHERE a.attrelid = to_regclass('" +
               doubled(quoteTable(table), '\'') + "') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
    case Kind::SqlServer: {
        // INFORMATION_SCHEMA gives the size apart from the type: put them together as the type is declared.
        const std::string object = "OBJECT_ID(QUOTENAME(c.TABLE_SCHEMA) + '.' + QUOTENAME(c.TABLE_NAME))";
        return "SELECT c.COLUMN_NAME, c.DATA_TYPE + CASE "
               "WHEN c.CHARACTER_MAXIMUM_LENGTH = -1 THEN '(max)' "
               "WHEN c.CHARACTER_MAXIMUM_LENGTH IS NOT NULL THEN '(' + CAST(c.CHARACTER_MAXIMUM_LENGTH AS varchar(11)) + ')' "
               "WHEN c.DATA_TYPE IN ('decimal', 'numeric') THEN '(' + CAST(c.NUMERIC_PRECISION AS varchar(3)) + ',' + "
               "CAST(c.NUMERIC_SCALE AS varchar(3)) + ')' "
               "WHEN c.DATA_TYPE = 'float' THEN '(' + CAST(c.NUMERIC_PRECISION AS varchar(3)) + ')' ELSE '' END, "
               "CASE WHEN c.IS_NULLABLE = 'YES' THEN 1 ELSE 0 END, "
               "CASE WHEN c.COLUMN_DEFAULT IS NOT NULL OR c.DATA_TYPE IN ('timestamp', 'rowversion') OR "
               "COLUMNPROPERTY(" + object + ", c.COLUMN_NAME, 'IsIdentity') = 1 OR "
               "COLUMNPROPERTY(" + object + ", c.COLUMN_NAME, 'IsComputed') = 1 THEN 1 ELSE 0 END "
               "FROM INFORMATION_SCHEMA.COLUMNS c WHERE c.TABLE_SCHEMA = " +
               (schema.empty() ? std::string("SCHEMA_NAME()") : unicodeLiteral(schema)) +
               " AND c.TABLE_NAME = " + unicodeLiteral(name) + " ORDER BY c.ORDINAL_POSITION";
    }
    case Kind::Sqlite:
        // An INTEGER PRIMARY KEY is the rowid: SQLite fills it when no value is given.
        return "SELECT name, type, CASE WHEN \"notnull\" THEN 0 ELSE 1 END, "
               "CASE WHEN dflt_value IS NOT NULL OR (pk = 1 AND upper(type) = 'INTEGER') THEN 1 ELSE 0 END "
               "FROM pragma_table_info('" + doubled(name, '\'') + "'" +
               (schema.empty() ? std::string() : ", '" + doubled(schema, '\'') + "'") + ") ORDER BY cid";
    case Kind::MySql:
        return "SELECT COLUMN_NAME, COLUMN_TYPE, CASE WHEN IS_NULLABLE = 'YES' THEN 1 ELSE 0 END, "
               "CASE WHEN COLUMN_DEFAULT IS NOT NULL OR EXTRA LIKE '%auto_increment%' OR EXTRA LIKE '%GENERATED%' "
               "THEN 1 ELSE 0 END FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = " +
               (schema.empty() ? std::string("DATABASE()") : "'" + doubled(schema, '\'') + "'") +
               " AND TABLE_NAME = '" + doubled(name, '\'') + "' ORDER BY ORDINAL_POSITION";
    }
    return {};
}

std::string SqlDialect::columnList() const
{
    std::string list;
    for (const Column &c : kCdrColumns) {
        if (!list.empty())
            list += ", ";
        list += quoteIdentifier(c.name);
    }
    return list;
}

std::string SqlDialect::createTable(std::string_view table) const
{
    std::string columns;
    for (std::size_t i = 0; i < kCdrColumnCount; ++i) {
        if (i)
            columns += ", ";
        columns += quoteIdentifier(kCdrColumns[i].name) + " " + columnType(i);
    }
    const std::string quoted = quoteTable(table);
    switch (m_kind) {
    case Kind::SqlServer:
        return "IF OBJECT_ID(" + unicodeLiteral(quoted) + ", N'U') IS NULL CREATE TABLE " + quoted + " (" + columns + ")";
    case Kind::MySql: {
        // MySQL has no CREATE INDEX IF NOT EXISTS: the indexes are created with the table.
        for (const IndexDef &index : kCdrIndexes)
            columns += ", INDEX " + quoteIdentifier(indexName(table, index.name)) + " (" +
                       quoteIdentifier(index.column) + ")";
        return "CREATE TABLE IF NOT EXISTS " + quoted + " (" + columns + ")";
    }
    default:
        return "CREATE TABLE IF NOT EXISTS " + quoted + " (" + columns + ")";
    }
}

std::string SqlDialect::indexName(std::string_view table, std::string_view baseName) const
{
    // SQL Server and MySQL scope index names to their table (the seed's names work as they are); PostgreSQL
    // scopes them to the schema and SQLite to the database, so two CDR tables there need distinct names.
    if (m_kind == Kind::SqlServer || m_kind == Kind::MySql)
        return std::string(baseName);
    return std::string(baseTableName(table)) + "_" + std::string(baseName);
}

std::vector<std::string> SqlDialect::createIndexes(std::string_view table) const
{
    std::vector<std::string> statements;
    if (m_kind == Kind::MySql)
        return statements;
    const std::string quoted = quoteTable(table);
    for (const IndexDef &index : kCdrIndexes) {
        const std::string name = indexName(table, index.name);
        const std::string column = quoteIdentifier(index.column);
        if (m_kind == Kind::SqlServer)
            statements.push_back("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = " + unicodeLiteral(name) +
                                 " AND object_id = OBJECT_ID(" + unicodeLiteral(quoted) + ")) CREATE INDEX " +
                                 quoteIdentifier(name) + " ON " + quoted + " (" + column + ")");
        else
            statements.push_back("CREATE INDEX IF NOT EXISTS " + quoteIdentifier(name) + " ON " + quoted + " (" +
                                 column + ")");
    }
    return statements;
}

std::vector<std::string> SqlDialect::dropIndexes(std::string_view table) const
{
    std::vector<std::string> statements;
    if (m_kind == Kind::MySql)
        return statements;
    const std::string quoted = quoteTable(table);
    const std::string_view schema = schemaOf(table);
    for (const IndexDef &index : kCdrIndexes) {
        const std::string name = indexName(table, index.name);
        if (m_kind == Kind::SqlServer)
            statements.push_back("IF EXISTS (SELECT 1 FROM sys.indexes WHERE name = " + unicodeLiteral(name) +
                                 " AND object_id = OBJECT_ID(" + unicodeLiteral(quoted) + ")) DROP INDEX " +
                                 quoteIdentifier(name) + " ON " + quoted);
        else // PostgreSQL and SQLite: an index lives in its table's schema
            statements.push_back("DROP INDEX IF EXISTS " +
                                 (schema.empty() ? std::string() : quoteIdentifier(schema) + ".") + quoteIdentifier(name));
    }
    return statements;
}

std::string SqlDialect::dropTable(std::string_view table) const
{
    const std::string quoted = quoteTable(table);
    if (m_kind == Kind::SqlServer)
        return "IF OBJECT_ID(" + unicodeLiteral(quoted) + ", N'U') IS NOT NULL DROP TABLE " + quoted;
    return "DROP TABLE IF EXISTS " + quoted;
}

std::string SqlDialect::maxId(std::string_view table, std::int64_t first, std::int64_t last) const
{
    if (first <= 1 && last == std::numeric_limits<std::int64_t>::max())
        return maxId(table);
    return maxId(table) + " WHERE " + quoteIdentifier("id") + " BETWEEN " + std::to_string(first) + " AND " +
           std::to_string(last);
}

std::string SqlDialect::maxId(std::string_view table) const
{
    return "SELECT MAX(" + quoteIdentifier("id") + ") FROM " + quoteTable(table);
}

std::string SqlDialect::hasRows(std::string_view table) const
{
    if (m_kind == Kind::SqlServer)
        return "SELECT TOP 1 1 FROM " + quoteTable(table);
    return "SELECT 1 FROM " + quoteTable(table) + " LIMIT 1";
}

std::string SqlDialect::tryLockIds(std::string_view table, std::int64_t first, std::int64_t last,
                                   std::string_view holder) const
{
    const std::string resource = "cdrgen " + quoteTable(table) + " " + std::string(holder) + " " +
                                 std::to_string(first) + ".." + std::to_string(last);
    switch (m_kind) {
    case Kind::PostgreSql: // hashtext: a 32-bit key; two ranges colliding only wait for each other
        return "SELECT CASE WHEN pg_try_advisory_lock(hashtext('" + doubled(resource, '\'') +
               "')) THEN 1 ELSE 0 END";
    case Kind::SqlServer: // sp_getapplock's resource names are at most 255 characters
        return "SET NOCOUNT ON; DECLARE @r int; EXEC @r = sp_getapplock @Resource = " + unicodeLiteral(resource.substr(0, 255)) +
               ", @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; "
               "SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END";
    default:
        return {};
    }
}

std::string SqlDialect::insert(std::string_view table, std::size_t rows) const
{
    std::string row = "(";
    for (std::size_t i = 0; i < kCdrColumnCount; ++i)
        row += i ? ",?" : "?";
    row += ")";
    std::string sql = "INSERT INTO " + quoteTable(table) + " (" + columnList() + ") VALUES ";
    sql.reserve(sql.size() + rows * (row.size() + 1));
    for (std::size_t r = 0; r < rows; ++r) {
        if (r)
            sql += ',';
        sql += row;
    }
    return sql;
}

} // namespace cdr

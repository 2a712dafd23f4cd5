#pragma once

#include "tableshape/columntype.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// The SQL each database needs for the seed's table semantics (create if missing, 23 columns, three indexes,
// drop for --if-exists replace, MAX(id), multi-row INSERT). Table names must have passed isValidTableName()
// before they get here; a schema read from the server (currentSchema()) may hold any character and is escaped.
class SqlDialect {
public:
    enum class Kind { SqlServer, PostgreSql, Sqlite, MySql };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    // From SQL_DBMS_NAME ("Microsoft SQL Server", "PostgreSQL", "SQLite", "MySQL", "MariaDB") or, when that is
    // empty, an ODBC driver name ("ODBC Driver 18 for SQL Server", "FreeTDS", "PostgreSQL Unicode", "SQLite3").
    // False if neither says which database it is.
    static bool detect(std::string_view dbmsName, std::string_view driverName, Kind *kind);
    static std::string kindName(Kind kind);

    Kind kind() const { return m_kind; }
    std::string quoteIdentifier(std::string_view name) const;
    // "schema.table" -> each part quoted (the table part never holds a dot, the schema part may).
    std::string quoteTable(std::string_view table) const;
    // The query giving the login's default schema, where an unqualified table name is created (SQL Server:
    // SCHEMA_NAME(), PostgreSQL: current_schema()); empty for SQLite and MySQL, whose unqualified names can
    // only mean the current database.
    std::string currentSchema() const;
    std::string columnType(std::size_t column) const;
    // How this database's catalog spells types (tableshape/columntype.h).
    TypeSystem typeSystem() const;
    // The existing table's columns in table order, one row each: name, declared type, 1 if nullable else 0, 1 if
    // it has a default (or is an identity, generated or auto-increment column) else 0. No row: no such table.
    std::string tableColumns(std::string_view table) const;

    std::string createTable(std::string_view table) const;
    // One statement per index, each a no-op when the index exists.
    std::vector<std::string> createIndexes(std::string_view table) const;
    // One statement per index, each a no-op when the index is absent (before loading an empty table); empty for
    // MySQL, which creates its indexes with the table.
    std::vector<std::string> dropIndexes(std::string_view table) const;
    std::string indexName(std::string_view table, std::string_view baseName) const;
    std::string dropTable(std::string_view table) const;
    std::string maxId(std::string_view table) const;
    // MAX(id) among ids first..last (the whole table when that is 1..INT64_MAX).
    std::string maxId(std::string_view table, std::int64_t first, std::int64_t last) const;
    std::string hasRows(std::string_view table) const;
    // A query giving 1 when this session now holds the lock on the table's ids first..last (held until the session
    // ends; PostgreSQL advisory lock, SQL Server sp_getapplock), 0 when another session holds it; empty for SQLite
    // and MySQL (no such lock). See idrangelock.h. `holder` names a second lock on the same ids, for a run's second
    // writing session (a pipelining PostgreSQL sink).
    std::string tryLockIds(std::string_view table, std::int64_t first, std::int64_t last,
                           std::string_view holder = "ids") const;
    // "INSERT INTO t (23 columns) VALUES (?,...),(?,...)" for `rows` rows (sized by OdbcBatchInserter).
    std::string insert(std::string_view table, std::size_t rows) const;

private:
    std::string columnList() const;
    // N'...' text literal of a quoted table name, for SQL Server's OBJECT_ID().
    static std::string unicodeLiteral(std::string_view text);
    Kind m_kind;
};

} // namespace cdr

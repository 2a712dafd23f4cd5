#include "sink/sqlitedefectkey.h"

#include "sink/sinkerror.h"

#include <sqlite3.h>

namespace cdr {

namespace {

int bindText(sqlite3_stmt *statement, int slot, const std::optional<std::string> &value)
{
    return value ? sqlite3_bind_text(statement, slot, value->data(), int(value->size()), SQLITE_STATIC)
                 : sqlite3_bind_null(statement, slot);
}

} // namespace

SqliteDefectKey::~SqliteDefectKey()
{
    sqlite3_finalize(m_insert);
}

std::string SqliteDefectKey::createTable(const std::string &quotedKeyTable)
{
    return "CREATE TABLE IF NOT EXISTS " + quotedKeyTable +
           " (id INTEGER NOT NULL, kind TEXT NOT NULL, variant TEXT NOT NULL, column_name TEXT, "
           "original_value TEXT, injected_value TEXT, original_id INTEGER)";
}

void SqliteDefectKey::insert(std::span<const DefectKeyRow> rows)
{
    if (!m_insert) {
        const std::string sql = "INSERT INTO " + m_table + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &m_insert, nullptr) != SQLITE_OK)
            throw SinkError(SinkError::Kind::Fatal, "SQLite: preparing the answer key insert: " +
                                                        std::string(sqlite3_errmsg(m_db)));
    }
    for (const DefectKeyRow &row : rows) {
        const std::string_view kind = defectKindKey(row.kind);
        int rc = sqlite3_bind_int64(m_insert, 1, row.id);
        rc = rc ? rc : sqlite3_bind_text(m_insert, 2, kind.data(), int(kind.size()), SQLITE_STATIC);
        rc = rc ? rc : sqlite3_bind_text(m_insert, 3, row.variant.data(), int(row.variant.size()), SQLITE_STATIC);
        rc = rc ? rc : bindText(m_insert, 4, row.columnName);
        rc = rc ? rc : bindText(m_insert, 5, row.originalValue);
        rc = rc ? rc : bindText(m_insert, 6, row.injectedValue);
        rc = rc ? rc : (row.originalId ? sqlite3_bind_int64(m_insert, 7, row.originalId) : sqlite3_bind_null(m_insert, 7));
        if (rc == SQLITE_OK)
            rc = sqlite3_step(m_insert) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_db);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_OK)
            throw SinkError(SinkError::Kind::Fatal, "SQLite: writing the answer key row of id " +
                                                        std::to_string(row.id) + ": " + sqlite3_errmsg(m_db));
    }
}

} // namespace cdr

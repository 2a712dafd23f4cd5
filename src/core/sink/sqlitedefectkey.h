#pragma once

#include "defects/defectkeyrow.h"

#include <span>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace cdr {

// The answer key table <table>_defects in a SQLite database: its DDL and the insert of key rows (inside the
// caller's transaction). Throws SinkError.
class SqliteDefectKey {
public:
    SqliteDefectKey(sqlite3 *db, const std::string &quotedKeyTable) : m_db(db), m_table(quotedKeyTable) {}
    ~SqliteDefectKey();
    SqliteDefectKey(const SqliteDefectKey &) = delete;
    SqliteDefectKey &operator=(const SqliteDefectKey &) = delete;

    static std::string createTable(const std::string &quotedKeyTable);
    void insert(std::span<const DefectKeyRow> rows);

private:
    sqlite3 *m_db;
    std::string m_table;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace cdr

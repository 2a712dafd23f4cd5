#include "sqlitetable.h"

#include <sqlite3.h>
#include <xxhash.h>

namespace {

// A read-only sqlite3 handle; the C API keeps digesting hundreds of thousands of rows fast.
class ReadOnlyDatabase {
public:
    explicit ReadOnlyDatabase(const QString &file)
    {
        if (sqlite3_open_v2(file.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~ReadOnlyDatabase() { sqlite3_close(m_db); }

    // Calls onRow(statement) for every row; false with error() set on failure.
    template <typename OnRow>
    bool query(const QString &sql, OnRow onRow)
    {
        if (!m_error.isEmpty())
            return false;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW)
            onRow(statement);
        if (step != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(statement);
        return m_error.isEmpty();
    }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

} // namespace

qint64 rowCount(const QString &sqliteFile, const QString &table)
{
    ReadOnlyDatabase db(sqliteFile);
    qint64 count = -1;
    db.query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table),
             [&](sqlite3_stmt *row) { count = sqlite3_column_int64(row, 0); });
    return count;
}

TableFacts readTable(const QString &sqliteFile, const QString &table, qint64 upToId)
{
    TableFacts facts;
    ReadOnlyDatabase db(sqliteFile);
    db.query(QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM %1").arg(table), [&](sqlite3_stmt *row) {
        facts.count = sqlite3_column_int64(row, 0);
        facts.minId = sqlite3_column_int64(row, 1);
        facts.maxId = sqlite3_column_int64(row, 2);
    });
    db.query(QStringLiteral("PRAGMA table_info(%1)").arg(table),
             [&](sqlite3_stmt *row) { facts.columns << text(row, 1); });
    QStringList indexes;
    db.query(QStringLiteral("PRAGMA index_list(%1)").arg(table), [&](sqlite3_stmt *row) { indexes << text(row, 1); });
    for (const QString &index : indexes)
        db.query(QStringLiteral("PRAGMA index_info(%1)").arg(index),
                 [&](sqlite3_stmt *row) { facts.indexedColumns << text(row, 2); });

    XXH64_state_t *state = XXH64_createState();
    XXH64_reset(state, 0);
    const QString limit = upToId > 0 ? QStringLiteral(" WHERE id <= %1").arg(upToId) : QString();
    db.query(QStringLiteral("SELECT * FROM %1%2 ORDER BY id").arg(table, limit), [&](sqlite3_stmt *row) {
        for (int column = 0; column < sqlite3_column_count(row); ++column) {
            const unsigned char *value = sqlite3_column_text(row, column);
            XXH64_update(state, value, static_cast<size_t>(sqlite3_column_bytes(row, column)));
            XXH64_update(state, "\x1f", 1);
        }
    });
    facts.digest = QString::number(XXH64_digest(state), 16);
    XXH64_freeState(state);
    facts.error = db.error();
    return facts;
}

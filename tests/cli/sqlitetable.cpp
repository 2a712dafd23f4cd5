#include "sqlitetable.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <xxhash.h>

namespace {

template <typename Work>
auto withDatabase(const QString &file, Work work)
{
    const QString name = QUuid::createUuid().toString();
    decltype(work(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            result = work(db);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

qint64 rowCount(const QString &sqliteFile, const QString &table)
{
    return withDatabase(sqliteFile, [&](QSqlDatabase &db) -> qint64 {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    });
}

TableFacts readTable(const QString &sqliteFile, const QString &table, qint64 upToId)
{
    return withDatabase(sqliteFile, [&](QSqlDatabase &db) {
        TableFacts facts;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM %1").arg(table)) || !query.next()) {
            facts.error = query.lastError().text();
            return facts;
        }
        facts.count = query.value(0).toLongLong();
        facts.minId = query.value(1).toLongLong();
        facts.maxId = query.value(2).toLongLong();
        query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (query.next())
            facts.columns << query.value(1).toString();
        QStringList indexes;
        query.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table));
        while (query.next())
            indexes << query.value(1).toString();
        for (const QString &index : indexes) {
            query.exec(QStringLiteral("PRAGMA index_info(%1)").arg(index));
            if (query.next())
                facts.indexedColumns << query.value(2).toString();
        }
        XXH64_state_t *state = XXH64_createState();
        XXH64_reset(state, 0);
        const QString limit = upToId > 0 ? QStringLiteral(" WHERE id <= %1").arg(upToId) : QString();
        query.exec(QStringLiteral("SELECT * FROM %1%2 ORDER BY id").arg(table, limit));
        while (query.next()) {
            QByteArray row;
            for (int i = 0; i < query.record().count(); ++i)
                row += query.value(i).toString().toUtf8() + '\x1f';
            XXH64_update(state, row.constData(), static_cast<size_t>(row.size()));
        }
        facts.digest = QString::number(XXH64_digest(state), 16);
        XXH64_freeState(state);
        return facts;
    });
}

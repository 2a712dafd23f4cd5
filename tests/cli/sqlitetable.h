#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

// Reads back a CDR table from an SQLite file (its own connection, opened and closed per call).
struct TableFacts {
    qint64 count = 0;
    qint64 minId = 0;
    qint64 maxId = 0;
    QStringList columns;          // in table order
    QStringList indexedColumns;   // first column of every index
    QString digest;               // xxh64 of every row, ordered by id, as text
    QString error;
};

// upToId > 0 limits the digest to rows with id <= upToId.
TableFacts readTable(const QString &sqliteFile, const QString &table = QStringLiteral("cdr"), qint64 upToId = 0);
qint64 rowCount(const QString &sqliteFile, const QString &table = QStringLiteral("cdr"));

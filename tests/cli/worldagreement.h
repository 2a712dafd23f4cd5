#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Joins every record of a CDR table to its world tables (`<table>_subscribers`, `<table>_antennas`) and returns
// one line per check where not every record agrees ("callers: 19990 of 20000 records agree"); empty = 100 %.
// The SQL is plain enough for SQLite and PostgreSQL alike.
QStringList worldDisagreements(const QSqlDatabase &db, const QString &table);

// SELECT COUNT(*) ... as a number (-1 when the query fails).
qint64 countOf(const QSqlDatabase &db, const QString &sql);

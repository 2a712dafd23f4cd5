#pragma once

#include "config/config.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Joins every record of a CDR table to its world tables (`<table>_subscribers`, `<table>_antennas`) and returns
// one line per check where not every record agrees ("callers: 19990 of 20000 records agree"); empty = 100 %.
// The SQL is plain enough for SQLite and PostgreSQL alike.
QStringList worldDisagreements(const QSqlDatabase &db, const QString &table);

// SELECT COUNT(*) ... as a number (-1 when the query fails).
qint64 countOf(const QSqlDatabase &db, const QString &sql);

// The rows `<table>_events` must hold for a run of `config`: EventCalendar(config, antennas of the run's world)
// written out here independently of the world-table code, one "event_id|kind|name|start_time|end_time|antenna_ids|
// parameters" line per event (times as "YYYY-MM-DD HH:MM:SS" UTC wall clock, antennas as ANT<id> joined by ",").
QStringList expectedEventRows(const cdr::Config &config);
// The rows of `<table>_events` in the same form, by event_id (timestamps read back as the CDR table's text).
QStringList eventRowsIn(const QSqlDatabase &db, const QString &table);
// The rows `<table>_labels` must hold for a run of `config`: ScenarioPlan(config, the run's world).labels() in their
// order, written out here independently of the world-table code, one "msisdn|imei|scenario|role|group_id|valid_from|
// valid_to" line per label ("+<E.164 digits>", the IMEI's 15 digits or NULL, times as in expectedEventRows).
QStringList expectedLabelRows(const cdr::Config &config);
// The rows of `<table>_labels` in the same form, in the order the database returns them.
QStringList labelRowsIn(const QSqlDatabase &db, const QString &table);
// The rows of `<table>_events` per kind: "holiday 10, new_year 1, gathering 0, outage 0" (-1 where a query fails).
QString eventKindCounts(const QSqlDatabase &db, const QString &table);
// The ids in antenna_ids of `<table>_events` that are not an antenna_id of `<table>_antennas`, and the number of
// ids listed in all (by `listed`).
QStringList unknownEventAntennas(const QSqlDatabase &db, const QString &table, qint64 *listed);

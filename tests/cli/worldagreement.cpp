#include "worldagreement.h"

#include "calendar/eventcalendar.h"
#include "scenarios/scenarioplan.h"
#include "synth/cdrengine.h"
#include "synth/syntheticworld.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

qint64 countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

namespace {

struct Check {
    const char *name;
    QString records; // WHERE clause over `c` choosing the records that must agree
    QString join;    // JOIN ... ON ... matching a record to its world row
    QString agrees;  // condition over `c` and the joined row
};

// The IMEI a subscriber `s` uses at the record's start time.
QString imeiAt(const QString &s)
{
    return QStringLiteral("CASE WHEN %1.second_imei IS NOT NULL AND c.start_time >= %1.second_imei_from "
                          "THEN %1.second_imei ELSE %1.imei END")
        .arg(s);
}

QString antennaAgrees(const QString &side)
{
    return QStringLiteral("a.antenna_type = c.antenna_type_%1 AND a.lat = c.antenna_lat_%1 AND a.lon = "
                          "c.antenna_lon_%1 AND a.altitude = c.antenna_altitude_%1 AND a.\"operator\" = "
                          "c.operator_code_%1")
        .arg(side);
}

} // namespace

QStringList worldDisagreements(const QSqlDatabase &db, const QString &table)
{
    const QString subscribers = table + QStringLiteral("_subscribers");
    const QString antennas = table + QStringLiteral("_antennas");
    const Check checks[] = {
        {"callers", QStringLiteral("1 = 1"), QStringLiteral("JOIN %1 s ON s.msisdn = c.caller").arg(subscribers),
         QStringLiteral("s.home_lat = c.caller_lat_home AND s.home_lon = c.caller_lon_home AND s.\"operator\" = "
                        "c.operator_code_emission AND c.imei_caller = ") +
             imeiAt("s")},
        {"receivers", QStringLiteral("c.imei_receiver IS NOT NULL AND c.imei_receiver <> ''"),
         QStringLiteral("JOIN %1 r ON r.msisdn = c.callee").arg(subscribers),
         QStringLiteral("r.\"operator\" = c.operator_code_reception AND c.imei_receiver = ") + imeiAt("r")},
        {"emission antennas", QStringLiteral("1 = 1"),
         QStringLiteral("JOIN %1 a ON a.antenna_id = c.antenna_id_emission").arg(antennas), antennaAgrees("emission")},
        {"reception antennas", QStringLiteral("c.antenna_id_reception IS NOT NULL AND c.antenna_id_reception <> ''"),
         QStringLiteral("JOIN %1 a ON a.antenna_id = c.antenna_id_reception").arg(antennas),
         antennaAgrees("reception")},
    };
    QStringList problems;
    for (const Check &check : checks) {
        const qint64 total =
            countOf(db, QStringLiteral("SELECT COUNT(*) FROM %1 c WHERE %2").arg(table, check.records));
        const qint64 agreeing = countOf(db, QStringLiteral("SELECT COUNT(*) FROM %1 c %2 WHERE %3 AND %4")
                                                .arg(table, check.join, check.records, check.agrees));
        if (total <= 0 || agreeing != total)
            problems << QStringLiteral("%1: %2 of %3 records agree")
                            .arg(QLatin1String(check.name))
                            .arg(agreeing)
                            .arg(total);
    }
    return problems;
}

namespace {

QString wallClock(std::int64_t seconds)
{
    const QDate day = QDate(1970, 1, 1).addDays(seconds / 86400);
    const QTime time = QTime(0, 0).addSecs(int(seconds % 86400));
    return day.toString(QStringLiteral("yyyy-MM-dd ")) + time.toString(QStringLiteral("HH:mm:ss"));
}

QString asText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return value.toString();
}

// The rows of `select`, each as its fields joined by "|" (NULL as "NULL"); one "cannot read <what>" line when the
// query fails.
QStringList rowsIn(const QSqlDatabase &db, const QString &select, const QString &what)
{
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(select))
        return {QStringLiteral("cannot read ") + what};
    while (query.next()) {
        QStringList fields;
        for (int c = 0; c < query.record().count(); ++c)
            fields << (query.value(c).isNull() ? QStringLiteral("NULL") : asText(query.value(c)));
        rows << fields.join('|');
    }
    return rows;
}

} // namespace

QStringList expectedEventRows(const cdr::Config &config)
{
    const cdr::CdrEngine engine(config);
    const std::vector<cdr::Antenna> &antennas = engine.world().antennas();
    const cdr::EventCalendar calendar(config, antennas);
    QStringList rows;
    for (const cdr::CalendarEvent &event : calendar.events()) {
        QStringList ids;
        for (std::uint32_t index : event.antennas)
            ids << QStringLiteral("ANT%1").arg(antennas[index].id);
        rows << QStringList{QString::number(event.id), QString::fromUtf8(cdr::CalendarEvent::kindName(event.kind)),
                            QString::fromStdString(event.name), wallClock(event.start), wallClock(event.end),
                            ids.join(','), QString::fromStdString(event.parameters)}
                    .join('|');
    }
    return rows;
}

QStringList expectedLabelRows(const cdr::Config &config)
{
    const cdr::CdrEngine engine(config);
    const auto &world = dynamic_cast<const cdr::SyntheticWorld &>(engine.world());
    const cdr::ScenarioPlan plan(config, world);
    QStringList rows;
    for (const cdr::LabelRow &label : plan.labels())
        rows << QStringList{QStringLiteral("+%1").arg(qulonglong(label.msisdn)),
                            label.imei ? QStringLiteral("%1").arg(qulonglong(label.imei), 15, 10, QLatin1Char('0'))
                                       : QStringLiteral("NULL"),
                            QString::fromUtf8(cdr::scenarioKey(label.scenario)),
                            QString::fromUtf8(cdr::labelRoleName(label.role)), QString::number(label.groupId),
                            wallClock(label.validFrom), wallClock(label.validTo)}
                    .join('|');
    return rows;
}

QStringList labelRowsIn(const QSqlDatabase &db, const QString &table)
{
    return rowsIn(db, QStringLiteral("SELECT msisdn, imei, scenario, role, group_id, valid_from, valid_to FROM "
                                     "%1_labels")
                          .arg(table),
                  table + QStringLiteral("_labels"));
}

QStringList eventRowsIn(const QSqlDatabase &db, const QString &table)
{
    return rowsIn(db, QStringLiteral("SELECT event_id, kind, name, start_time, end_time, antenna_ids, parameters FROM "
                                     "%1_events ORDER BY event_id")
                          .arg(table),
                  table + QStringLiteral("_events"));
}

QString eventKindCounts(const QSqlDatabase &db, const QString &table)
{
    QStringList counts;
    for (const char *kind : {"holiday", "new_year", "gathering", "outage"})
        counts << QStringLiteral("%1 %2").arg(QLatin1String(kind)).arg(countOf(
                      db, QStringLiteral("SELECT COUNT(*) FROM %1_events WHERE kind = '%2'").arg(table, kind)));
    return counts.join(QStringLiteral(", "));
}

QStringList unknownEventAntennas(const QSqlDatabase &db, const QString &table, qint64 *listed)
{
    QSet<QString> known;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT antenna_id FROM %1_antennas").arg(table)))
        return {QStringLiteral("cannot read %1_antennas").arg(table)};
    while (query.next())
        known.insert(query.value(0).toString());
    QStringList unknown;
    *listed = 0;
    if (!query.exec(QStringLiteral("SELECT antenna_ids FROM %1_events").arg(table)))
        return {QStringLiteral("cannot read %1_events").arg(table)};
    while (query.next())
        for (const QString &id : query.value(0).toString().split(',', Qt::SkipEmptyParts)) {
            ++*listed;
            if (!known.contains(id))
                unknown << id;
        }
    return unknown;
}

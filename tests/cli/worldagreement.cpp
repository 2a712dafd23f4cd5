#include "worldagreement.h"

#include <QSqlQuery>
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

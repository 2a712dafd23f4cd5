#include "config/config.h"
#include "model/schema.h"
#include "sink/existingtable.h"
#include "sink/pgbinarycopy.h"
#include "sink/sinkerror.h"
#include "sink/sqldialect.h"
#include "tableshape/runvaluelimits.h"
#include "tableshape/tableshapecheck.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

using cdr::ColumnKind;
using cdr::TypeSystem;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// The seed's table translated column for column (README of the seed: id INT primary key, VARCHAR texts,
// DATETIME start_time, INT duration and altitudes, FLOAT coordinates), as a catalog lists it: name, type,
// nullable, has default. `types` spells each kind the way that database's catalog does.
Rows seedShape(const std::map<ColumnKind, std::string> &types)
{
    Rows rows;
    for (const cdr::Column &column : cdr::kCdrColumns)
        rows.push_back({std::string(column.name), types.at(column.kind), column.kind == ColumnKind::Id ? "0" : "1", "0"});
    return rows;
}

// What SqlDialect::tableColumns() returns for the seed's table on SQL Server (INFORMATION_SCHEMA.COLUMNS, sizes
// put back into the type).
Rows seedShapeOnSqlServer()
{
    return seedShape({{ColumnKind::Id, "int"}, {ColumnKind::Text, "varchar(20)"}, {ColumnKind::Timestamp, "datetime"},
                      {ColumnKind::Integer, "int"}, {ColumnKind::Real, "float(53)"}});
}

Rows seedShapeOnPostgres()
{
    return seedShape({{ColumnKind::Id, "integer"}, {ColumnKind::Text, "character varying(20)"},
                      {ColumnKind::Timestamp, "timestamp without time zone"}, {ColumnKind::Integer, "integer"},
                      {ColumnKind::Real, "double precision"}});
}

void setType(Rows &rows, const std::string &column, const std::string &type)
{
    for (auto &row : rows)
        if (row[0] == column)
            row[1] = type;
}

cdr::TableShapeCheck check(TypeSystem system, const Rows &rows, const cdr::RunValueLimits &limits)
{
    return cdr::checkTableShape(system, cdr::describeColumns(system, rows), limits);
}

cdr::RunValueLimits seedLimits(std::int64_t largestId = 10'000'000)
{
    return cdr::runValueLimits(cdr::Config::seedDefaults(), largestId);
}

std::size_t index(std::string_view name)
{
    for (std::size_t c = 0; c < cdr::kCdrColumnCount; ++c)
        if (cdr::kCdrColumns[c].name == name)
            return c;
    return cdr::kCdrColumnCount;
}

QStringList problems(const cdr::TableShapeCheck &check)
{
    QStringList list;
    for (const std::string &problem : check.problems)
        list << QString::fromStdString(problem);
    return list;
}

} // namespace

class TestTableShapeCheck : public QObject {
    Q_OBJECT
private slots:
    void seedShapePassesTheSqlServerDialectsCheck()
    {
        const cdr::SqlDialect dialect(cdr::SqlDialect::Kind::SqlServer);
        const cdr::TableShapeCheck result = check(dialect.typeSystem(), seedShapeOnSqlServer(), seedLimits());
        QVERIFY2(result.compatible(), qPrintable(problems(result).join('\n')));
        const cdr::ColumnType &startTime = result.plan.target[index("start_time")];
        QCOMPARE(startTime.family, cdr::ColumnType::Family::Timestamp);
        QCOMPARE(startTime.flavour, cdr::ColumnType::Flavour::DateTime);
        QCOMPARE(result.plan.target[index("id")].bits, 32);
        QCOMPARE(result.plan.target[index("antenna_lat_emission")].bits, 64);
        QCOMPARE(result.plan.target[index("caller")].length, 20);
    }

    void sqlServerTimestampsAndWideTextsLoad()
    {
        for (const char *type : {"datetime2(0)", "datetime2(7)", "datetime", "smalldatetime"}) {
            Rows rows = seedShapeOnSqlServer();
            setType(rows, "start_time", type);
            setType(rows, "caller", "nvarchar(max)");
            setType(rows, "antenna_lat_emission", "decimal(9,6)");
            setType(rows, "antenna_lat_reception", "real");
            setType(rows, "antenna_altitude_emission", "smallint");
            setType(rows, "id", "bigint");
            const cdr::TableShapeCheck result = check(TypeSystem::SqlServer, rows, seedLimits());
            QVERIFY2(result.compatible(), qPrintable(QString(type) + ": " + problems(result).join('\n')));
        }
    }

    void sqlServerRefusesWhatCannotHoldTheValues()
    {
        Rows rows = seedShapeOnSqlServer();
        setType(rows, "start_time", "date");
        setType(rows, "caller", "varchar(10)");
        setType(rows, "type", "nchar(20)");
        setType(rows, "duration", "tinyint");
        setType(rows, "antenna_lat_emission", "decimal(5,4)");
        rows.erase(rows.begin() + std::ptrdiff_t(index("imei_caller")));
        rows.push_back({"region", "varchar(10)", "0", "0"});
        rows.push_back({"loaded_at", "datetime2(7)", "0", "1"}); // NOT NULL with a default: fine
        rows[index("callee")][2] = "0";
        const QStringList expected{
            "column caller: varchar(10) is narrower than the longest value this run can write (12 characters)",
            "column callee: NOT NULL, but this run leaves it empty (NULL) for off-net calls and data sessions",
            "column start_time: date has no time of day (use a timestamp type)",
            "column duration: tinyint holds 0..255, but this run writes values 0..3,600",
            "column type: nchar(20) pads values with spaces, which would change them (use VARCHAR(n) or TEXT)",
            "missing column imei_caller",
            "column antenna_lat_emission: decimal(5,4) has room for 1 digits before the decimal point, but the "
            "geography box reaches 51.5 degrees",
            "column region: NOT NULL without a default, and cdrgen writes no value there",
        };
        QCOMPARE(problems(check(TypeSystem::SqlServer, rows, seedLimits())), expected);
    }

    // Issue 21: with scenarios on, some callers are not ours (a Wangiri number, a landline calling in): their
    // emitting columns are NULL, so a NOT NULL emitting column is refused before anything is written, and caller
    // must hold the longest foreign number.
    void scenariosNeedNullableEmittingColumns()
    {
        cdr::Config config = cdr::Config::seedDefaults();
        config.scenarios[cdr::ScenarioKind::Wangiri].enabled = true;
        Rows rows = seedShapeOnSqlServer();
        rows[index("imei_caller")][2] = "0";
        rows[index("caller_lat_home")][2] = "0";
        rows[index("caller")][2] = "0"; // the caller is never NULL
        QCOMPARE(problems(check(TypeSystem::SqlServer, rows, cdr::runValueLimits(config, 100))),
                 QStringList({"column imei_caller: NOT NULL, but this run leaves it empty (NULL) for calls from "
                              "off-net numbers (scenarios: in config.yml)",
                              "column caller_lat_home: NOT NULL, but this run leaves it empty (NULL) for calls from "
                              "off-net numbers (scenarios: in config.yml)"}));
        // Any off-net number may call in: the caller needs the callee's room ('+' and a German mobile's 13 digits).
        QCOMPARE(cdr::runValueLimits(config, 100).longestText[index("caller")], std::size_t(14));
        QCOMPARE(cdr::runValueLimits(config, 100).longestText[index("callee")], std::size_t(14));
        config.scenarios[cdr::ScenarioKind::Wangiri].enabled = false;
        QVERIFY(check(TypeSystem::SqlServer, rows, cdr::runValueLimits(config, 100)).compatible());
    }

    void smallDateTimeRefusesAPeriodOutsideItsRange()
    {
        Rows rows = seedShapeOnSqlServer();
        setType(rows, "start_time", "smalldatetime");
        cdr::Config config = cdr::Config::seedDefaults();
        config.generation.periodStart = "2080-01-01 00:00:00";
        config.generation.periodEnd = "2080-12-31 23:59:59";
        QCOMPARE(problems(check(TypeSystem::SqlServer, rows, cdr::runValueLimits(config, 100))),
                 QStringList{"column start_time: smalldatetime holds 1900-01-01..2079-06-06, but generation.period is "
                             "2080-01-01..2080-12-31"});
    }

    void intIdIsFineUntilTwoToTheThirtyOneMinusOne()
    {
        QVERIFY(check(TypeSystem::PostgreSql, seedShapeOnPostgres(), seedLimits(2'147'483'647)).compatible());
        QCOMPARE(problems(check(TypeSystem::PostgreSql, seedShapeOnPostgres(), seedLimits(2'147'483'648))),
                 QStringList{"column id: integer holds -2,147,483,648..2,147,483,647, but this run writes ids "
                             "1..2,147,483,648"});
        // SQLite stores any integer in up to 8 bytes, whatever its declared name.
        Rows sqlite = seedShape({{ColumnKind::Id, "INT"}, {ColumnKind::Text, "VARCHAR(20)"},
                                 {ColumnKind::Timestamp, "DATETIME"}, {ColumnKind::Integer, "INT"},
                                 {ColumnKind::Real, "FLOAT"}});
        QVERIFY(check(TypeSystem::Sqlite, sqlite, seedLimits(5'000'000'000)).compatible());
    }

    void postgresNamesAreCaseSensitiveAndOrderIsFree()
    {
        Rows rows = seedShapeOnPostgres();
        std::reverse(rows.begin(), rows.end());
        QVERIFY(check(TypeSystem::PostgreSql, rows, seedLimits()).compatible());
        rows[0][0] = "Caller_Lon_Home";
        QCOMPARE(problems(check(TypeSystem::PostgreSql, rows, seedLimits())),
                 QStringList{"missing column caller_lon_home (there is \"Caller_Lon_Home\": PostgreSQL names are "
                             "case-sensitive)"});
        // SQL Server and SQLite compare names without case.
        Rows sqlServer = seedShapeOnSqlServer();
        sqlServer[0][0] = "ID";
        QVERIFY(check(TypeSystem::SqlServer, sqlServer, seedLimits()).compatible());
    }

    void sqliteReadsDeclaredTypesByAffinity()
    {
        Rows rows = seedShape({{ColumnKind::Id, "INTEGER"}, {ColumnKind::Text, "TEXT"}, {ColumnKind::Timestamp, ""},
                               {ColumnKind::Integer, "SMALLINT"}, {ColumnKind::Real, "NUMERIC(9,6)"}});
        QVERIFY2(check(TypeSystem::Sqlite, rows, seedLimits()).compatible(),
                 qPrintable(problems(check(TypeSystem::Sqlite, rows, seedLimits())).join('\n')));
        setType(rows, "imei_caller", "BIGINT"); // INTEGER affinity: the IMEI's leading zeros would be lost
        setType(rows, "start_time", "DATE");
        QCOMPARE(problems(check(TypeSystem::Sqlite, rows, seedLimits())),
                 (QStringList{"column start_time: DATE has no time of day (use a timestamp type)",
                              "column imei_caller: BIGINT cannot hold text (values such as 356938035643809)"}));
    }

    void valueLimitsFollowTheConfig()
    {
        cdr::Config config = cdr::Config::seedDefaults();
        config.antennaId = {1, 123456};
        config.operators[0].code = "PROXIMUS_BE";
        config.callStatus.push_back("NOT_REACHABLE");
        config.altitude = {-5, 350};
        const cdr::RunValueLimits limits = cdr::runValueLimits(config, 42);
        QCOMPARE(limits.longestText[index("caller")], std::size_t(12));     // +32 4xx xx xx xx
        QCOMPARE(limits.longestText[index("callee")], std::size_t(14));     // +49 17x xxxxxxxx (foreign mobiles)
        QCOMPARE(limits.longestText[index("antenna_id_emission")], std::size_t(9)); // ANT123456
        QCOMPARE(limits.longestText[index("operator_code_reception")], std::size_t(11));
        QCOMPARE(limits.longestText[index("status")], std::size_t(13));
        QCOMPARE(limits.longestText[index("imei_receiver")], std::size_t(15));
        QCOMPARE(limits.largestId(), std::int64_t(42));
        QCOMPARE(limits.smallest[index("antenna_altitude_reception")], std::int64_t(-5));
        QCOMPARE(limits.largest[index("antenna_altitude_emission")], std::int64_t(350));
        QCOMPARE(limits.largest[index("duration")], std::int64_t(3600));
        config.realism.foreignCallShare = 0; // landlines only: +32 x xxx xx xx is shorter than a mobile
        QCOMPARE(cdr::runValueLimits(config, 42).longestText[index("callee")], std::size_t(12));
    }

    void refusalIsOneConfigurationErrorListingEveryProblem()
    {
        Rows rows = seedShapeOnPostgres();
        setType(rows, "caller", "character varying(8)");
        setType(rows, "start_time", "date");
        const cdr::TableShapeCheck result = check(TypeSystem::PostgreSql, rows, seedLimits());
        try {
            cdr::requireLoadable(result, "cdr_seed_like");
            QFAIL("an incompatible table was accepted");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Configuration);
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.startsWith("table cdr_seed_like cannot take this run's rows (nothing was written"),
                     qPrintable(message));
            QVERIFY(message.contains("\n  - column caller: character varying(8) is narrower"));
            QVERIFY(message.contains("\n  - column start_time: date has no time of day"));
        }
    }

    void copyIsBinaryWhereEveryTypeHasABinaryForm()
    {
        const cdr::TableShapeCheck seed = check(TypeSystem::PostgreSql, seedShapeOnPostgres(), seedLimits());
        const std::optional<cdr::pgbinarycopy::Encoding> encoding = cdr::pgbinarycopy::encodingFor(seed.plan);
        QVERIFY(encoding.has_value());
        QCOMPARE((*encoding)[index("id")], cdr::pgbinarycopy::Wire::Int4);
        QCOMPARE((*encoding)[index("antenna_lat_emission")], cdr::pgbinarycopy::Wire::Float8);
        Rows other = seedShapeOnPostgres();
        setType(other, "start_time", "timestamp with time zone");
        setType(other, "antenna_altitude_emission", "smallint");
        setType(other, "caller_lat_home", "real");
        const std::optional<cdr::pgbinarycopy::Encoding> mixed =
            cdr::pgbinarycopy::encodingFor(check(TypeSystem::PostgreSql, other, seedLimits()).plan);
        QVERIFY(mixed.has_value());
        QCOMPARE((*mixed)[index("start_time")], cdr::pgbinarycopy::Wire::Timestamp);
        QCOMPARE((*mixed)[index("antenna_altitude_emission")], cdr::pgbinarycopy::Wire::Int2);
        QCOMPARE((*mixed)[index("caller_lat_home")], cdr::pgbinarycopy::Wire::Float4);
        setType(other, "caller_lon_home", "numeric(9,6)"); // no binary encoder here: text COPY for the table
        QVERIFY(!cdr::pgbinarycopy::encodingFor(check(TypeSystem::PostgreSql, other, seedLimits()).plan).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTableShapeCheck)
#include "test_tableshapecheck.moc"

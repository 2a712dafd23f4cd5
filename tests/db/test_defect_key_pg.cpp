#include "dbtestsupport.h"
#include "dirtyconfigs.h"

#include "defects/defectkeycsvfile.h"
#include "run/runcontroller.h"
#include "synth/recordformatter.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The answer key of defects through psqlODBC: two shards into one PostgreSQL table give <table>_defects equal row
// for row to the CSV run's key file (issue 22).
namespace {

cdr::Config dirtyConfig()
{
    cdr::Config config = cdrtest::testConfig();
    config.generation.records = 8'000;
    config.database.worldTables = true;
    cdr::testconfigs::raiseDefectRates(config);
    return config;
}

cdr::RunSummary run(const cdr::Config &config, const cdr::TargetSpec &target, const cdr::ConnectionSettings &connection,
                    cdr::Shard shard)
{
    cdr::RunRequest request;
    request.config = config;
    request.target = target;
    request.connection = connection;
    request.table = "dirty";
    request.ifExists = shard.count > 1 ? cdr::IfExists::Resume : cdr::IfExists::Replace;
    request.shard = shard;
    std::atomic_bool cancel = false;
    return cdr::RunController().run(request, cancel, {});
}

} // namespace

class TestDefectKeyPg : public QObject {
    Q_OBJECT
private slots:
    void psqlOdbcStoresTheCsvKey()
    {
        QTemporaryDir dir;
        const cdr::Config config = dirtyConfig();
        cdr::TargetSpec csv;
        csv.kind = cdr::TargetSpec::Kind::Csv;
        csv.path = dir.filePath(QStringLiteral("dirty.csv")).toStdString();
        QVERIFY(run(config, csv, {}, {}).outcome == cdr::RunSummary::Outcome::Completed);
        std::vector<std::string> expected;
        QFile file(QString::fromStdString(cdr::DefectKeyCsvFile::pathFor(csv.path)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        while (!file.atEnd())
            expected.push_back(file.readLine().toStdString());
        std::sort(expected.begin(), expected.end());
        QVERIFY(expected.size() > 500);

        const auto pg = cdrtest::postgresFixture();
        cdr::TargetSpec odbc;
        odbc.kind = cdr::TargetSpec::Kind::Odbc;
        QSqlDatabase reader = cdrtest::postgresReader(pg, "defect-key-reader");
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        QSqlQuery(reader).exec("DROP TABLE IF EXISTS dirty, dirty_defects, dirty_subscribers, dirty_antennas, "
                               "dirty_events, dirty_runs");
        for (int index : {2, 1}) {
            const cdr::RunSummary summary = run(config, odbc, cdrtest::postgresOdbcSettings(pg), cdr::Shard{index, 2});
            QVERIFY2(summary.outcome == cdr::RunSummary::Outcome::Completed, summary.error.c_str());
        }
        QSqlQuery query(reader);
        QVERIFY(query.exec("SELECT id, kind, variant, column_name, original_value, injected_value, original_id "
                           "FROM dirty_defects"));
        std::vector<std::string> stored;
        while (query.next()) {
            std::string line;
            for (int c = 0; c < 7; ++c) {
                if (c)
                    line += ',';
                if (!query.value(c).isNull())
                    line += cdr::RecordFormatter::csvField(query.value(c).toString().toStdString());
            }
            stored.push_back(line + "\n");
        }
        std::sort(stored.begin(), stored.end());
        QCOMPARE(stored.size(), expected.size());
        QVERIFY(stored == expected);
    }
};

QTEST_GUILESS_MAIN(TestDefectKeyPg)
#include "test_defect_key_pg.moc"

#include "dbtestsupport.h"
#include "dirtyconfigs.h"

#include "defects/defectkeycsvfile.h"
#include "run/runcontroller.h"
#include "sink/postgressink.h"
#include "sink/sinkerror.h"
#include "synth/recordformatter.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The answer key of defects in PostgreSQL, through COPY (postgresql://) and through psqlODBC: <table>_defects
// equal row for row to the CSV run's key file, also when two shards fill one table, and dropped by a replace
// (issue 22).
namespace {

constexpr const char *kKeyColumns = "id, kind, variant, column_name, original_value, injected_value, original_id";

cdr::Config dirtyConfig()
{
    cdr::Config config = cdrtest::testConfig();
    config.generation.records = 8'000;
    config.database.worldTables = true;
    cdr::testconfigs::raiseDefectRates(config);
    return config;
}

cdr::RunSummary run(const cdr::Config &config, const cdr::TargetSpec &target, const cdr::ConnectionSettings &connection,
                    cdr::Shard shard, cdr::IfExists ifExists)
{
    cdr::RunRequest request;
    request.config = config;
    request.target = target;
    request.connection = connection;
    request.table = "dirty";
    request.ifExists = ifExists;
    request.shard = shard;
    std::atomic_bool cancel = false;
    return cdr::RunController().run(request, cancel, {});
}

// The CSV run's answer key file, without its header, sorted.
std::vector<std::string> csvKey(const cdr::Config &config, const QTemporaryDir &dir)
{
    cdr::TargetSpec csv;
    csv.kind = cdr::TargetSpec::Kind::Csv;
    csv.path = dir.filePath(QStringLiteral("dirty.csv")).toStdString();
    std::vector<std::string> lines;
    if (run(config, csv, {}, {}, cdr::IfExists::Replace).outcome != cdr::RunSummary::Outcome::Completed)
        return lines;
    QFile file(QString::fromStdString(cdr::DefectKeyCsvFile::pathFor(csv.path)));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    file.readLine();
    while (!file.atEnd())
        lines.push_back(file.readLine().toStdString());
    std::sort(lines.begin(), lines.end());
    return lines;
}

// dirty_defects as CSV lines (NULL = empty), sorted.
std::vector<std::string> storedKey(const QSqlDatabase &reader)
{
    QSqlQuery query(reader);
    std::vector<std::string> lines;
    if (!query.exec(QStringLiteral("SELECT %1 FROM dirty_defects").arg(kKeyColumns)))
        return lines;
    while (query.next()) {
        std::string line;
        for (int c = 0; c < 7; ++c) {
            if (c)
                line += ',';
            if (!query.value(c).isNull())
                line += cdr::RecordFormatter::csvField(query.value(c).toString().toStdString());
        }
        lines.push_back(line + "\n");
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

class TestDefectKeyPg : public QObject {
    Q_OBJECT
    std::map<std::string, std::string> m_pg;
    QSqlDatabase m_reader;

    void dropDirtyTables()
    {
        QSqlQuery(m_reader).exec("DROP TABLE IF EXISTS dirty, dirty_defects, dirty_subscribers, dirty_antennas, "
                                 "dirty_events, dirty_labels, dirty_runs");
    }
    bool keyTableExists()
    {
        QSqlQuery query(m_reader);
        return query.exec("SELECT to_regclass('dirty_defects') IS NOT NULL") && query.next() && query.value(0).toBool();
    }

private slots:
    void initTestCase()
    {
        m_pg = cdrtest::postgresFixture();
        m_reader = cdrtest::postgresReader(m_pg, "defect-key-reader");
        QVERIFY2(m_reader.open(), qPrintable(m_reader.lastError().text()));
    }

    void twoShardsStoreTheCsvKey_data()
    {
        QTest::addColumn<bool>("odbc");
        QTest::newRow("COPY") << false;
        QTest::newRow("psqlODBC") << true;
    }

    // Two shards into one table, the second shard's batches first: each batch's key rows commit with its records.
    void twoShardsStoreTheCsvKey()
    {
        QFETCH(bool, odbc);
        QTemporaryDir dir;
        const cdr::Config config = dirtyConfig();
        const std::vector<std::string> expected = csvKey(config, dir);
        QVERIFY(expected.size() > 500);

        cdr::TargetSpec target = cdrtest::postgresCopyTarget(m_pg);
        if (odbc)
            target = cdr::TargetSpec{.kind = cdr::TargetSpec::Kind::Odbc};
        const cdr::ConnectionSettings connection =
            odbc ? cdrtest::postgresOdbcSettings(m_pg) : cdr::ConnectionSettings{};
        dropDirtyTables();
        for (int index : {2, 1}) {
            const cdr::RunSummary summary =
                run(config, target, connection, cdr::Shard{index, 2}, cdr::IfExists::Resume);
            QVERIFY2(summary.outcome == cdr::RunSummary::Outcome::Completed, summary.error.c_str());
        }
        const std::vector<std::string> stored = storedKey(m_reader);
        QCOMPARE(stored.size(), expected.size());
        QVERIFY(stored == expected);
    }

    // --if-exists replace through COPY: a stale key row goes with the replaced table, and a run without defects
    // leaves no key of the records it replaced.
    void copyReplaceDropsTheKeyTable()
    {
        QTemporaryDir dir;
        const cdr::Config config = dirtyConfig();
        const std::vector<std::string> expected = csvKey(config, dir);
        QVERIFY(expected.size() > 500);
        dropDirtyTables();
        QSqlQuery stale(m_reader);
        QVERIFY2(stale.exec(QStringLiteral("CREATE TABLE dirty_defects (id BIGINT, kind TEXT, variant TEXT, "
                                           "column_name TEXT, original_value TEXT, injected_value TEXT, "
                                           "original_id BIGINT)")),
                 qPrintable(stale.lastError().text()));
        QVERIFY(stale.exec("INSERT INTO dirty_defects VALUES (1, 'orphans', 'caller', 'caller', 'a', 'b', NULL)"));

        const cdr::TargetSpec target = cdrtest::postgresCopyTarget(m_pg);
        cdr::RunSummary summary = run(config, target, {}, {}, cdr::IfExists::Replace);
        QVERIFY2(summary.outcome == cdr::RunSummary::Outcome::Completed, summary.error.c_str());
        const std::vector<std::string> stored = storedKey(m_reader);
        QCOMPARE(stored.size(), expected.size());
        QVERIFY(stored == expected);

        cdr::Config clean = config;
        clean.defects = {};
        summary = run(clean, target, {}, {}, cdr::IfExists::Replace);
        QVERIFY2(summary.outcome == cdr::RunSummary::Outcome::Completed, summary.error.c_str());
        QVERIFY(!keyTableExists());
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM dirty"), std::int64_t(8'000));
    }

    // A sink used without pipelining (one session) writes each batch's key rows in the batch's transaction too;
    // text COPY keeps a value with a tab, a backslash and a newline as it is.
    void copyWithoutPipeliningStoresTheKey()
    {
        const std::vector<cdr::CdrRecord> records = cdrtest::makeRecords(1, 2'500);
        const std::string awkward = "a\tb\\c\nd";
        cdr::PostgresSink sink({m_pg.at("PG_HOST"), m_pg.at("PG_PORT"), m_pg.at("PG_USER"), m_pg.at("PG_PASSWORD"),
                                m_pg.at("PG_DATABASE"), {}},
                               "dirty_plain", cdrtest::testConfig());
        sink.writeDefectKeyFrom([&](std::int64_t first, std::int64_t last, std::vector<cdr::DefectKeyRow> &rows) {
            for (std::int64_t id = first; id <= last; ++id)
                if (id % 10 == 0)
                    rows.push_back({id, cdr::DefectKind::Orphan, "caller", "caller", awkward, std::nullopt, 0});
        });
        QVERIFY(sink.storesDefectKey());
        QSqlQuery(m_reader).exec("DROP TABLE IF EXISTS dirty_plain, dirty_plain_defects");
        try {
            cdrtest::load(sink, cdr::IfExists::Replace, records, 1'000);
        } catch (const cdr::SinkError &error) {
            QFAIL(error.what());
        }
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM dirty_plain"), std::int64_t(2'500));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM dirty_plain_defects WHERE id % 10 = 0 AND kind = "
                                           "'orphans' AND injected_value IS NULL AND original_id IS NULL"),
                 std::int64_t(250));
        QSqlQuery query(m_reader);
        QVERIFY(query.exec("SELECT DISTINCT original_value FROM dirty_plain_defects") && query.next());
        QCOMPARE(query.value(0).toString().toStdString(), awkward);
        QVERIFY(!query.next());
        QSqlQuery(m_reader).exec("DROP TABLE IF EXISTS dirty_plain, dirty_plain_defects");
    }

    void cleanupTestCase()
    {
        dropDirtyTables();
        m_reader.close();
    }
};

QTEST_GUILESS_MAIN(TestDefectKeyPg)
#include "test_defect_key_pg.moc"

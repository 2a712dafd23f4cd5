#include "clirunner.h"
#include "postgresfacts.h"

#include "defectdetector.h"
#include "dirtyconfigs.h"

#include "defects/defectkeycsvfile.h"
#include "model/schema.h"
#include "synth/cdrengine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace cdr::testdefects;

namespace {

constexpr qint64 kRecords = 1'000'000;
// Clean records that look damaged (disagreementWithKey): 4 in the preset's 1,000,000.
constexpr std::size_t kMaxLookalikes = 40;

// The 23 columns in table order, each as the CSV text of the record (the timestamp without PostgreSQL's DateStyle).
QString recordColumns()
{
    QStringList columns;
    for (const cdr::Column &column : cdr::kCdrColumns) {
        const QString name = QString::fromUtf8(column.name.data(), qsizetype(column.name.size()));
        columns << (column.kind == cdr::ColumnKind::Timestamp
                        ? QStringLiteral("to_char(%1, 'YYYY-MM-DD HH24:MI:SS')").arg(name)
                        : name);
    }
    return columns.join(", ");
}

std::vector<std::vector<std::string>> sorted(std::vector<std::vector<std::string>> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

// The done-when of issue 22 for PostgreSQL COPY: `cdrgen-cli -c config/presets/dirty-data.yml -n 1000000
// --world-tables -o postgresql://...` stores in <table>_defects the CSV run's answer key, row for row, and the
// detector finds in the records read back exactly that key.
class TestCliDefectsPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<QString, QString> m_pg;

    CliRunner runner() const
    {
        CliRunner cli(m_dir.path());
        cli.setVariable("PGPASSFILE", m_pg.at("PG_PASSFILE")); // the password stays off the command line
        return cli;
    }
    QString url() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(m_pg.at("PG_USER"), m_pg.at("PG_HOST"), m_pg.at("PG_PORT"), m_pg.at("PG_DATABASE"));
    }
    // Runs one psql command (e.g. \copy) as the test user; "" or psql's error.
    QString psql(const QString &command) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSFILE", m_pg.at("PG_PASSFILE"));
        process.setProcessEnvironment(env);
        process.start("psql", {"-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", m_pg.at("PG_HOST"), "-p", m_pg.at("PG_PORT"),
                               "-U", m_pg.at("PG_USER"), "-d", m_pg.at("PG_DATABASE"), "-c", command});
        if (!process.waitForFinished(300'000))
            return QStringLiteral("psql did not finish");
        return process.exitCode() == 0 ? QString() : QString::fromUtf8(process.readAllStandardError());
    }
    // The rows of a query as parsed CSV, through psql's \copy into a file.
    std::vector<std::vector<std::string>> query(const QString &select, const QString &file, QString *error) const
    {
        const QString path = m_dir.filePath(file);
        *error = psql(QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv)").arg(select, path));
        return readCsv(path.toStdString());
    }
    void dropTables() const
    {
        psql("DROP TABLE IF EXISTS dirty1m, dirty1m_defects, dirty1m_subscribers, dirty1m_antennas, dirty1m_events, "
             "dirty1m_labels, dirty1m_runs");
    }

private slots:
    void initTestCase()
    {
        m_pg = readPostgresFacts();
        QVERIFY(m_pg.count("PG_HOST"));
        dropTables();
    }

    void dirtyDataAtOneMillionGivesTheCsvKeyAndTheRecordsShowIt()
    {
        const QString preset = QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml");
        const QString count = QString::number(kRecords);
        QElapsedTimer timer;
        timer.start();
        const CliResult csv = runner().run({"-c", preset, "-n", count, "--world-tables", "-o", "csv:dirty1m.csv",
                                            "--no-email", "-q"}, 600'000);
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        qInfo("CSV run: %lld ms", timer.restart());
        const CliResult copy = runner().run({"-c", preset, "-n", count, "--world-tables", "-o", url(), "--table",
                                             "dirty1m", "--if-exists", "replace", "--no-email", "-q"}, 600'000);
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QVERIFY2(!copy.err.contains("answer key"), qPrintable(copy.err));
        qInfo("PostgreSQL COPY run: %lld ms", timer.restart());

        std::vector<std::vector<std::string>> csvKey =
            readCsv(cdr::DefectKeyCsvFile::pathFor(m_dir.filePath("dirty1m.csv").toStdString()));
        QVERIFY(!csvKey.empty());
        csvKey.erase(csvKey.begin()); // the header
        QString error;
        const std::vector<std::vector<std::string>> pgKey = query(
            "SELECT id, kind, variant, column_name, original_value, injected_value, original_id FROM dirty1m_defects",
            "key.csv", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // About 4 % of records (the preset's rates sum to 4 %; a swap or a move is two rows).
        QVERIFY2(pgKey.size() > std::size_t(kRecords) * 3 / 100, qPrintable(QString::number(pgKey.size())));
        QCOMPARE(pgKey.size(), csvKey.size());
        QVERIFY(sorted(pgKey) == sorted(csvKey));

        const std::vector<std::vector<std::string>> records =
            query(QStringLiteral("SELECT %1 FROM dirty1m ORDER BY id").arg(recordColumns()), "records.csv", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(records.size()), kRecords);
        std::vector<Row> rows(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), std::size_t(23));
            std::move(records[i].begin(), records[i].end(), rows[i].begin());
        }
        qInfo("read back: %lld ms", timer.restart());
        const cdr::Config config = cdr::testconfigs::dirtyData(kRecords);
        const cdr::CdrEngine engine(config);
        std::size_t lookalikes = 0;
        const std::string problem =
            disagreementWithKey(rows, pgKey, config, engine.world(), kMaxLookalikes, &lookalikes);
        qInfo("detector: %lld ms; clean records that look damaged: %zu", timer.restart(), lookalikes);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void cleanupTestCase()
    {
        dropTables();
    }
};

QTEST_GUILESS_MAIN(TestCliDefectsPg)
#include "test_cli_defects_pg.moc"

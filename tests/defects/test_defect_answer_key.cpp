// A CSV run with defects and world tables: the answer key beside the CDR file names exactly the defects a pipeline
// finds in the records alone, with the values the records hold.
#include "defects/defectkeycsvfile.h"
#include "run/runcontroller.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include "defectdetector.h"
#include "dirtyconfigs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <map>

using namespace cdr;
using namespace cdr::testdefects;

namespace {

constexpr std::int64_t kRecords = 40'000;

RunSummary runToCsv(const Config &config, const std::string &path)
{
    RunRequest request;
    request.config = config;
    request.config.database.worldTables = true;
    request.target.kind = TargetSpec::Kind::Csv;
    request.target.path = path;
    request.ifExists = IfExists::Replace;
    std::atomic_bool cancel = false;
    return RunController().run(request, cancel, {});
}

// The lines of the answer key file without its header, sorted.
std::vector<std::string> keyLines(const std::string &cdrPath)
{
    std::vector<std::string> lines;
    QFile file(QString::fromStdString(DefectKeyCsvFile::pathFor(cdrPath)));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    file.readLine();
    while (!file.atEnd())
        lines.push_back(file.readLine().toStdString());
    std::sort(lines.begin(), lines.end());
    return lines;
}

// The rows of a SQLite query, each as one CSV line (NULL = empty), sorted.
std::vector<std::string> sqliteLines(const std::string &path, const std::string &sql)
{
    std::vector<std::string> lines;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string line;
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                if (c)
                    line += ',';
                if (sqlite3_column_type(statement, c) != SQLITE_NULL)
                    line += RecordFormatter::csvField(reinterpret_cast<const char *>(sqlite3_column_text(statement, c)));
            }
            lines.push_back(line + "\n");
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

class TestDefectAnswerKey : public QObject {
    Q_OBJECT
private slots:
    void answerKeyMatchesWhatTheRecordsShow()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("cdr.csv")).toStdString();
        const Config config = testconfigs::veryDirty(kRecords);
        const RunSummary summary = runToCsv(config, path);
        QVERIFY2(summary.outcome == RunSummary::Outcome::Completed, summary.error.c_str());

        const auto lines = readCsv(path);
        QCOMPARE(std::int64_t(lines.size()), kRecords + 1);
        std::vector<Row> rows;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            QCOMPARE(lines[i].size(), std::size_t(23));
            Row row;
            std::copy(lines[i].begin(), lines[i].end(), row.begin());
            rows.push_back(row);
        }
        const auto key = readCsv(DefectKeyCsvFile::pathFor(path));
        QVERIFY(key.size() > 1);
        QCOMPARE(QString::fromStdString(key[0][0] + "," + key[0][1] + "," + key[0][2] + "," + key[0][3] + "," +
                                        key[0][4] + "," + key[0][5] + "," + key[0][6]),
                 QString::fromLatin1(DefectKeyCsvFile::header()));

        std::map<std::string, int> variants;
        for (std::size_t i = 1; i < key.size(); ++i) {
            const auto &k = key[i];
            QCOMPARE(k.size(), std::size_t(7));
            const std::int64_t id = std::stoll(k[0]);
            const Row &record = rows[static_cast<std::size_t>(id - 1)];
            QCOMPARE(record[0], k[0]);
            // The injected value is what the record holds in that column (empty = NULL for a missing field).
            if (!k[3].empty()) {
                const auto column = std::find_if(kCdrColumns.begin(), kCdrColumns.end(),
                                                 [&](const Column &c) { return c.name == k[3]; });
                QVERIFY2(column != kCdrColumns.end(), k[3].c_str());
                QCOMPARE(record[static_cast<std::size_t>(column - kCdrColumns.begin())], k[5]);
                QVERIFY(k[4] != k[5]);
            }
            ++variants[k[1] + "/" + k[2]];
        }
        // Every variant of every kind appears (the config allows them all).
        for (DefectKind kind : kDefectKinds)
            for (std::string_view variant : defectVariants(kind)) {
                const std::string name = std::string(defectKindKey(kind)) + "/" + std::string(variant);
                QVERIFY2(variants[name] > 0, name.c_str());
            }

        // Clean records can look like a near copy: two SMS from one cell to one callee a second apart differ in
        // their start time only. Such a pair is no defect (neither record is in the key) and must stay rare.
        const CdrEngine engine(config);
        std::size_t lookalikes = 0;
        const std::string problem = disagreementWithKey(rows, {key.begin() + 1, key.end()}, config, engine.world(), 4,
                                                        &lookalikes);
        qInfo("clean records that look damaged: %zu of %lld records", lookalikes, static_cast<long long>(kRecords));
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void databaseStoresTheSameKeyWithTheRecords_data()
    {
        QTest::addColumn<bool>("odbc");
        QTest::newRow("SQLite") << false;
        QTest::newRow("ODBC (SQLite3 driver)") << true;
    }

    // A database gets the same key as the CSV file, written with the records (here by two shards into one table),
    // and a missing field is NULL there.
    void databaseStoresTheSameKeyWithTheRecords()
    {
        QFETCH(bool, odbc);
        QTemporaryDir dir;
        const Config config = testconfigs::veryDirty(12'000);
        const std::string csv = dir.filePath(QStringLiteral("cdr.csv")).toStdString();
        QVERIFY(runToCsv(config, csv).outcome == RunSummary::Outcome::Completed);
        const std::string db = dir.filePath(QStringLiteral("cdr.sqlite")).toStdString();
        for (int index : {2, 1}) {
            RunRequest request;
            request.config = config;
            request.config.database.worldTables = true;
            request.target.kind = odbc ? TargetSpec::Kind::Odbc : TargetSpec::Kind::Sqlite;
            request.target.path = db;
            request.connection.driver = "SQLite3";
            request.connection.database = db;
            request.shard = Shard{index, 2};
            std::atomic_bool cancel = false;
            const RunSummary summary = RunController().run(request, cancel, {});
            QVERIFY2(summary.outcome == RunSummary::Outcome::Completed, summary.error.c_str());
        }
        const std::vector<std::string> fromCsv = keyLines(csv);
        QVERIFY(fromCsv.size() > 1000);
        const std::vector<std::string> fromDatabase = sqliteLines(
            db, "SELECT id, kind, variant, column_name, original_value, injected_value, original_id FROM cdr_defects");
        QCOMPARE(fromDatabase.size(), fromCsv.size());
        QVERIFY(fromDatabase == fromCsv);
        const auto blankCallers = sqliteLines(db, "SELECT id FROM cdr WHERE caller IS NULL");
        const auto keyedCallers = sqliteLines(
            db, "SELECT id FROM cdr_defects WHERE kind = 'missing_fields' AND column_name = 'caller'");
        QVERIFY(!keyedCallers.empty());
        QVERIFY(blankCallers == keyedCallers);

        // A clean run replacing the table takes the replaced records' key with them.
        RunRequest clean;
        clean.config = testconfigs::belgian(1'000);
        clean.target.kind = odbc ? TargetSpec::Kind::Odbc : TargetSpec::Kind::Sqlite;
        clean.target.path = db;
        clean.connection.driver = "SQLite3";
        clean.connection.database = db;
        clean.ifExists = IfExists::Replace;
        std::atomic_bool cancel = false;
        const RunSummary replaced = RunController().run(clean, cancel, {});
        QVERIFY2(replaced.outcome == RunSummary::Outcome::Completed, replaced.error.c_str());
        const auto keyTables = sqliteLines(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'cdr_defects'");
        QCOMPARE(keyTables, std::vector<std::string>{"0\n"});
    }

    void noAnswerKeyWithoutWorldTablesOrDefects()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("clean.csv")).toStdString();
        QVERIFY(runToCsv(testconfigs::belgian(2'000), path).outcome == RunSummary::Outcome::Completed);
        QVERIFY(QFile::exists(QString::fromStdString(path)));
        QVERIFY(!QFile::exists(QString::fromStdString(DefectKeyCsvFile::pathFor(path))));
    }
};

QTEST_GUILESS_MAIN(TestDefectAnswerKey)
#include "test_defect_answer_key.moc"

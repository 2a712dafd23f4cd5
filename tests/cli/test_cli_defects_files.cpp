#include "clirunner.h"

#include "defectdetector.h"
#include "dirtyconfigs.h"

#include "defects/defectkeycsvfile.h"
#include "model/schema.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace cdr::testdefects;

namespace {

constexpr qint64 kRecords = 1'000'000;
constexpr std::size_t kMaxLookalikes = 40; // as test_cli_defects_pg

// Every row of a query, each cell as its text ("" for NULL, as an empty CSV cell).
std::vector<std::vector<std::string>> sqliteRows(const std::string &path, const char *sql)
{
    std::vector<std::vector<std::string>> rows;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK)
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::vector<std::string> &row = rows.emplace_back();
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                const unsigned char *text = sqlite3_column_text(statement, c);
                row.emplace_back(text ? reinterpret_cast<const char *>(text) : "");
            }
        }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

std::vector<Row> asRows(std::vector<std::vector<std::string>> lines)
{
    std::vector<Row> rows(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].size() == rows[i].size())
            std::move(lines[i].begin(), lines[i].end(), rows[i].begin());
    return rows;
}

std::vector<std::vector<std::string>> sorted(std::vector<std::vector<std::string>> rows)
{
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

// The done-when of issue 22 for the file targets (test_cli_defects_pg does PostgreSQL COPY): `cdrgen-cli -c
// config/presets/dirty-data.yml -n 1000000 --world-tables` into CSV and into SQLite gives the same answer key, and
// the detector finds in each target's records, read back, exactly that key.
class TestCliDefectsFiles : public QObject {
    Q_OBJECT

private slots:
    void dirtyDataAtOneMillionInCsvAndSqlite()
    {
        QTemporaryDir dir;
        const QString preset = QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml");
        const CliRunner cli(dir.path());
        for (const char *target : {"csv:dirty.csv", "sqlite:dirty.sqlite"}) {
            const CliResult run = cli.run({"-c", preset, "-n", QString::number(kRecords), "--world-tables", "-o",
                                           target, "--no-email", "-q"}, 600'000);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const cdr::Config config = cdr::testconfigs::dirtyData(kRecords);
        const cdr::CdrEngine engine(config);

        std::vector<std::vector<std::string>> csvKey =
            readCsv(cdr::DefectKeyCsvFile::pathFor(dir.filePath("dirty.csv").toStdString()));
        QVERIFY(csvKey.size() > std::size_t(kRecords) * 3 / 100);
        csvKey.erase(csvKey.begin()); // the header
        std::vector<std::vector<std::string>> csvRecords = readCsv(dir.filePath("dirty.csv").toStdString());
        csvRecords.erase(csvRecords.begin());
        QCOMPARE(qint64(csvRecords.size()), kRecords);
        std::size_t lookalikes = 0;
        std::string problem = disagreementWithKey(asRows(std::move(csvRecords)), csvKey, config, engine.world(),
                                                  kMaxLookalikes, &lookalikes);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("CSV: %zu key rows, %zu clean records that look damaged", csvKey.size(), lookalikes);

        const std::string db = dir.filePath("dirty.sqlite").toStdString();
        const auto sqliteKey = sqliteRows(db, "SELECT id, kind, variant, column_name, original_value, injected_value, "
                                              "original_id FROM cdr_defects");
        QCOMPARE(sqliteKey.size(), csvKey.size());
        QVERIFY(sorted(sqliteKey) == sorted(csvKey));
        // SQLite hands back what was stored: the numbers of REAL columns as its own shortest text, so the
        // coordinates are compared as CSV text through the formatter's rule for them.
        auto records = sqliteRows(db, "SELECT * FROM cdr ORDER BY id");
        QCOMPARE(qint64(records.size()), kRecords);
        for (auto &row : records)
            for (std::size_t c = 0; c < row.size(); ++c)
                if (cdr::kCdrColumns[c].kind == cdr::ColumnKind::Real && !row[c].empty()) {
                    std::string text;
                    cdr::RecordFormatter::appendCoordinate(text, std::stod(row[c]));
                    row[c] = text;
                }
        problem = disagreementWithKey(asRows(std::move(records)), sqliteKey, config, engine.world(), kMaxLookalikes,
                                      &lookalikes);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliDefectsFiles)
#include "test_cli_defects_files.moc"

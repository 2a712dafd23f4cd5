#include "sinkscenario.h"

#include "sink/batchtext.h"
#include "sink/sqldialect.h"
#include "sink/sqliterowbinder.h"
#include "sink/sqlitesink.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <cstdint>
#include <sstream>

namespace {

// Warnings logged while `work` runs.
template<typename Work>
QString warningsDuring(Work work)
{
    std::ostringstream lines;
    const auto previous = spdlog::default_logger();
    auto logger = std::make_shared<spdlog::logger>("capture", std::make_shared<spdlog::sinks::ostream_sink_st>(lines));
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    work();
    spdlog::set_default_logger(previous);
    return QString::fromStdString(lines.str());
}

// Record 1's 23 field texts, as the sink binds them.
cdr::SqliteRowBinder::Fields fieldsOfRecordOne(cdr::BatchText &text)
{
    const auto records = cdrtest::makeRecords(1, 1);
    text.formatFields(records);
    cdr::SqliteRowBinder::Fields fields;
    for (std::size_t c = 0; c < cdr::kCdrColumnCount; ++c)
        fields[c] = text.field(0, c);
    return fields;
}

QString bindError(sqlite3_stmt *insert, const cdr::SqliteRowBinder::Fields &fields)
{
    try {
        cdr::SqliteRowBinder::bind(insert, fields);
    } catch (const cdr::SinkError &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

// SQLite needs no server: the default target, through QSQLITE's native handle.
class TestSqliteSink : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void nativeSinkLoadsResumesAndReplaces()
    {
        const QString path = m_dir.filePath("native.sqlite");
        QSqlDatabase reader = QSqlDatabase::addDatabase("QSQLITE", "reader-native");
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        cdrtest::runSinkScenario(
            [&] { return std::make_unique<cdr::SqliteSink>(path.toStdString(), "cdr", cdrtest::testConfig()); }, reader,
            "cdr", [&] { return cdrtest::sqliteIndexes(reader, "cdr"); },
            {"cdr_idx_caller", "cdr_idx_operator_emission", "cdr_idx_start_time"});
    }
    void cancelledRunStillLeavesIndexes()
    {
        // A run that never reaches finish() (cancel, failure) still gets its deferred indexes at close().
        const QString path = m_dir.filePath("cancelled.sqlite");
        {
            cdr::SqliteSink sink(path.toStdString(), "cdr", cdrtest::testConfig());
            sink.open();
            sink.prepare(cdr::IfExists::Resume);
            const auto records = cdrtest::makeRecords(1, 100);
            sink.writeBatch(records);
            sink.close();
        }
        QSqlDatabase reader = QSqlDatabase::addDatabase("QSQLITE", "reader-cancelled");
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        QCOMPARE(cdrtest::sqliteIndexes(reader, "cdr").size(), 3);
        QCOMPARE(cdrtest::scalar(reader, "SELECT COUNT(*) FROM cdr"), std::int64_t(100));
    }
    void unopenableFileIsAConfigurationError()
    {
        cdr::SqliteSink sink("/nonexistent-dir/x/cdr.sqlite", "cdr", cdrtest::testConfig());
        try {
            sink.open();
            sink.prepare(cdr::IfExists::Resume);
            QFAIL("opened a file in a missing directory");
        } catch (const cdr::SinkError &error) {
            QVERIFY(error.kind() == cdr::SinkError::Kind::Configuration || error.kind() == cdr::SinkError::Kind::Fatal);
            QVERIFY2(QString::fromUtf8(error.what()).contains("/nonexistent-dir/x/cdr.sqlite"), error.what());
        }
    }
    void walIsCheckedAndARefusalIsReported()
    {
        // SQLite's unix-dotfile VFS (for file systems without working locks) has no shared memory, so it refuses
        // WAL and keeps the rollback journal: the run goes on and says so, naming the file and the mode.
        const QString path = m_dir.filePath("dotfile.sqlite");
        const std::string uri = "file:" + path.toStdString() + "?vfs=unix-dotfile";
        const auto records = cdrtest::makeRecords(1, 50);
        const QString refused = warningsDuring([&] {
            cdr::SqliteSink sink(uri, "cdr", cdrtest::testConfig());
            cdrtest::load(sink, cdr::IfExists::Resume, records, 25);
        });
        QVERIFY2(refused.contains("refused WAL; the journal mode is 'delete'"), qPrintable(refused));
        QVERIFY2(refused.contains(QString::fromStdString(uri)), qPrintable(refused));
        QSqlDatabase reader = QSqlDatabase::addDatabase("QSQLITE", "reader-dotfile");
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        QCOMPARE(cdrtest::scalar(reader, "SELECT COUNT(*) FROM cdr"), std::int64_t(50));
        QSqlQuery mode(reader);
        QVERIFY(mode.exec("PRAGMA journal_mode") && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("delete"));
        reader.close();

        // An ordinary file takes WAL, without a warning.
        const QString plain = m_dir.filePath("wal.sqlite");
        const QString accepted = warningsDuring([&] {
            cdr::SqliteSink sink(plain.toStdString(), "cdr", cdrtest::testConfig());
            cdrtest::load(sink, cdr::IfExists::Resume, records, 25);
        });
        QVERIFY2(!accepted.contains("WAL"), qPrintable(accepted));
        QSqlDatabase walReader = QSqlDatabase::addDatabase("QSQLITE", "reader-wal");
        walReader.setDatabaseName(plain);
        QVERIFY(walReader.open());
        QSqlQuery walMode(walReader);
        QVERIFY(walMode.exec("PRAGMA journal_mode") && walMode.next());
        QCOMPARE(walMode.value(0).toString(), QStringLiteral("wal"));
    }
    void aFieldThatIsNotANumberIsAnErrorNamingItsColumn()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
        const std::string sql = cdr::SqlDialect(cdr::SqlDialect::Kind::Sqlite).createTable("cdr");
        QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt *insert = nullptr;
        const std::string insertSql = cdr::SqlDialect(cdr::SqlDialect::Kind::Sqlite).insert("cdr", 1);
        QCOMPARE(sqlite3_prepare_v2(db, insertSql.c_str(), -1, &insert, nullptr), SQLITE_OK);
        cdr::BatchText text(cdrtest::testConfig());
        cdr::SqliteRowBinder::Fields fields = fieldsOfRecordOne(text);
        QCOMPARE(bindError(insert, fields), QString());

        fields[4] = "12x"; // duration
        QCOMPARE(bindError(insert, fields), QStringLiteral("internal error: column duration value '12x' is not a number"));
        fields = fieldsOfRecordOne(text);
        fields[21] = "50,8"; // caller_lat_home
        QCOMPARE(bindError(insert, fields),
                 QStringLiteral("internal error: column caller_lat_home value '50,8' is not a number"));
        sqlite3_finalize(insert);

        // A refused bind (here: a statement with one parameter) is an error too, naming the column.
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT ?", -1, &insert, nullptr), SQLITE_OK);
        QCOMPARE(bindError(insert, fieldsOfRecordOne(text)),
                 QStringLiteral("SQLite: binding column caller: column index out of range"));
        sqlite3_finalize(insert);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestSqliteSink)
#include "test_sqlitesink.moc"

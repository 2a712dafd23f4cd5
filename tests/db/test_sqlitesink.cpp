#include "sinkscenario.h"

#include "sink/sqlitesink.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestSqliteSink)
#include "test_sqlitesink.moc"

#include "sinkscenario.h"

#include "run/resilientwriter.h"
#include "sink/odbcsink.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

// SQLite through its ODBC driver (libsqliteodbc, driver name "SQLite3") with -o odbc.
class TestSqliteOdbc : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void odbcDriverLoadsResumesAndReplaces()
    {
        const QString path = m_dir.filePath("odbc.sqlite");
        cdr::ConnectionSettings connection;
        connection.driver = "SQLite3";
        connection.database = path.toStdString();
        QSqlDatabase reader = QSqlDatabase::addDatabase("QSQLITE", "reader-odbc");
        reader.setDatabaseName(path);
        QVERIFY(reader.open());
        cdrtest::runSinkScenario(
            [&] { return std::make_unique<cdr::OdbcSink>(connection, "calls", cdrtest::testConfig()); }, reader,
            "calls", [&] { return cdrtest::sqliteIndexes(reader, "calls"); },
            {"calls_idx_caller", "calls_idx_operator_emission", "calls_idx_start_time"});
    }
    // Another program holds the file locked in the middle of a run: "database is locked" is transient, the
    // writer reconnects and resumes when the lock goes, and the table equals an uninterrupted run.
    void lockedDatabaseIsRetriedAndResumed()
    {
        const QString path = m_dir.filePath("locked.sqlite");
        cdr::ConnectionSettings connection;
        connection.driver = "SQLite3";
        connection.database = path.toStdString();
        connection.options = "Timeout=100"; // the driver's busy wait (ms): fail fast instead of waiting 100 s
        const auto records = cdrtest::makeRecords(1, 6000);
        QSqlDatabase locker = QSqlDatabase::addDatabase("QSQLITE", "locker");
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        std::atomic_int batchesDone{0};
        std::atomic_bool lockTaken{false};
        std::string failure;
        std::thread worker([&] {
            try {
                cdr::DatabaseConfig policy;
                policy.retryAttempts = 20;
                policy.retryInitialDelayMs = 100;
                policy.retryMultiplier = 1.5;
                policy.retryMaxDelayMs = 400;
                policy.retryJitter = 0.1;
                std::atomic_bool cancel{false};
                cdr::ResilientWriter writer(
                    [&] { return std::make_unique<cdr::OdbcSink>(connection, "cdr", cdrtest::testConfig()); }, policy,
                    cancel);
                writer.start(cdr::IfExists::Replace);
                for (std::size_t at = 0; at < records.size(); at += 1000) {
                    while (batchesDone == 2 && !lockTaken)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    if (!writer.write(std::span(records).subspan(at, 1000)))
                        throw std::runtime_error("cancelled");
                    ++batchesDone;
                }
                writer.finish();
                writer.close();
            } catch (const std::exception &error) {
                failure = error.what();
            }
        });
        while (batchesDone < 2 && failure.empty())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QSqlQuery lock(locker);
        const bool locked = lock.exec("BEGIN EXCLUSIVE");
        lockTaken = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        const int doneWhileLocked = batchesDone;
        lock.exec("COMMIT");
        worker.join();
        QVERIFY(locked);
        QVERIFY2(failure.empty(), failure.c_str());
        QCOMPARE(doneWhileLocked, 2); // nothing was written while the file was locked
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(locker, "cdr", &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, std::int64_t(6000));
        locker.close();
    }
};

QTEST_GUILESS_MAIN(TestSqliteOdbc)
#include "test_sqliteodbc.moc"

#include "odbcscenarios.h"

#include "run/resilientwriter.h"
#include "sink/odbcconnectionstring.h"
#include "sink/odbcsink.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

// SQLite through its ODBC driver (libsqliteodbc, driver name "SQLite3") with -o odbc.
class TestSqliteOdbc : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    cdr::ConnectionSettings connectionTo(const QString &path) const
    {
        cdr::ConnectionSettings connection;
        connection.driver = "SQLite3";
        connection.database = path.toStdString();
        return connection;
    }
    QSqlDatabase reader(const QString &path, const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(path);
        return db;
    }

private slots:
    void odbcDriverLoadsResumesAndReplaces()
    {
        const QString path = m_dir.filePath("odbc.sqlite");
        QSqlDatabase db = reader(path, "reader-odbc");
        QVERIFY(db.open());
        cdrtest::runSinkScenario(
            [&] { return std::make_unique<cdr::OdbcSink>(connectionTo(path), "calls", cdrtest::testConfig()); }, db,
            "calls", [&] { return cdrtest::sqliteIndexes(db, "calls"); },
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
    void methodsStoreTheSameRowsAtTheProductsStatementSizes()
    {
        const QString path = m_dir.filePath("methods.sqlite");
        QSqlDatabase db = reader(path, "reader-methods");
        QVERIFY(db.open());
        using M = cdr::OdbcBatchInserter::Method;
        cdrtest::runAtProductStatementSizes(
            [&] { return std::make_unique<cdr::OdbcSink>(connectionTo(path), "methods", cdrtest::testConfig()); },
            cdr::SqlDialect::Kind::Sqlite, {M::ParameterArrays, M::MultiRow}, db, "methods");
    }
    void timestampsStayTextInSqlite()
    {
        // SQLite's start_time column is TEXT: the driver would store a bound SQL_TYPE_TIMESTAMP as
        // "YYYY-MM-DD HH:MM:SS.000", so this path binds the text itself and the stored value stays unchanged.
        // (This driver has no descriptor functions: SQLGetDescField answers IM001, so only the data is checked.)
        const QString path = m_dir.filePath("types.sqlite");
        QSqlDatabase db = reader(path, "reader-types");
        QVERIFY(db.open());
        QSqlDatabase odbc = QSqlDatabase::addDatabase("QODBC", "types");
        odbc.setDatabaseName(QString::fromStdString(cdr::odbcConnectionString(connectionTo(path))));
        QVERIFY2(odbc.open(), qPrintable(odbc.lastError().text()));
        const cdr::SqlDialect dialect(cdr::SqlDialect::Kind::Sqlite);
        using M = cdr::OdbcBatchInserter::Method;
        for (M method : {M::ParameterArrays, M::MultiRow}) {
            QSqlQuery(db).exec("DROP TABLE IF EXISTS types");
            QVERIFY(QSqlQuery(db).exec(QString::fromStdString(dialect.createTable("types"))));
            const auto records = cdrtest::makeRecords(1, 200);
            QVERIFY(!cdrtest::insertAndReadTimestampBinding(odbc, dialect, "types", method, records).readable);
            std::int64_t rows = 0;
            QCOMPARE(cdrtest::tableDigest(db, "types", &rows), cdrtest::csvDigest(records));
            QCOMPARE(cdrtest::scalar(db, "SELECT COUNT(*) FROM types WHERE length(start_time) = 19 AND "
                                         "start_time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:*'"),
                     std::int64_t(200));
        }
        odbc.close();
    }
    void indexesAreBuiltAfterTheLoadAlsoWhenCancelledOrFailed()
    {
        const QString path = m_dir.filePath("late.sqlite");
        QSqlDatabase db = reader(path, "reader-late");
        QVERIFY(db.open());
        const QStringList expected{"late_idx_caller", "late_idx_operator_emission", "late_idx_start_time"};
        cdrtest::runDeferredIndexScenario(
            [&] { return std::make_unique<cdr::OdbcSink>(connectionTo(path), "late", cdrtest::testConfig()); }, db,
            "late", [&] { return cdrtest::sqliteIndexes(db, "late"); }, expected, [&] {
                for (const QString &index : expected)
                    QVERIFY(QSqlQuery(db).exec("DROP INDEX " + index));
            });
    }
};

QTEST_GUILESS_MAIN(TestSqliteOdbc)
#include "test_sqliteodbc.moc"

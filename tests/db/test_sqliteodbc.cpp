#include "odbcscenarios.h"

#include "sink/odbcconnectionstring.h"
#include "sink/odbcsink.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    void methodsStoreTheSameRowsAtTheProductsStatementSizes()
    {
        const QString path = m_dir.filePath("methods.sqlite");
        QSqlDatabase db = reader(path, "reader-methods");
        QVERIFY(db.open());
        using M = cdr::OdbcBatchInserter::Method;
        for (M method : {M::ParameterArrays, M::MultiRow}) {
            const std::size_t perStatement = cdr::OdbcBatchInserter::rowsPerStatement(cdr::SqlDialect::Kind::Sqlite, method);
            const std::size_t first = 2 * perStatement + 7;
            const auto records = cdrtest::makeRecords(1, std::int64_t(first + 5));
            cdr::OdbcSink sink(connectionTo(path), "methods", cdrtest::testConfig());
            sink.setInsertMethod(int(method));
            try {
                sink.open();
                sink.prepare(cdr::IfExists::Replace);
                sink.writeBatch(std::span(records).first(first));
                sink.writeBatch(std::span(records).subspan(first));
                sink.finish();
                sink.close();
            } catch (const cdr::SinkError &error) {
                QFAIL(error.what());
            }
            std::int64_t rows = 0;
            QCOMPARE(cdrtest::tableDigest(db, "methods", &rows), cdrtest::csvDigest(records));
            QCOMPARE(rows, std::int64_t(records.size()));
        }
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

#include "sinkscenario.h"

#include "sink/odbcsink.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestSqliteOdbc)
#include "test_sqliteodbc.moc"

#include "dbtestsupport.h"

#include "model/schema.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcsink.h"
#include "sink/postgressink.h"
#include "sink/sqlitesink.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The receiving side of an off-net call (landline, foreign mobile) and of a data session, and the callee of a data
// session, are NULL in every database, never '' or 0: through SQLite, PostgreSQL COPY, and ODBC (SQLite ODBC and
// psqlODBC, every insert form) (issue 11).
class TestNullColumns : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<std::string, std::string> m_pg;
    QSqlDatabase m_pgReader;
    std::vector<cdr::CdrRecord> m_records;

    // NULLs a column must hold: the callee only of data sessions, the other receiving columns of every record
    // whose callee is not a subscriber of the world, nothing elsewhere.
    std::int64_t expectedNulls(const cdr::Column &column) const
    {
        if (!column.nullable)
            return 0;
        const bool callee = column.name == "callee";
        return std::count_if(m_records.begin(), m_records.end(), [&](const cdr::CdrRecord &r) {
            return callee ? r.receiver == cdr::ReceiverKind::None : r.receiver != cdr::ReceiverKind::Subscriber;
        });
    }

    void checkNulls(const QSqlDatabase &reader, const QString &table)
    {
        QCOMPARE(cdrtest::scalar(reader, "SELECT COUNT(*) FROM " + table), std::int64_t(m_records.size()));
        for (const cdr::Column &column : cdr::kCdrColumns) {
            const QString name = QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
            const std::int64_t nulls = cdrtest::scalar(reader, "SELECT COUNT(*) FROM " + table + " WHERE " + name
                                                                   + " IS NULL");
            QVERIFY2(nulls == expectedNulls(column),
                     qPrintable(name + ": " + QString::number(nulls) + " NULLs, expected "
                                + QString::number(expectedNulls(column))));
            if (column.kind == cdr::ColumnKind::Text)
                QCOMPARE(cdrtest::scalar(reader, "SELECT COUNT(*) FROM " + table + " WHERE " + name + " = ''"),
                         std::int64_t(0));
        }
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(reader, table, &rows), cdrtest::csvDigest(m_records));
    }

    void loadOdbc(const cdr::ConnectionSettings &connection, const QString &table,
                  std::initializer_list<cdr::OdbcBatchInserter::Method> methods, const QSqlDatabase &reader)
    {
        const auto check = [&] {
            checkNulls(reader, table);
            return !QTest::currentTestFailed();
        };
        const std::string problem =
            cdrtest::loadOdbcEachMethod(connection, table.toStdString(), methods, m_records, check);
        QVERIFY2(problem.empty(), problem.c_str());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_records = cdrtest::makeRecords(1, 2000);
        // The default realism has both kinds of rows, and enough of them for every insert form's chunks.
        const auto count = [&](cdr::ReceiverKind kind) {
            return std::count_if(m_records.begin(), m_records.end(),
                                 [&](const cdr::CdrRecord &r) { return r.receiver == kind; });
        };
        QVERIFY(count(cdr::ReceiverKind::None) > 100);
        QVERIFY(count(cdr::ReceiverKind::OffNet) > 100);
        m_pg = cdrtest::postgresFixture();
        m_pgReader = cdrtest::postgresReader(m_pg, "null-reader");
        QVERIFY2(m_pgReader.open(), qPrintable(m_pgReader.lastError().text()));
    }

    void sqliteSink()
    {
        const QString path = m_dir.filePath("nulls.sqlite");
        cdr::SqliteSink sink(path.toStdString(), "calls", cdrtest::testConfig());
        cdrtest::load(sink, cdr::IfExists::Replace, m_records, 700);
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "null-sqlite");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        checkNulls(db, "calls");
    }

    void sqliteOdbc()
    {
        const QString path = m_dir.filePath("nulls-odbc.sqlite");
        cdr::ConnectionSettings connection;
        connection.driver = "SQLite3";
        connection.database = path.toStdString();
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "null-sqlite-odbc");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        loadOdbc(connection, "calls",
                 {cdr::OdbcBatchInserter::Method::ParameterArrays, cdr::OdbcBatchInserter::Method::MultiRow}, db);
    }

    void postgresCopy()
    {
        const cdr::PostgresSink::Target target{m_pg.at("PG_HOST"), m_pg.at("PG_PORT"), m_pg.at("PG_USER"),
                                               m_pg.at("PG_PASSWORD"), m_pg.at("PG_DATABASE")};
        cdr::PostgresSink sink(target, "null_copy", cdrtest::testConfig());
        try {
            cdrtest::load(sink, cdr::IfExists::Replace, m_records, 700);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        checkNulls(m_pgReader, "null_copy");
    }

    void psqlOdbc()
    {
        loadOdbc(cdrtest::postgresOdbcSettings(m_pg), "null_odbc",
                 {cdr::OdbcBatchInserter::Method::ParameterArrays, cdr::OdbcBatchInserter::Method::MultiRow,
                  cdr::OdbcBatchInserter::Method::PostgresUnnest},
                 m_pgReader);
    }
};

QTEST_GUILESS_MAIN(TestNullColumns)
#include "test_nullcolumns.moc"

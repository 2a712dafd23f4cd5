#include "dbtestsupport.h"

#include "defects/defectinjector.h"
#include "model/schema.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcsink.h"
#include "sink/postgressink.h"
#include "sink/sqlitesink.h"
#include "synth/cdrengine.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>

// defects.missing_fields: a blanked cell is NULL in SQLite, through PostgreSQL COPY and through ODBC (SQLite ODBC,
// psqlODBC, every insert form), never '' or 0, and the other cells read back as the damaged records' text (issue 22).
class TestDefectNulls : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<cdr::CdrRecord> m_records;

    std::int64_t expectedNulls(std::size_t column) const
    {
        const cdr::Column &c = cdr::kCdrColumns[column];
        return std::count_if(m_records.begin(), m_records.end(), [&](const cdr::CdrRecord &r) {
            if (r.missingColumns & (std::uint32_t{1} << column))
                return true;
            if (!c.nullable)
                return false;
            return c.name == "callee" ? r.receiver == cdr::ReceiverKind::None
                                      : r.receiver != cdr::ReceiverKind::Subscriber;
        });
    }

    void checkNulls(const QSqlDatabase &reader, const QString &table)
    {
        std::int64_t blanked = 0;
        for (std::size_t c = 0; c < cdr::kCdrColumnCount; ++c) {
            const cdr::Column &column = cdr::kCdrColumns[c];
            const QString name = QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
            const std::int64_t nulls =
                cdrtest::scalar(reader, "SELECT COUNT(*) FROM " + table + " WHERE " + name + " IS NULL");
            QVERIFY2(nulls == expectedNulls(c), qPrintable(name + ": " + QString::number(nulls) + " NULLs, expected " +
                                                            QString::number(expectedNulls(c))));
            if (!column.nullable)
                blanked += nulls;
        }
        QVERIFY(blanked > 100);
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
        cdr::Config config = cdrtest::testConfig();
        config.defects.missingFields.rate = 0.2;
        const cdr::CdrEngine engine(config);
        engine.generate(1, 2000, m_records);
        cdr::DefectInjector(engine).damage(m_records);
    }

    void sqliteSink()
    {
        const QString path = m_dir.filePath("defects.sqlite");
        cdr::SqliteSink sink(path.toStdString(), "calls", cdrtest::testConfig());
        cdrtest::load(sink, cdr::IfExists::Replace, m_records, 700);
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "defects-sqlite");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        checkNulls(db, "calls");
    }

    void sqliteOdbc()
    {
        const QString path = m_dir.filePath("defects-odbc.sqlite");
        cdr::ConnectionSettings connection;
        connection.driver = "SQLite3";
        connection.database = path.toStdString();
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "defects-sqlite-odbc");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        loadOdbc(connection, "calls",
                 {cdr::OdbcBatchInserter::Method::ParameterArrays, cdr::OdbcBatchInserter::Method::MultiRow}, db);
    }

    void psqlOdbc()
    {
        const auto pg = cdrtest::postgresFixture();
        QSqlDatabase reader = cdrtest::postgresReader(pg, "defects-odbc-reader");
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        loadOdbc(cdrtest::postgresOdbcSettings(pg), "defect_nulls_odbc",
                 {cdr::OdbcBatchInserter::Method::ParameterArrays, cdr::OdbcBatchInserter::Method::MultiRow,
                  cdr::OdbcBatchInserter::Method::PostgresUnnest},
                 reader);
    }

    void postgresCopy()
    {
        const auto pg = cdrtest::postgresFixture();
        QSqlDatabase reader = cdrtest::postgresReader(pg, "defects-reader");
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        const cdr::PostgresSink::Target target{pg.at("PG_HOST"), pg.at("PG_PORT"), pg.at("PG_USER"),
                                               pg.at("PG_PASSWORD"), pg.at("PG_DATABASE")};
        cdr::PostgresSink sink(target, "defect_nulls", cdrtest::testConfig());
        try {
            cdrtest::load(sink, cdr::IfExists::Replace, m_records, 700);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        checkNulls(reader, "defect_nulls");
    }
};

QTEST_GUILESS_MAIN(TestDefectNulls)
#include "test_defect_nulls.moc"

#include "sinkscenario.h"

#include "sink/odbcsink.h"
#include "sink/postgressink.h"
#include "sink/targetspec.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// A real PostgreSQL 15 (the `postgres` CTest fixture), reached through psqlODBC with QODBC and through QPSQL COPY.
class TestPostgres : public QObject {
    Q_OBJECT
    std::map<std::string, std::string> m_pg;
    QSqlDatabase m_reader;

    cdr::ConnectionSettings odbcSettings(const std::string &password) const
    {
        cdr::ConnectionSettings c;
        c.driver = "PostgreSQL Unicode";
        c.server = m_pg.at("PG_HOST");
        c.port = m_pg.at("PG_PORT");
        c.database = m_pg.at("PG_DATABASE");
        c.user = m_pg.at("PG_USER");
        c.password = password;
        return c;
    }
    cdr::PostgresSink::Target copyTarget(const std::string &password) const
    {
        return {m_pg.at("PG_HOST"), m_pg.at("PG_PORT"), m_pg.at("PG_USER"), password, m_pg.at("PG_DATABASE")};
    }
    QStringList indexesOf(const QString &table)
    {
        QStringList names;
        QSqlQuery query(m_reader);
        query.exec("SELECT indexname FROM pg_indexes WHERE tablename = '" + table + "' AND indexname NOT LIKE '%_pkey'");
        while (query.next())
            names << query.value(0).toString();
        return names;
    }
    void expectAuthenticationError(cdr::RecordSink &sink)
    {
        QElapsedTimer timer;
        timer.start();
        try {
            sink.open();
            QFAIL("a wrong password was accepted");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Authentication);
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains("password authentication failed"), error.what());
            QVERIFY2(!message.contains("Wr0ngPassw0rd"), "the password appears in the message");
        }
        QVERIFY(timer.elapsed() < 5000);
        sink.close();
    }

private slots:
    void initTestCase()
    {
        m_pg = cdrtest::postgresFixture();
        m_reader = cdrtest::postgresReader(m_pg, "reader");
        QVERIFY2(m_reader.open(), qPrintable(m_reader.lastError().text()));
    }
    void copySinkLoadsResumesAndReplaces()
    {
        cdrtest::runSinkScenario(
            [&] { return std::make_unique<cdr::PostgresSink>(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_copy", cdrtest::testConfig()); },
            m_reader, "cdr_copy", [&] { return indexesOf("cdr_copy"); },
            {"cdr_copy_idx_caller", "cdr_copy_idx_operator_emission", "cdr_copy_idx_start_time"});
    }
    void odbcSinkLoadsResumesAndReplaces()
    {
        cdrtest::runSinkScenario(
            [&] { return std::make_unique<cdr::OdbcSink>(odbcSettings(m_pg.at("PG_PASSWORD")), "public.cdr_odbc", cdrtest::testConfig()); },
            m_reader, "cdr_odbc", [&] { return indexesOf("cdr_odbc"); },
            {"cdr_odbc_idx_caller", "cdr_odbc_idx_operator_emission", "cdr_odbc_idx_start_time"});
    }
    void odbcArrayAndMultiRowMethodsStoreTheSameRows()
    {
        for (int method : {0, 1}) {
            const auto records = cdrtest::makeRecords(1, 1200);
            auto sink = std::make_unique<cdr::OdbcSink>(odbcSettings(m_pg.at("PG_PASSWORD")), "cdr_method", cdrtest::testConfig());
            sink->setInsertMethod(method);
            cdrtest::load(*sink, cdr::IfExists::Replace, records, 500);
            std::int64_t rows = 0;
            QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_method", &rows), cdrtest::csvDigest(records));
            QCOMPARE(rows, std::int64_t(1200));
        }
    }
    void urlTargetReachesTheServer()
    {
        std::string error;
        const auto target = cdr::TargetSpec::parse("postgresql://" + m_pg.at("PG_USER") + "@" + m_pg.at("PG_HOST") + ":" +
                                                       m_pg.at("PG_PORT") + "/" + m_pg.at("PG_DATABASE"), &error);
        QVERIFY2(target, error.c_str());
        cdr::ConnectionSettings env;
        env.password = m_pg.at("PG_PASSWORD"); // DB_PASSWORD when the URL has none
        auto sink = cdr::makeSink(*target, env, "cdr_url", cdrtest::testConfig());
        const auto records = cdrtest::makeRecords(1, 10);
        cdrtest::load(*sink, cdr::IfExists::Replace, records, 10);
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM cdr_url"), std::int64_t(10));
        QVERIFY(QString::fromStdString(sink->describe()).contains(QString::fromStdString(m_pg.at("PG_PORT"))));
    }
    void wrongPasswordIsAnAuthenticationError()
    {
        cdr::PostgresSink copy(copyTarget("Wr0ngPassw0rd"), "cdr", cdrtest::testConfig());
        expectAuthenticationError(copy);
        cdr::OdbcSink odbc(odbcSettings("Wr0ngPassw0rd"), "cdr", cdrtest::testConfig());
        expectAuthenticationError(odbc);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "test_postgres.moc"

#include "odbcscenarios.h"

#include "run/runcontroller.h"
#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/odbcconnectionstring.h"
#include "sink/pgbinarycopy.h"
#include "sink/odbcsink.h"
#include "sink/postgressink.h"
#include "sink/sqldialect.h"
#include "sink/targetspec.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <libpq-fe.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

// A real PostgreSQL server (the `postgres` CTest fixture), reached through psqlODBC with QODBC and through QPSQL COPY.
class TestPostgres : public QObject {
    Q_OBJECT
    std::map<std::string, std::string> m_pg;
    QSqlDatabase m_reader;

    cdr::ConnectionSettings odbcSettings(const std::string &password) const
    {
        cdr::ConnectionSettings c = cdrtest::postgresOdbcSettings(m_pg);
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
    cdr::Config configWithQueryTimeout(int seconds) const
    {
        cdr::Config config = cdrtest::testConfig();
        config.database.queryTimeoutS = seconds;
        return config;
    }
    QSqlDatabase connectAs(const QString &name, const std::string &user, const std::string &password)
    {
        QSqlDatabase db = cdrtest::postgresReader(m_pg, name);
        db.setUserName(QString::fromStdString(user));
        db.setPassword(QString::fromStdString(password));
        return db;
    }
    void run(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql + ": " + query.lastError().text()));
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
    void copyBuildsIndexesAfterTheLoadAlsoWhenCancelledOrFailed()
    {
        const QStringList expected{"cdr_copy_late_idx_caller", "cdr_copy_late_idx_operator_emission",
                                   "cdr_copy_late_idx_start_time"};
        cdrtest::runDeferredIndexScenario(
            [&] { return std::make_unique<cdr::PostgresSink>(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_copy_late", cdrtest::testConfig()); },
            m_reader, "cdr_copy_late", [&] { return indexesOf("cdr_copy_late"); }, expected, [&] {
                for (const QString &index : expected)
                    run(m_reader, "DROP INDEX " + index);
            });
    }
    void copyKeepsTheTablesEncodingAcrossAReconnect_data()
    {
        QTest::addColumn<QString>("coordinate");
        QTest::newRow("the seed's shape: binary COPY with int4 ids") << "FLOAT";
        QTest::newRow("NUMERIC coordinates: text COPY") << "NUMERIC(9,6)";
    }
    void copyKeepsTheTablesEncodingAcrossAReconnect()
    {
        // A retry reconnects (closeForReconnect, open) without prepare(): the encoding chosen for the table when
        // it was prepared must still be the one used.
        QFETCH(QString, coordinate);
        QStringList columns;
        for (const cdr::Column &column : cdr::kCdrColumns) {
            const QString name = QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
            switch (column.kind) {
            case cdr::ColumnKind::Id: columns << name + " INT PRIMARY KEY"; break;
            case cdr::ColumnKind::Text: columns << name + " VARCHAR(20)"; break;
            case cdr::ColumnKind::Timestamp: columns << name + " TIMESTAMP"; break;
            case cdr::ColumnKind::Integer: columns << name + " INT"; break;
            case cdr::ColumnKind::Real: columns << name + " " + coordinate; break;
            }
        }
        run(m_reader, "DROP TABLE IF EXISTS cdr_seed_shape");
        run(m_reader, "CREATE TABLE cdr_seed_shape (" + columns.join(", ") + ")");
        const auto records = cdrtest::makeRecords(1, 1000);
        const std::span<const cdr::CdrRecord> all(records);
        cdr::PostgresSink sink(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_seed_shape", cdrtest::testConfig());
        sink.open();
        sink.prepare(cdr::IfExists::Resume);
        QCOMPARE(sink.maxId(), std::int64_t(0));
        sink.writeBatch(all.first(400));
        sink.closeForReconnect();
        sink.open();
        QVERIFY(sink.startPipelining());
        QCOMPARE(sink.maxId(), std::int64_t(400));
        // A run's batches arrive encoded by the generator threads, in the form the table's plan chose.
        cdr::EncodedBatch encoded;
        sink.encoderFactory()()->encode(all.subspan(400, 300), encoded);
        QCOMPARE(encoded.text().starts_with("PGCOPY"), coordinate == "FLOAT");
        sink.writeEncodedBatch(all.subspan(400, 300), encoded);
        sink.writeBatch(all.subspan(700));
        sink.flush();
        sink.finish();
        sink.close();
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_seed_shape", &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, std::int64_t(1000));
    }
    void binaryCopyStoresEmptyFieldsAsNull()
    {
        // Receiving-side fields are empty for data sessions and off-net callees (issue 11): they must arrive as
        // NULL, as an unquoted empty CSV field does. Sent with the sink's encoder over the reader's own PGconn.
        run(m_reader, "DROP TABLE IF EXISTS cdr_nulls");
        run(m_reader, QString::fromStdString(cdr::SqlDialect(cdr::SqlDialect::Kind::PostgreSql).createTable("cdr_nulls")));
        const auto records = cdrtest::makeRecords(1, 1);
        cdr::BatchText text(cdrtest::testConfig());
        text.formatFields(records);
        cdr::pgbinarycopy::Row row;
        for (std::size_t column = 0; column < cdr::kCdrColumnCount; ++column)
            row[column] = text.field(0, column);
        const QStringList receiving{"callee", "imei_receiver", "antenna_id_reception", "antenna_type_reception",
                                    "antenna_lat_reception", "antenna_lon_reception", "antenna_altitude_reception",
                                    "operator_code_reception"};
        for (std::size_t column = 0; column < cdr::kCdrColumnCount; ++column)
            if (receiving.contains(QString::fromUtf8(cdr::kCdrColumns[column].name.data(), qsizetype(cdr::kCdrColumns[column].name.size()))))
                row[column] = {};
        std::string data;
        cdr::pgbinarycopy::appendHeader(data);
        cdr::pgbinarycopy::appendRow(data, row);
        cdr::pgbinarycopy::appendTrailer(data);
        PGconn *conn = *static_cast<PGconn *const *>(m_reader.driver()->handle().constData());
        PGresult *start = PQexec(conn, "COPY cdr_nulls FROM STDIN WITH (FORMAT binary)");
        QCOMPARE(PQresultStatus(start), PGRES_COPY_IN);
        PQclear(start);
        QCOMPARE(PQputCopyData(conn, data.data(), int(data.size())), 1);
        QCOMPARE(PQputCopyEnd(conn, nullptr), 1);
        PGresult *end = PQgetResult(conn);
        QVERIFY2(PQresultStatus(end) == PGRES_COMMAND_OK, PQerrorMessage(conn));
        PQclear(end);
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        for (const QString &column : receiving)
            QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM cdr_nulls WHERE " + column + " IS NULL"), std::int64_t(1));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM cdr_nulls WHERE caller = '" +
                                               QString::fromUtf8(text.field(0, 1).data(), qsizetype(text.field(0, 1).size())) +
                                               "' AND start_time IS NOT NULL"),
                 std::int64_t(1));
    }
    void readingMaxIdWaitsForASessionHoldingTheSameIds()
    {
        // A killed run's server session may still commit its last batch: the rerun reads MAX(id) only after that
        // session has ended. Here another session holds ids 1..100 for 1.5 s (it ends by disconnecting).
        const std::string lock = cdr::SqlDialect(cdr::SqlDialect::Kind::PostgreSql).tryLockIds("cdr_lock", 1, 100);
        std::thread other = holdLockFor(lock, 1500);
        QElapsedTimer timer;
        timer.start();
        {
            cdr::PostgresSink sink(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_lock", cdrtest::testConfig());
            sink.open();
            sink.prepare(cdr::IfExists::Replace);
            QCOMPARE(sink.maxIdIn(101, 200), std::int64_t(0)); // other ids: no wait
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        }
        {
            cdr::PostgresSink sink(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_lock", cdrtest::testConfig());
            sink.open();
            QCOMPARE(sink.maxIdIn(1, 100), std::int64_t(0));
            QVERIFY2(timer.elapsed() >= 1400, qPrintable(QString::number(timer.elapsed())));
        }
        other.join();
    }
    // Holds the lock named by `lockSql` on a session of its own for `seconds`, then disconnects (a killed run's
    // session); returns once the lock is held.
    std::thread holdLockFor(const std::string &lockSql, int milliseconds)
    {
        std::atomic_int held{0}; // 1 locked, -1 failed
        std::thread other([this, lockSql, milliseconds, &held] {
            PGconn *conn = PQconnectdb(conninfo().c_str());
            PGresult *result = PQexec(conn, lockSql.c_str());
            held = PQresultStatus(result) == PGRES_TUPLES_OK && std::string(PQgetvalue(result, 0, 0)) == "1" ? 1 : -1;
            PQclear(result);
            std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
            PQfinish(conn);
        });
        while (held == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (held != 1) {
            other.join();
            throw std::runtime_error("the other session could not take the lock");
        }
        return other;
    }
    std::string conninfo() const
    {
        return "host=" + m_pg.at("PG_HOST") + " port=" + m_pg.at("PG_PORT") + " dbname=" + m_pg.at("PG_DATABASE") +
               " user=" + m_pg.at("PG_USER") + " password=" + m_pg.at("PG_PASSWORD");
    }
    void pipelinedCopyCommitsEachBatchWhenTheNextIsSent()
    {
        const auto records = cdrtest::makeRecords(1, 300);
        const cdr::SqlDialect dialect(cdr::SqlDialect::Kind::PostgreSql);
        // A killed run's second session still holds its lock on ids 1..300: reading MAX(id) waits for it too.
        std::thread killedRun = holdLockFor(dialect.tryLockIds("cdr_pipe", 1, 300, "second session ids"), 1500);
        QElapsedTimer timer;
        timer.start();
        cdr::PostgresSink sink(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_pipe", cdrtest::testConfig());
        sink.open();
        QVERIFY(sink.startPipelining());
        sink.prepare(cdr::IfExists::Replace);
        QCOMPARE(sink.maxIdIn(1, 300), std::int64_t(0));
        QVERIFY2(timer.elapsed() >= 1400, qPrintable(QString::number(timer.elapsed())));
        killedRun.join();
        const QString count = "SELECT COUNT(*) FROM cdr_pipe";
        sink.writeBatch(std::span(records).first(100));
        QCOMPARE(cdrtest::scalar(m_reader, count), std::int64_t(0)); // in flight
        sink.writeBatch(std::span(records).subspan(100, 100));
        QCOMPARE(cdrtest::scalar(m_reader, count), std::int64_t(100)); // committed when the next one was sent
        sink.flush();
        QCOMPARE(cdrtest::scalar(m_reader, count), std::int64_t(200));
        sink.writeBatch(std::span(records).subspan(200));
        sink.close(); // without flush(): the batch in flight is rolled back, the indexes are built
        QCOMPARE(cdrtest::scalar(m_reader, count), std::int64_t(200));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MAX(id) FROM cdr_pipe"), std::int64_t(200));
        QCOMPARE(indexesOf("cdr_pipe").size(), 3);
    }
    // Another session's CREATE INDEX waits for the batch in flight; sending the next batch must not wait for the
    // CREATE INDEX in turn (the two sessions of the sink would wait for each other forever).
    void pipelinedCopyDoesNotDeadlockWithAnotherSessionsIndexBuild()
    {
        const auto records = cdrtest::makeRecords(1, 200);
        cdr::PostgresSink sink(copyTarget(m_pg.at("PG_PASSWORD")), "cdr_pipe_ddl", cdrtest::testConfig());
        sink.open();
        QVERIFY(sink.startPipelining());
        sink.prepare(cdr::IfExists::Replace);
        QCOMPARE(sink.maxIdIn(1, 200), std::int64_t(0));
        sink.writeBatch(std::span(records).first(100));
        std::atomic_bool indexed{false};
        std::thread other([&] {
            PGconn *conn = PQconnectdb(conninfo().c_str());
            // Ends a deadlock after 20 s instead of hanging the test; the elapsed time below then fails.
            PQclear(PQexec(conn, "SET statement_timeout = '20s'"));
            PGresult *result = PQexec(conn, "CREATE INDEX cdr_pipe_ddl_duration ON cdr_pipe_ddl (duration)");
            indexed = PQresultStatus(result) == PGRES_COMMAND_OK;
            PQclear(result);
            PQfinish(conn);
        });
        // Until the CREATE INDEX waits for the lock.
        const QString waiting = "SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                                "WHERE c.relname = 'cdr_pipe_ddl' AND NOT l.granted";
        QElapsedTimer timer;
        timer.start();
        while (cdrtest::scalar(m_reader, waiting) == 0 && timer.elapsed() < 10000)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        QVERIFY(cdrtest::scalar(m_reader, waiting) > 0);
        timer.restart();
        sink.writeBatch(std::span(records).subspan(100));
        sink.flush();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        other.join();
        QVERIFY(indexed.load());
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT COUNT(*) FROM cdr_pipe_ddl"), std::int64_t(200));
        sink.close();
    }
    void odbcSinkLoadsResumesAndReplaces()
    {
        cdrtest::runSinkScenario(
            [&] { return std::make_unique<cdr::OdbcSink>(odbcSettings(m_pg.at("PG_PASSWORD")), "public.cdr_odbc", cdrtest::testConfig()); },
            m_reader, "cdr_odbc", [&] { return indexesOf("cdr_odbc"); },
            {"cdr_odbc_idx_caller", "cdr_odbc_idx_operator_emission", "cdr_odbc_idx_start_time"});
    }
    void odbcMethodsStoreTheSameRowsAtTheProductsStatementSizes()
    {
        // The limit measured with libpq 15.18 is 7,498 parameters per statement.
        using M = cdr::OdbcBatchInserter::Method;
        cdrtest::runAtProductStatementSizes(
            [&] { return std::make_unique<cdr::OdbcSink>(odbcSettings(m_pg.at("PG_PASSWORD")), "cdr_method", cdrtest::testConfig()); },
            cdr::SqlDialect::Kind::PostgreSql, {M::ParameterArrays, M::MultiRow, M::PostgresUnnest}, m_reader,
            "cdr_method");
    }
    void odbcBindsTimestampsAsTimestampValues()
    {
        QSqlDatabase odbc = QSqlDatabase::addDatabase("QODBC", "types");
        odbc.setDatabaseName(QString::fromStdString(cdr::odbcConnectionString(odbcSettings(m_pg.at("PG_PASSWORD")))));
        QVERIFY2(odbc.open(), qPrintable(odbc.lastError().text()));
        const cdr::SqlDialect dialect(cdr::SqlDialect::Kind::PostgreSql);
        using M = cdr::OdbcBatchInserter::Method;
        for (M method : {M::ParameterArrays, M::MultiRow}) {
            run(m_reader, "DROP TABLE IF EXISTS cdr_types");
            run(m_reader, QString::fromStdString(dialect.createTable("cdr_types")));
            const auto records = cdrtest::makeRecords(1, 500);
            const cdrtest::BoundParameter bound =
                cdrtest::insertAndReadTimestampBinding(odbc, dialect, "cdr_types", method, records);
            QVERIFY(bound.readable);
            QCOMPARE(bound.cType, SQLSMALLINT(SQL_C_TYPE_TIMESTAMP));
            QCOMPARE(bound.sqlType, SQLSMALLINT(SQL_TYPE_TIMESTAMP));
            QCOMPARE(bound.verboseType, SQLSMALLINT(SQL_DATETIME));
            QCOMPARE(bound.datetimeCode, SQLSMALLINT(SQL_CODE_TIMESTAMP));
            QCOMPARE(bound.precision, SQLSMALLINT(0)); // whole seconds
            std::int64_t rows = 0;
            QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_types", &rows), cdrtest::csvDigest(records));
            QCOMPARE(rows, std::int64_t(500));
        }
        odbc.close();
    }
    void odbcBuildsIndexesAfterTheLoadAlsoWhenCancelledOrFailed()
    {
        const QStringList expected{"cdr_late_idx_caller", "cdr_late_idx_operator_emission", "cdr_late_idx_start_time"};
        cdrtest::runDeferredIndexScenario(
            [&] { return std::make_unique<cdr::OdbcSink>(odbcSettings(m_pg.at("PG_PASSWORD")), "cdr_late", cdrtest::testConfig()); },
            m_reader, "cdr_late", [&] { return indexesOf("cdr_late"); }, expected, [&] {
                for (const QString &index : expected)
                    run(m_reader, "DROP INDEX " + index);
            });
    }
    void odbcRunsCancelledOrFailedByRunControllerLeaveTheIndexes()
    {
        // The real callers: RunController and ResilientWriter, one run cancelled after its first batch, one failed
        // by a duplicate id another session inserts. No index exists during either load; all three after.
        const QStringList expected{"cdr_run_idx_caller", "cdr_run_idx_operator_emission", "cdr_run_idx_start_time"};
        for (const bool cancelIt : {true, false}) {
            cdr::RunRequest request;
            request.config = cdrtest::testConfig();
            request.config.generation.records = 20000;
            request.config.generation.batchSize = 1000;
            std::string error;
            request.target = *cdr::TargetSpec::parse("odbc", &error);
            request.connection = odbcSettings(m_pg.at("PG_PASSWORD"));
            request.table = "cdr_run";
            request.ifExists = cdr::IfExists::Replace;
            std::atomic_bool cancel{false};
            QStringList duringLoad;
            const cdr::RunSummary summary = cdr::RunController().run(request, cancel, [&](const cdr::RunProgress &progress) {
                if (progress.done != 1000)
                    return;
                duringLoad = indexesOf("cdr_run");
                if (cancelIt)
                    cancel = true;
                else
                    run(m_reader, "INSERT INTO cdr_run (id) VALUES (1500)");
            });
            QVERIFY2(duringLoad.isEmpty(), qPrintable(duringLoad.join(", ")));
            QCOMPARE(summary.outcome, cancelIt ? cdr::RunSummary::Outcome::Cancelled : cdr::RunSummary::Outcome::Failed);
            if (!cancelIt)
                QVERIFY2(QString::fromStdString(summary.error).contains("duplicate key"), summary.error.c_str());
            QStringList present = indexesOf("cdr_run");
            present.sort();
            QCOMPARE(present, expected);
        }
    }
    void odbcReplaceStaysInTheLoginsSchema()
    {
        // A login whose search_path starts with its own schema, with a table of the same name in public: replace
        // must drop and create loader.cdr_schema and never touch public.cdr_schema.
        QSqlDatabase admin = connectAs("admin", m_pg.at("PG_SUPERUSER"), m_pg.at("PG_SUPERPASSWORD"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        run(admin, "CREATE ROLE loader LOGIN PASSWORD 'L0ader-pw'");
        run(admin, "CREATE SCHEMA loader AUTHORIZATION loader");
        run(admin, "ALTER ROLE loader SET search_path = loader, public");
        run(admin, "GRANT ALL ON SCHEMA public TO loader");
        run(admin, "CREATE TABLE public.cdr_schema (id BIGINT PRIMARY KEY)");
        run(admin, "INSERT INTO public.cdr_schema SELECT generate_series(1, 7)");
        run(admin, "ALTER TABLE public.cdr_schema OWNER TO loader");
        cdr::ConnectionSettings settings = odbcSettings("L0ader-pw");
        settings.user = "loader";
        const auto records = cdrtest::makeRecords(1, 50);
        QString description;
        {
            cdr::OdbcSink sink(settings, "cdr_schema", cdrtest::testConfig());
            cdrtest::load(sink, cdr::IfExists::Replace, records, 50);
            description = QString::fromStdString(sink.describe());
        }
        QCOMPARE(cdrtest::scalar(admin, "SELECT COUNT(*) FROM public.cdr_schema"), std::int64_t(7));
        QCOMPARE(cdrtest::scalar(admin, "SELECT COUNT(*) FROM loader.cdr_schema"), std::int64_t(50));
        QCOMPARE(cdrtest::scalar(admin, "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'loader' AND "
                                        "tablename = 'cdr_schema' AND indexname LIKE 'cdr_schema_idx_%'"),
                 std::int64_t(3));
        QVERIFY2(description.contains("loader.cdr_schema"), qPrintable(description));
        // Resume reads MAX(id) from the login's table, not from public's.
        {
            cdr::OdbcSink sink(settings, "cdr_schema", cdrtest::testConfig());
            sink.open();
            sink.prepare(cdr::IfExists::Resume);
            QCOMPARE(sink.maxId(), std::int64_t(50));
            sink.close();
        }
        admin.close();
    }
    void odbcQueryTimeoutEndsAStatementBlockedByALock()
    {
        const auto records = cdrtest::makeRecords(1, 100);
        cdr::OdbcSink sink(odbcSettings(m_pg.at("PG_PASSWORD")), "cdr_locked", configWithQueryTimeout(2));
        sink.open();
        sink.prepare(cdr::IfExists::Replace);
        sink.writeBatch(std::span(records).first(50));
        // Another session holds a lock the next statements need.
        QSqlDatabase locker = cdrtest::postgresReader(m_pg, "locker");
        QVERIFY(locker.open());
        QVERIFY(locker.transaction());
        run(locker, "LOCK TABLE cdr_locked IN ACCESS EXCLUSIVE MODE");
        for (int step = 0; step < 2; ++step) {
            QElapsedTimer timer;
            timer.start();
            try {
                if (step == 0)
                    sink.writeBatch(std::span(records).subspan(50));
                else
                    sink.maxId();
                QFAIL("a statement blocked by a lock returned");
            } catch (const cdr::SinkError &error) {
                QVERIFY2(QString::fromUtf8(error.what()).contains("query timeout of 2 s (database.query_timeout_s)"),
                         error.what());
            }
            QVERIFY2(timer.elapsed() >= 1500 && timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        }
        QVERIFY(locker.rollback());
        locker.close();
        QCOMPARE(sink.maxId(), std::int64_t(50)); // the connection is still usable
        sink.close();
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

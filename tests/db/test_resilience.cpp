#include "dbtestsupport.h"

#include "run/resilientwriter.h"
#include "sink/odbcsink.h"
#include "sink/postgressink.h"
#include "sink/sinkerror.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QTcpServer>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

namespace {

// Reports a lost connection right after the wrapped sink committed a batch: the writer must find the batch in
// MAX(id) and not insert it twice.
class LostAckSink : public cdr::RecordSink {
public:
    LostAckSink(std::unique_ptr<cdr::RecordSink> inner, int *failuresLeft) : m_inner(std::move(inner)), m_failuresLeft(failuresLeft) {}
    void open() override { m_inner->open(); }
    void prepare(cdr::IfExists ifExists) override { m_inner->prepare(ifExists); }
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override { return m_inner->maxIdIn(first, last); }
    void writeBatch(std::span<const cdr::CdrRecord> records) override
    {
        m_inner->writeBatch(records);
        if (records.front().id > 1 && (*m_failuresLeft)-- > 0)
            throw cdr::SinkError(cdr::SinkError::Kind::Transient, "server closed the connection unexpectedly");
    }
    void finish() override { m_inner->finish(); }
    void close() override { m_inner->close(); }
    std::string describe() const override { return m_inner->describe(); }

private:
    std::unique_ptr<cdr::RecordSink> m_inner;
    int *m_failuresLeft;
};

// Just before each batch starting at one of the ids `killAt` (once per id), the server ends the wrapped sink's
// session (pg_terminate_backend from a superuser, as an administrator or a failover would): the write meets a
// connection the server closed. *killed counts the sessions ended.
class SessionKillingSink : public cdr::RecordSink {
public:
    SessionKillingSink(std::unique_ptr<cdr::RecordSink> inner, std::function<bool()> kill, std::set<std::int64_t> *killAt,
                       int *killed)
        : m_inner(std::move(inner)), m_kill(std::move(kill)), m_killAt(killAt), m_killed(killed)
    {
    }
    void open() override { m_inner->open(); }
    void prepare(cdr::IfExists ifExists) override { m_inner->prepare(ifExists); }
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override { return m_inner->maxIdIn(first, last); }
    void writeBatch(std::span<const cdr::CdrRecord> records) override
    {
        if (m_killAt->erase(records.front().id) > 0 && m_kill())
            ++*m_killed;
        m_inner->writeBatch(records);
    }
    bool startPipelining() override { return m_inner->startPipelining(); }
    void flush() override { m_inner->flush(); }
    void finish() override { m_inner->finish(); }
    void close() override { m_inner->close(); }
    bool connectionDead() override { return m_inner->connectionDead(); }
    std::string describe() const override { return m_inner->describe(); }

private:
    std::unique_ptr<cdr::RecordSink> m_inner;
    std::function<bool()> m_kill;
    std::set<std::int64_t> *m_killAt;
    int *m_killed;
};

cdr::DatabaseConfig quickRetries(int attempts)
{
    cdr::DatabaseConfig policy;
    policy.retryAttempts = attempts;
    policy.retryInitialDelayMs = 100;
    policy.retryMultiplier = 2;
    policy.retryMaxDelayMs = 1000;
    policy.retryJitter = 0.2;
    policy.connectTimeoutS = 3;
    return policy;
}

} // namespace

// ResilientWriter against a real PostgreSQL (the `postgres` fixture) that crashes and comes back.
class TestResilience : public QObject {
    Q_OBJECT
    std::map<std::string, std::string> m_pg;
    QSqlDatabase m_reader;

    cdr::PostgresSink::Target target(const std::string &port) const
    {
        return {m_pg.at("PG_HOST"), port, m_pg.at("PG_USER"), m_pg.at("PG_PASSWORD"), m_pg.at("PG_DATABASE")};
    }
    std::unique_ptr<cdr::RecordSink> copySink(const std::string &table, bool killable = false) const
    {
        cdr::PostgresSink::Target t = target(m_pg.at("PG_PORT"));
        if (killable)
            t.parameters.emplace_back("application_name", kKilledApplication);
        return std::make_unique<cdr::PostgresSink>(t, table, cdrtest::testConfig());
    }
    std::unique_ptr<cdr::RecordSink> odbcSink(const std::string &table) const
    {
        cdr::ConnectionSettings c = cdrtest::postgresOdbcSettings(m_pg);
        c.options = std::string("pqopt={application_name=") + kKilledApplication + "}";
        return std::make_unique<cdr::OdbcSink>(c, table, cdrtest::testConfig());
    }

    static constexpr const char *kKilledApplication = "cdrgen_kill_test";

    // pg_terminate_backend on every session of the killable sinks above; true when exactly `sessions` were ended
    // (an ODBC sink has one, a pipelining COPY sink two).
    bool terminateSessions(int sessions) const
    {
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", QString::fromStdString(m_pg.at("PG_SUPERPASSWORD")));
        psql.setProcessEnvironment(env);
        psql.start("psql", {"-X", "-q", "-t", "-A", "-h", QString::fromStdString(m_pg.at("PG_HOST")), "-p",
                            QString::fromStdString(m_pg.at("PG_PORT")), "-U", QString::fromStdString(m_pg.at("PG_SUPERUSER")),
                            "-d", "postgres", "-c",
                            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                           "application_name = '%1'").arg(kKilledApplication)});
        return psql.waitForFinished(30000) && psql.exitCode() == 0 &&
               psql.readAllStandardOutput().trimmed() == QByteArray::number(sessions);
    }

    // Writes `records` through a ResilientWriter limited to ids first..last, into an ODBC sink or a (pipelining)
    // COPY sink; the server ends the sink's sessions just before each batch starting at one of killAt.
    void writeWithKills(const QString &table, cdr::IfExists ifExists, const std::vector<cdr::CdrRecord> &records,
                        std::int64_t first, std::int64_t last, std::set<std::int64_t> killAt, std::size_t batch,
                        bool copy = false)
    {
        const int kills = int(killAt.size());
        int killed = 0;
        std::atomic_bool cancel{false};
        cdr::ResilientWriter writer(
            [&] {
                auto inner = copy ? copySink(table.toStdString(), true) : odbcSink(table.toStdString());
                return std::make_unique<SessionKillingSink>(std::move(inner), [this, copy] { return terminateSessions(copy ? 2 : 1); },
                                                            &killAt, &killed);
            },
            quickRetries(4), cancel);
        QCOMPARE(writer.start(ifExists, first, last), std::int64_t(0));
        for (std::size_t at = 0; at < records.size(); at += batch)
            QVERIFY(writer.write(std::span(records).subspan(at, std::min(batch, records.size() - at))));
        writer.finish();
        writer.close();
        QCOMPARE(killed, kills);
    }

    // Writes records 1..n through a ResilientWriter in a worker thread; the server is killed (pg_ctl stop -m
    // immediate) after two batches and restarted two seconds later.
    void survivesACrash(const std::function<std::unique_ptr<cdr::RecordSink>()> &make, const QString &table)
    {
        const int n = 100000;
        const std::size_t batch = 5000;
        const auto records = cdrtest::makeRecords(1, n);
        std::atomic_int batchesDone{0};
        std::atomic_bool cancel{false};
        std::string failure;
        std::thread worker([&] {
            try {
                cdr::DatabaseConfig policy = quickRetries(12);
                policy.retryInitialDelayMs = 250;
                cdr::ResilientWriter writer(make, policy, cancel);
                if (writer.start(cdr::IfExists::Replace) != 0)
                    throw std::runtime_error("replace did not empty the table");
                for (std::size_t at = 0; at < records.size(); at += batch) {
                    if (!writer.write(std::span(records).subspan(at, std::min(batch, records.size() - at))))
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
        const bool crashed = cdrtest::postgresControl("crash");
        const int doneAtCrash = batchesDone;
        std::this_thread::sleep_for(std::chrono::seconds(2));
        const bool restarted = cdrtest::postgresControl("start");
        worker.join();
        QVERIFY(crashed && restarted);
        QVERIFY2(failure.empty(), failure.c_str());
        QVERIFY2(doneAtCrash < int(records.size() / batch), "the run ended before the crash");
        QVERIFY(m_reader.open());
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, table, &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, std::int64_t(n));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MIN(id) FROM " + table), std::int64_t(1));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MAX(id) FROM " + table), std::int64_t(n));
    }

private slots:
    void initTestCase()
    {
        m_pg = cdrtest::postgresFixture();
        m_reader = cdrtest::postgresReader(m_pg, "reader");
        QVERIFY2(m_reader.open(), qPrintable(m_reader.lastError().text()));
    }
    void copyRunSurvivesAServerCrash()
    {
        m_reader.close();
        survivesACrash([this] { return copySink("cdr_crash_copy"); }, "cdr_crash_copy");
    }
    void odbcRunSurvivesAServerCrash()
    {
        m_reader.close();
        survivesACrash([this] { return odbcSink("cdr_crash_odbc"); }, "cdr_crash_odbc");
    }
    // Defect: psqlODBC reported "S1000: The connection has been lost" (session ended before the first batch) and
    // the run failed after 0 records. Killed again mid-run (psqlODBC then says 08S01).
    void odbcSessionKilledMidRunResumes()
    {
        QVERIFY(m_reader.isOpen() || m_reader.open());
        const std::int64_t n = 20000;
        const auto records = cdrtest::makeRecords(1, n);
        try {
            writeWithKills("cdr_killed", cdr::IfExists::Replace, records, 1, n, {1, 6001}, 2000);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_killed", &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, n);
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MIN(id) FROM cdr_killed"), std::int64_t(1));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MAX(id) FROM cdr_killed"), n);
    }
    // Both sessions of a pipelining COPY sink end while a batch is in flight: the writer sends that batch again
    // after reconnecting, and the table equals one uninterrupted run.
    void copySessionsKilledWithABatchInFlightResume()
    {
        QVERIFY(m_reader.isOpen() || m_reader.open());
        const std::int64_t n = 20000;
        const auto records = cdrtest::makeRecords(1, n);
        try {
            writeWithKills("cdr_killed_copy", cdr::IfExists::Replace, records, 1, n, {4001, 12001}, 2000, true);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_killed_copy", &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, n);
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MAX(id) FROM cdr_killed_copy"), n);
    }
    // Defect: after a reconnect during shard 2's first batch the writer compared with id 1 ("rows before id 501
    // are missing (MAX(id) is 0)"), or, with shard 3 already written, skipped the batch.
    void shardResumesFromItsOwnStartAfterAKillInItsFirstBatch()
    {
        QVERIFY(m_reader.isOpen() || m_reader.open());
        const auto shard3 = cdrtest::makeRecords(1001, 500);
        {
            std::atomic_bool cancel{false};
            cdr::ResilientWriter writer([&] { return odbcSink("cdr_shards"); }, quickRetries(2), cancel);
            QCOMPARE(writer.start(cdr::IfExists::Replace, 1001, 1500), std::int64_t(0));
            QVERIFY(writer.write(shard3));
            writer.close();
        }
        const auto shard2 = cdrtest::makeRecords(501, 500);
        try {
            writeWithKills("cdr_shards", cdr::IfExists::Resume, shard2, 501, 1000, {501}, 250);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        auto both = shard2;
        both.insert(both.end(), shard3.begin(), shard3.end());
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_shards", &rows), cdrtest::csvDigest(both));
        QCOMPARE(rows, std::int64_t(1000));
        QCOMPARE(cdrtest::scalar(m_reader, "SELECT MIN(id) FROM cdr_shards"), std::int64_t(501));
    }
    void batchCommittedBeforeALostAckIsNotInsertedTwice()
    {
        QVERIFY(m_reader.isOpen() || m_reader.open());
        const auto records = cdrtest::makeRecords(1, 3000);
        int failuresLeft = 2;
        std::atomic_bool cancel{false};
        cdr::ResilientWriter writer([&] { return std::make_unique<LostAckSink>(copySink("cdr_ack"), &failuresLeft); },
                                    quickRetries(4), cancel);
        QCOMPARE(writer.start(cdr::IfExists::Replace), std::int64_t(0));
        for (std::size_t at = 0; at < records.size(); at += 1000)
            QVERIFY(writer.write(std::span(records).subspan(at, 1000)));
        writer.finish();
        writer.close();
        QCOMPARE(failuresLeft, 0); // both injected failures happened
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_ack", &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, std::int64_t(3000));
    }
    void interruptedRunResumedEqualsOneRun()
    {
        QVERIFY(m_reader.isOpen() || m_reader.open());
        const auto records = cdrtest::makeRecords(1, 4000);
        std::atomic_bool cancel{false};
        {
            cdr::ResilientWriter writer([&] { return odbcSink("cdr_resume"); }, quickRetries(3), cancel);
            QCOMPARE(writer.start(cdr::IfExists::Replace), std::int64_t(0));
            QVERIFY(writer.write(std::span(records).subspan(0, 1000)));
            QVERIFY(writer.write(std::span(records).subspan(1000, 700)));
            writer.close(); // interrupted: no finish()
        }
        cdr::ResilientWriter writer([&] { return odbcSink("cdr_resume"); }, quickRetries(3), cancel);
        const std::int64_t resumeAfter = writer.start(cdr::IfExists::Resume);
        QCOMPARE(resumeAfter, std::int64_t(1700));
        QVERIFY(writer.write(std::span(records).subspan(std::size_t(resumeAfter))));
        writer.finish();
        writer.close();
        std::int64_t rows = 0;
        QCOMPARE(cdrtest::tableDigest(m_reader, "cdr_resume", &rows), cdrtest::csvDigest(records));
        QCOMPARE(rows, std::int64_t(4000));
    }
    void unreachableServerIsRetriedThenReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const std::string closedPort = std::to_string(probe.serverPort());
        probe.close();
        std::atomic_bool cancel{false};
        cdr::ResilientWriter writer(
            [&] { return std::make_unique<cdr::PostgresSink>(target(closedPort), "cdr", cdrtest::testConfig()); },
            quickRetries(3), cancel);
        QElapsedTimer timer;
        timer.start();
        try {
            writer.start(cdr::IfExists::Resume);
            QFAIL("connected to a closed port");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Transient);
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains("gave up") && message.contains("3 attempts"), error.what());
            QVERIFY2(message.contains(QString::fromStdString(closedPort)), error.what());
            QVERIFY2(!message.contains(QString::fromStdString(m_pg.at("PG_PASSWORD"))), error.what());
        }
        // Two waits: 100 ms and 200 ms, each +/- 20 %.
        QVERIFY(timer.elapsed() >= 240);
        QVERIFY(timer.elapsed() < 5000);
    }
    void cancelInterruptsTheWait()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const std::string closedPort = std::to_string(probe.serverPort());
        probe.close();
        std::atomic_bool cancel{false};
        cdr::DatabaseConfig slow = quickRetries(5);
        slow.retryInitialDelayMs = 60000;
        cdr::ResilientWriter writer(
            [&] { return std::make_unique<cdr::PostgresSink>(target(closedPort), "cdr", cdrtest::testConfig()); }, slow,
            cancel);
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(cdr::SinkError, writer.start(cdr::IfExists::Resume));
        canceller.join();
        QVERIFY(timer.elapsed() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "test_resilience.moc"

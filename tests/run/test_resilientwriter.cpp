#include "run/resilientwriter.h"
#include "sink/sinkerror.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <map>

namespace {

// Keeps ids in memory ("the table", shared by every connection); a failure can be planned for a batch.
struct Table {
    std::map<std::int64_t, int> ids; // id -> times inserted
    std::int64_t failBatchAt = 0;    // first id of the batch whose first attempts fail before committing
    int failures = 1;                // how many attempts of that batch fail
    cdr::SinkError::Kind failKind = cdr::SinkError::Kind::Transient;
    bool reportDead = false;         // the failed connection says it is dead
    int closes = 0;                  // close(): the run ends (deferred work such as indexes is done here)
    int reconnectCloses = 0;         // closeForReconnect(): the run goes on
    std::int64_t failCommitOf = 0;   // PipeliningSink: first id of the batch whose commit fails once
};

class MemorySink : public cdr::RecordSink {
public:
    explicit MemorySink(Table *table) : m_table(table) {}
    void open() override { m_dead = false; }
    void prepare(cdr::IfExists) override {}
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override
    {
        auto it = m_table->ids.upper_bound(last);
        if (it == m_table->ids.begin())
            return 0;
        --it;
        return it->first >= first ? it->first : 0;
    }
    void writeBatch(std::span<const cdr::CdrRecord> records) override
    {
        if (records.front().id == m_table->failBatchAt) {
            if (--m_table->failures == 0)
                m_table->failBatchAt = 0;
            m_dead = m_table->reportDead;
            throw cdr::SinkError(m_table->failKind, "planned failure");
        }
        for (const cdr::CdrRecord &record : records)
            ++m_table->ids[record.id];
    }
    void finish() override {}
    void close() override { ++m_table->closes; }
    void closeForReconnect() override { ++m_table->reconnectCloses; }
    bool connectionDead() override { return m_dead; }
    std::string describe() const override { return "memory"; }

protected:
    Table *m_table;

private:
    bool m_dead = false;
};

// Like PostgresSink's pipelining: writeBatch() commits the batch before and keeps its own in flight; a commit can
// be planned to fail (the connection dies and the batch in flight is lost).
class PipeliningSink : public MemorySink {
public:
    using MemorySink::MemorySink;
    bool startPipelining() override { return true; }
    void writeBatch(std::span<const cdr::CdrRecord> records) override
    {
        commitInFlight();
        m_inFlight.assign(records.begin(), records.end());
    }
    void flush() override { commitInFlight(); }
    void close() override
    {
        m_inFlight.clear();
        MemorySink::close();
    }
    void closeForReconnect() override
    {
        m_inFlight.clear();
        MemorySink::closeForReconnect();
    }

private:
    void commitInFlight()
    {
        if (m_inFlight.empty())
            return;
        if (m_table->failCommitOf == m_inFlight.front().id) {
            m_table->failCommitOf = 0;
            m_inFlight.clear();
            throw cdr::SinkError(cdr::SinkError::Kind::Transient, "planned commit failure");
        }
        MemorySink::writeBatch(m_inFlight);
        m_inFlight.clear();
    }

    std::vector<cdr::CdrRecord> m_inFlight;
};

std::vector<cdr::CdrRecord> ids(std::int64_t first, std::int64_t last)
{
    std::vector<cdr::CdrRecord> records(std::size_t(last - first + 1));
    for (std::size_t i = 0; i < records.size(); ++i)
        records[i].id = first + std::int64_t(i);
    return records;
}

cdr::DatabaseConfig quick()
{
    cdr::DatabaseConfig policy;
    policy.retryAttempts = 3;
    policy.retryInitialDelayMs = 1;
    policy.retryMaxDelayMs = 2;
    return policy;
}

} // namespace

class TestResilientWriter : public QObject {
    Q_OBJECT

    // Writes ids first..last in batches of `batch` as shard [first, last] and returns the error, if any.
    static std::string writeShard(Table &table, std::int64_t first, std::int64_t last, std::size_t batch)
    {
        std::atomic_bool cancel{false};
        try {
            cdr::ResilientWriter writer([&] { return std::make_unique<MemorySink>(&table); }, quick(), cancel);
            const std::int64_t resumeAfter = writer.start(cdr::IfExists::Resume, first, last);
            const auto records = ids(std::max(first, resumeAfter + 1), last);
            for (std::size_t at = 0; at < records.size(); at += batch)
                writer.write(std::span(records).subspan(at, std::min(batch, records.size() - at)));
        } catch (const std::exception &error) {
            return error.what();
        }
        return {};
    }

    // Writes ids 1..last in batches of 100 through a PipeliningSink; `end` says how the run ends.
    enum class End { Finish, Close, Destroy };
    static std::string writePipelined(Table &table, std::int64_t last, End end, std::int64_t *committed = nullptr)
    {
        std::atomic_bool cancel{false};
        try {
            cdr::ResilientWriter writer(
                [&] { return std::make_unique<PipeliningSink>(&table); }, quick(), cancel);
            writer.start(cdr::IfExists::Resume, 1, last);
            const auto records = ids(1, last);
            for (std::size_t at = 0; at < records.size(); at += 100) {
                const auto batch = std::span(records).subspan(at, std::min<std::size_t>(100, records.size() - at));
                writer.write(batch);
                // Everything before the batch in flight is committed, and the writer says so.
                const std::int64_t tableEnd = table.ids.empty() ? 0 : table.ids.rbegin()->first;
                if (tableEnd != batch.front().id - 1 || writer.lastCommittedId() != tableEnd)
                    return "after writing " + std::to_string(batch.front().id) + ".. the table ends at " +
                           std::to_string(tableEnd) + ", lastCommittedId() is " +
                           std::to_string(writer.lastCommittedId());
            }
            if (end == End::Finish)
                writer.finish();
            else if (end == End::Close)
                writer.close();
            if (committed)
                *committed = writer.lastCommittedId();
        } catch (const std::exception &error) {
            return error.what();
        }
        return {};
    }

    static bool holdsOnce(const Table &table, std::int64_t first, std::int64_t last)
    {
        if (table.ids.size() != std::size_t(last - first + 1) || table.ids.begin()->first != first ||
            table.ids.rbegin()->first != last)
            return false;
        return std::all_of(table.ids.begin(), table.ids.end(), [](const auto &entry) { return entry.second == 1; });
    }

private slots:
    // A pipelining sink commits each batch during the next write(); finish() commits the last one.
    void pipelinedBatchesCommitInOrderAndFinishCommitsTheLast()
    {
        Table table;
        std::int64_t committed = 0;
        const std::string error = writePipelined(table, 500, End::Finish, &committed);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(holdsOnce(table, 1, 500));
        QCOMPARE(committed, std::int64_t(500));
    }
    // The connection dies while committing batch 201..300 (during the write of 301..400): the writer kept a copy
    // of it and sends both again after reconnecting.
    void aBatchLostInFlightIsSentAgain()
    {
        Table table;
        table.failCommitOf = 201;
        std::int64_t committed = 0;
        const std::string error = writePipelined(table, 500, End::Finish, &committed);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(holdsOnce(table, 1, 500));
        QCOMPARE(table.reconnectCloses, 1);
        QCOMPARE(committed, std::int64_t(500));
    }
    // The last batch's commit fails in finish(): it is sent again and committed.
    void aFailedLastCommitIsRetried()
    {
        Table table;
        table.failCommitOf = 401;
        const std::string error = writePipelined(table, 500, End::Finish);
        QVERIFY2(error.empty(), error.c_str());
        QVERIFY(holdsOnce(table, 1, 500));
        QCOMPARE(table.reconnectCloses, 1);
    }
    // A cancelled run (close()) commits the batch in flight; a failed run (the writer destroyed) rolls it back and
    // lastCommittedId() matches the table.
    void closeCommitsTheBatchInFlightAndDestroyingRollsItBack()
    {
        Table cancelled;
        std::int64_t committed = 0;
        QVERIFY(writePipelined(cancelled, 300, End::Close, &committed).empty());
        QVERIFY(holdsOnce(cancelled, 1, 300));
        QCOMPARE(committed, std::int64_t(300));

        Table failed;
        QVERIFY(writePipelined(failed, 300, End::Destroy, &committed).empty());
        QVERIFY(holdsOnce(failed, 1, 200));
        QCOMPARE(committed, std::int64_t(200));
    }

    // Defect: "rows before id 501 are missing (MAX(id) is 0)" after a reconnect in shard 2's first batch.
    void shardReconnectInItsFirstBatchComparesWithTheShardStart()
    {
        Table table;
        table.failBatchAt = 501;
        const std::string error = writeShard(table, 501, 1000, 100);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(table.ids.size(), std::size_t(500));
        QCOMPARE(table.ids.begin()->first, std::int64_t(501));
        QCOMPARE(table.ids.rbegin()->first, std::int64_t(1000));
    }
    // Another shard's higher ids neither make this shard skip its rows at the start nor after a reconnect.
    void otherShardsIdsAreIgnored()
    {
        Table table;
        QVERIFY(writeShard(table, 1001, 1500, 100).empty());
        table.failBatchAt = 601;
        const std::string error = writeShard(table, 501, 1000, 100);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(table.ids.size(), std::size_t(1000));
        for (const auto &[id, times] : table.ids)
            QCOMPARE(times, 1);
        QCOMPARE(table.ids.begin()->first, std::int64_t(501));
    }
    // A dead connection is a reconnect-and-resume even when the failed call reported a non-transient error.
    void deadConnectionIsRetriedWhateverTheError()
    {
        Table table;
        table.failBatchAt = 201;
        table.failKind = cdr::SinkError::Kind::Fatal;
        table.reportDead = true;
        const std::string error = writeShard(table, 1, 500, 100);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(table.ids.size(), std::size_t(500));
    }
    // A non-transient error on a live connection stops at once and names the batch's ids.
    void dataErrorStopsAndNamesTheBatch()
    {
        Table table;
        table.failBatchAt = 201;
        table.failKind = cdr::SinkError::Kind::Fatal;
        const std::string error = writeShard(table, 1, 500, 100);
        QVERIFY2(QString::fromStdString(error).contains("planned failure (batch of ids 201..300)"), error.c_str());
        QCOMPARE(table.ids.size(), std::size_t(200));
    }
    // A reconnect does not close the sink for good (an ODBC sink would build its deferred indexes mid-load);
    // giving up does, so a failed run still ends with its indexes.
    void reconnectClosesForReconnectAndGivingUpClosesForGood()
    {
        Table retried;
        retried.failBatchAt = 201;
        QVERIFY(writeShard(retried, 1, 500, 100).empty());
        QCOMPARE(retried.reconnectCloses, 1);
        QCOMPARE(retried.closes, 1); // the writer's own close at the end

        Table givenUp;
        givenUp.failBatchAt = 201;
        givenUp.failures = 3; // every attempt of quick()'s three
        QVERIFY(QString::fromStdString(writeShard(givenUp, 1, 500, 100)).contains("gave up"));
        QCOMPARE(givenUp.reconnectCloses, 2);
        QVERIFY(givenUp.closes >= 1);
    }
};

QTEST_GUILESS_MAIN(TestResilientWriter)
#include "test_resilientwriter.moc"

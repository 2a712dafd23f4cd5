#include "run/idrange.h"

#include <QTest>

class TestIdRange : public QObject {
    Q_OBJECT
private slots:
    void shardsAreContiguousDisjointAndCoverAll_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("count");
        QTest::newRow("even") << qint64(100) << 4;
        QTest::newRow("uneven") << qint64(10) << 3;
        QTest::newRow("more shards than ids") << qint64(2) << 5;
        QTest::newRow("huge") << qint64(1'000'000'000'000) << 7;
    }
    void shardsAreContiguousDisjointAndCoverAll()
    {
        QFETCH(qint64, total);
        QFETCH(int, count);
        std::int64_t next = 1;
        std::int64_t covered = 0;
        for (int index = 1; index <= count; ++index) {
            const cdr::IdRange range = cdr::IdRange::forShard(total, {index, count});
            QCOMPARE(range.first, next);
            QVERIFY(range.size() >= total / count && range.size() <= total / count + 1);
            next = range.last + 1;
            covered += range.size();
        }
        QCOMPARE(covered, total);
        QCOMPARE(next, total + 1);
    }

    void parsesShardText()
    {
        std::string error;
        const auto shard = cdr::parseShard("2/8", &error);
        QVERIFY(shard.has_value());
        QCOMPARE(shard->index, 2);
        QCOMPARE(shard->count, 8);
        for (const char *bad : {"0/2", "3/2", "1/0", "a/b", "1", "1/2/3", "-1/2", ""}) {
            QVERIFY2(!cdr::parseShard(bad, &error).has_value(), bad);
            QVERIFY(error.find("--shard") != std::string::npos);
        }
    }
};

QTEST_GUILESS_MAIN(TestIdRange)
#include "test_idrange.moc"

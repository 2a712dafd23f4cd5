#include "sink/retrybackoff.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <limits>

using namespace cdr;

// The default database.retry schedule as docs/databases.md ("Retries") states it: 8 attempts, waits of 1, 2, 4, 8,
// then 15 s (the cap) three times: 60 s in all, at least 48 s and at most 72 s with the ±20 % jitter.
class TestRetryBackoff : public QObject {
    Q_OBJECT

    static qint64 totalWaitMs(RetryBackoff &backoff)
    {
        qint64 total = 0;
        for (int retry = 1; retry < backoff.attempts(); ++retry)
            total += backoff.delay(retry).count();
        return total;
    }

private slots:
    void defaultScheduleWithoutJitter()
    {
        DatabaseConfig policy;
        policy.retryJitter = 0;
        const std::atomic_bool cancel{false};
        RetryBackoff backoff(policy, cancel);
        QCOMPARE(backoff.attempts(), 8);
        QList<qint64> waits;
        for (int retry = 1; retry < backoff.attempts(); ++retry)
            waits << backoff.delay(retry).count();
        QCOMPARE(waits, (QList<qint64>{1000, 2000, 4000, 8000, 15000, 15000, 15000}));
        QCOMPARE(totalWaitMs(backoff), 60000);
    }

    void defaultJitterKeepsTheTotalWithinTwentyPercent()
    {
        const DatabaseConfig policy;
        QCOMPARE(policy.retryJitter, 0.2);
        const std::atomic_bool cancel{false};
        RetryBackoff backoff(policy, cancel);
        qint64 shortest = std::numeric_limits<qint64>::max();
        qint64 longest = 0;
        for (int run = 0; run < 2000; ++run) {
            const qint64 total = totalWaitMs(backoff);
            shortest = std::min(shortest, total);
            longest = std::max(longest, total);
        }
        QVERIFY2(shortest >= 48000 && longest <= 72000, qPrintable(QString("%1..%2").arg(shortest).arg(longest)));
        QVERIFY2(shortest < 60000 && longest > 60000, "the jitter spreads nothing"); // it does vary
    }
};

QTEST_GUILESS_MAIN(TestRetryBackoff)
#include "test_retrybackoff.moc"

#include "config/subscriberbudget.h"
#include "synth/realismmetrics.h"

#include "engineconfigs.h"
#include "engineinteractions.h"

#include <QTest>

using namespace cdr;

// Issue 11's behaviour targets on the shipped config at 2 M records (docs/realism.md "Behaviour of subscribers").
class TestRealismTargets : public QObject {
    Q_OBJECT

    static RealismMetrics::Figures measure(const Config &config)
    {
        RealismMetrics metrics;
        testconfigs::forEachEngineInteraction(config, [&](const RealismMetrics::Interaction &i) { metrics.add(i); });
        return metrics.compute(SubscriberBudget::periodDays(config.generation));
    }

private slots:
    void defaultConfigAtTwoMillionRecords()
    {
        const Config config = testconfigs::belgian(2'000'000);
        const RealismMetrics::Figures f = measure(config);
        qInfo("subscribers %zu, reciprocated %.3f, out/in Spearman %.3f, active days/week %.2f, call contacts/week "
              "%.2f, initiated share %.3f (top %zu: %.3f), radius of gyration median %.1f km (p90 %.1f km), home "
              "share %.3f",
              f.subscribers, f.reciprocatedShare, f.outInSpearman, f.medianActiveDaysPerWeek,
              f.medianCallContactsPerWeek, f.medianInitiatedShare, RealismMetrics::kTopSubscribers,
              f.medianInitiatedShareTop, f.medianGyrationKm, f.p90GyrationKm, f.medianHomeShare);
        qInfo("burstiness B %.3f, memory M %.3f (%zu subscribers with >= %zu records), visitation zeta %.3f (%zu "
              "subscribers), weekend/weekday %.3f",
              f.medianBurstiness, f.medianMemory, f.burstSubscribers, RealismMetrics::kBurstMinimum,
              f.medianVisitationExponent, f.visitSubscribers, f.weekendWeekdayRatio);
        QCOMPARE(f.subscribers, std::size_t(SubscriberBudget::subscriberCount(config)));
        QVERIFY2(f.reciprocatedShare >= 0.5, qPrintable(QString::number(f.reciprocatedShare)));
        QVERIFY2(f.outInSpearman >= 0.5, qPrintable(QString::number(f.outInSpearman)));
        QVERIFY2(f.medianActiveDaysPerWeek >= 3.5, qPrintable(QString::number(f.medianActiveDaysPerWeek)));
        QVERIFY2(f.medianCallContactsPerWeek >= 3, qPrintable(QString::number(f.medianCallContactsPerWeek)));
        QVERIFY2(f.medianInitiatedShare >= 0.35 && f.medianInitiatedShare <= 0.65,
                 qPrintable(QString::number(f.medianInitiatedShare)));
        QVERIFY2(f.medianInitiatedShareTop >= 0.35 && f.medianInitiatedShareTop <= 0.65,
                 qPrintable(QString::number(f.medianInitiatedShareTop)));
        QVERIFY2(f.medianGyrationKm >= 1 && f.medianGyrationKm <= 20, qPrintable(QString::number(f.medianGyrationKm)));
        // Heavy tail: the 90th percentile lies well beyond the median.
        QVERIFY2(f.p90GyrationKm >= 1.5 * f.medianGyrationKm, qPrintable(QString::number(f.p90GyrationKm)));
        QVERIFY2(f.medianHomeShare >= 0.4 && f.medianHomeShare <= 0.85, qPrintable(QString::number(f.medianHomeShare)));
        // Issue 20: bursty, with memory, and a visitation law (docs/realism.md "Bursts and places").
        QVERIFY2(f.burstSubscribers >= 900, qPrintable(QString::number(f.burstSubscribers)));
        QVERIFY2(f.medianBurstiness >= 0.2 && f.medianBurstiness <= 0.5,
                 qPrintable(QString::number(f.medianBurstiness)));
        QVERIFY2(f.medianMemory >= 0, qPrintable(QString::number(f.medianMemory)));
        QVERIFY2(f.visitSubscribers >= 500, qPrintable(QString::number(f.visitSubscribers)));
        QVERIFY2(f.medianVisitationExponent >= 1.0 && f.medianVisitationExponent <= 1.4,
                 qPrintable(QString::number(f.medianVisitationExponent)));
        QVERIFY2(std::abs(f.weekendWeekdayRatio - config.realism.weekendActivity) <= 0.05,
                 qPrintable(QString::number(f.weekendWeekdayRatio)));

        // The measured column of docs/realism.md ("Behaviour of subscribers") and README.md's figures, at the
        // precision the table states. The run is seeded, so they are exact: a change of the model that moves one
        // must update the docs too.
        auto fixed = [](double value, int decimals) { return QString::number(value, 'f', decimals); };
        QCOMPARE(fixed(100 * f.reciprocatedShare, 1), QString("85.4"));
        QCOMPARE(fixed(f.outInSpearman, 2), QString("0.90"));
        QCOMPARE(fixed(f.medianActiveDaysPerWeek, 2), QString("6.33"));
        QCOMPARE(fixed(f.medianCallContactsPerWeek, 1), QString("9.6"));
        QCOMPARE(fixed(f.medianInitiatedShare, 3), QString("0.525"));
        QCOMPARE(fixed(f.medianInitiatedShareTop, 3), QString("0.525"));
        QCOMPARE(fixed(f.medianGyrationKm, 1), QString("10.7"));
        QCOMPARE(fixed(f.p90GyrationKm, 1), QString("29.0"));
        QCOMPARE(fixed(f.medianHomeShare, 3), QString("0.483"));
        QCOMPARE(fixed(f.medianBurstiness, 3), QString("0.369"));
        QCOMPARE(fixed(f.medianMemory, 3), QString("0.047"));
        QCOMPARE(fixed(f.medianVisitationExponent, 3), QString("1.317"));
        QCOMPARE(f.visitSubscribers, std::size_t(697));
        QCOMPARE(fixed(f.weekendWeekdayRatio, 3), QString("0.800"));
    }
};

QTEST_GUILESS_MAIN(TestRealismTargets)
#include "test_realism_targets.moc"

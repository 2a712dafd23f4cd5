// The default 15 s bound against a server that accepts the connection and never answers.

#include "notify/mailnotifier.h"
#include "smtpfixture.h"

#include <QTest>

using namespace cdr;

class TestMailDefaultTimeout : public QObject {
    Q_OBJECT

private slots:
    void silentServerGivesUpWithinFifteenSeconds()
    {
        const auto facts = smtptest::readFacts();
        QVERIFY2(facts.contains("SMTP_SILENT_PORT"), "no facts file: is the smtp fixture running?");
        auto logs = smtptest::captureLogs();
        MailSettings settings = smtptest::fixtureSettings(facts);
        settings.port = facts.value("SMTP_SILENT_PORT").toInt();
        settings.timeoutSeconds = MailSettings{}.timeoutSeconds;
        QCOMPARE(settings.timeoutSeconds, 15);

        QElapsedTimer timer;
        timer.start();
        const MailResult result = sendRunSummary(settings, RunSummary{});
        const qint64 elapsed = timer.elapsed();
        qInfo("gave up after %lld ms: %s", static_cast<long long>(elapsed), result.error.c_str());
        QVERIFY(!result.sent);
        QVERIFY2(elapsed >= 14000 && elapsed < 16000, qPrintable(QString::number(elapsed)));
        QCOMPARE(logs->countAtLevel(spdlog::level::warn), 1);
        for (const QString &line : logs->lines())
            QVERIFY2(!line.contains(facts.value("SMTP_PASSWORD")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestMailDefaultTimeout)
#include "test_mail_default_timeout.moc"

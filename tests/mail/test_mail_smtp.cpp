// Real SMTP exchanges with the `smtp` fixture server (aiosmtpd, STARTTLS + AUTH, a CA made by the fixture).

#include "notify/mailnotifier.h"
#include "parsedmail.h"
#include "smtpfixture.h"

#include <QTcpServer>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cdr;

namespace {

RunSummary summary()
{
    RunSummary s;
    s.outcome = RunSummary::Outcome::Completed;
    s.requested = 250000;
    s.inserted = 249990;
    s.firstId = 11;
    s.lastId = 250000;
    s.elapsedSeconds = 93.5;
    s.rowsPerSecond = 2673.7;
    s.target = "PostgreSQL db.example:5432 / database cdrs";
    s.table = "cdr";
    s.seed = 987654321;
    s.configPath = "/srv/runs/config.yml";
    s.logPath = "/srv/runs/cdrgen.log";
    return s;
}

// A port nothing listens on: bound then closed (the kernel does not hand it out again right away).
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace

class TestMailSmtp : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_facts;
    std::shared_ptr<smtptest::CapturingSink> m_logs;
    const std::string m_wrongPassword = "Wr0ng-pw-7c1e-NEVER-LOG";

    void verifyNoSecretInLogs()
    {
        for (const QString &line : m_logs->lines()) {
            QVERIFY2(!line.contains(m_facts.value("SMTP_PASSWORD")), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromStdString(m_wrongPassword)), qPrintable(line));
        }
    }

private slots:
    void initTestCase()
    {
        m_facts = smtptest::readFacts();
        QVERIFY2(m_facts.contains("SMTP_PORT"), "no facts file: is the smtp fixture running? (CDRGEN_SMTP_FACTS)");
        m_logs = smtptest::captureLogs();
    }

    void cleanupTestCase() { verifyNoSecretInLogs(); }

    void summaryOverStartTls()
    {
        const MailSettings settings = smtptest::fixtureSettings(m_facts);
        const int infosBefore = m_logs->countAtLevel(spdlog::level::info);
        const MailResult result = sendRunSummary(settings, summary());
        QVERIFY2(result.sent, result.error.c_str());
        QVERIFY(result.error.empty());
        QCOMPARE(m_logs->countAtLevel(spdlog::level::info), infosBefore + 1);

        const auto stored = smtptest::findStoredMessage(m_facts, result.messageId);
        QVERIFY2(stored.found, result.messageId.c_str());
        QCOMPARE(stored.envelope.value("listener").toString(), QString("starttls"));
        QCOMPARE(stored.envelope.value("tls").toBool(), true);
        QCOMPARE(stored.envelope.value("login").toString(), m_facts.value("SMTP_USER"));
        QCOMPARE(stored.envelope.value("mail_from").toString(), m_facts.value("SMTP_USER"));
        const QVariantList rcpts = stored.envelope.value("rcpt_tos").toArray().toVariantList();
        QCOMPARE(rcpts, (QVariantList{"analyst.one@example.test", "analyst.two@example.org"}));

        const auto mail = mailtest::parseMail(stored.raw);
        QVERIFY(mail.valid);
        QCOMPARE(mail.headers.value("subject"), QByteArray("CDR generation complete"));
        QCOMPARE(mail.headers.value("from"), "cdrgen <" + m_facts.value("SMTP_USER").toUtf8() + ">");
        QCOMPARE(mail.headers.value("to"), QByteArray("analyst.one@example.test, analyst.two@example.org"));
        QCOMPARE(mail.headers.value("message-id"), "<" + QByteArray::fromStdString(result.messageId) + ">");
        QVERIFY(result.messageId.size() > 20);
        QVERIFY(QByteArray::fromStdString(result.messageId).endsWith("@cdrgen.test"));
        const QDateTime date = QDateTime::fromString(QString::fromUtf8(mail.headers.value("date")), Qt::RFC2822Date);
        QVERIFY2(date.isValid(), mail.headers.value("date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTime())) < 120);
        QCOMPARE(mail.headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
        for (const char *figure : {"Records requested:  250000", "Records inserted:   249990", "First id:           11",
                                   "Last id:            250000", "93.5 s", "2673.7 rows/s",
                                   "PostgreSQL db.example:5432 / database cdrs", "Seed:               987654321",
                                   "/srv/runs/config.yml", "/srv/runs/cdrgen.log"})
            QVERIFY2(mail.body.contains(QString::fromUtf8(figure)), figure);
        QVERIFY(!stored.raw.contains(m_facts.value("SMTP_PASSWORD").toUtf8()));
    }

    void testMailOverImplicitTls()
    {
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.security = "ssl";
        settings.port = m_facts.value("SMTP_SSL_PORT").toInt();
        settings.recipients = {"solo@example.test"};
        const MailResult result = sendTestMail(settings);
        QVERIFY2(result.sent, result.error.c_str());
        const auto stored = smtptest::findStoredMessage(m_facts, result.messageId);
        QVERIFY(stored.found);
        QCOMPARE(stored.envelope.value("listener").toString(), QString("ssl"));
        const auto mail = mailtest::parseMail(stored.raw);
        QCOMPARE(mail.headers.value("subject"), QByteArray("cdrgen test e-mail"));
        QCOMPARE(mail.headers.value("to"), QByteArray("solo@example.test"));
    }

    void wrongPasswordIsAWarning()
    {
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.password = m_wrongPassword;
        const int warningsBefore = m_logs->countAtLevel(spdlog::level::warn);
        const MailResult result = sendRunSummary(settings, summary());
        qInfo("%s", result.error.c_str());
        QVERIFY(!result.sent);
        QVERIFY(!result.error.empty());
        QVERIFY2(result.error.find(m_wrongPassword) == std::string::npos, result.error.c_str());
        const QString error = QString::fromStdString(result.error);
        QVERIFY2(error.contains("535") || error.contains("login denied", Qt::CaseInsensitive), result.error.c_str());
        QCOMPARE(m_logs->countAtLevel(spdlog::level::warn), warningsBefore + 1);
        QVERIFY(!smtptest::findStoredMessage(m_facts, result.messageId).found);
        verifyNoSecretInLogs();
    }

    void untrustedCertificateIsRefused()
    {
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.caFile.clear(); // only the system bundle: the fixture's CA is not in it
        const MailResult result = sendRunSummary(settings, summary());
        qInfo("%s", result.error.c_str());
        QVERIFY(!result.sent);
        QVERIFY2(QString::fromStdString(result.error).contains("certificate", Qt::CaseInsensitive),
                 result.error.c_str());
        QVERIFY(!smtptest::findStoredMessage(m_facts, result.messageId).found);

        settings = smtptest::fixtureSettings(m_facts);
        settings.host = "127.0.0.1"; // the right server and CA, but the certificate names only "localhost"
        const MailResult wrongName = sendRunSummary(settings, summary());
        qInfo("%s", wrongName.error.c_str());
        QVERIFY(!wrongName.sent);
        QVERIFY2(QString::fromStdString(wrongName.error).contains("name", Qt::CaseInsensitive),
                 wrongName.error.c_str());
        QVERIFY(!smtptest::findStoredMessage(m_facts, wrongName.messageId).found);
    }

    void clearTextIsRefusedByTheServer()
    {
        // Without credentials `none` is allowed anywhere, but this server wants STARTTLS first.
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.security = "none";
        settings.username.clear();
        settings.password.clear();
        const MailResult result = sendTestMail(settings);
        qInfo("%s", result.error.c_str());
        QVERIFY(!result.sent);
        QVERIFY(!result.error.empty());
    }

    // docs/email.md: with starttls, a server that does not offer it or fails the handshake gets no login and no
    // message in clear text, and the error says which of the two happened.
    void noFallbackToClearText_data()
    {
        smtptest::addClearTextTrapRows();
    }
    void noFallbackToClearText()
    {
        QFETCH(QString, portFact);
        QFETCH(QString, trap);
        QFETCH(QString, problem);
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.port = m_facts.value(portFact).toInt();
        QVERIFY2(settings.port > 0, qPrintable(portFact + " missing from the facts file"));
        const auto before = smtptest::trapConnections(m_facts, trap);
        const int warningsBefore = m_logs->countAtLevel(spdlog::level::warn);
        const MailResult result = sendRunSummary(settings, summary());
        qInfo("%s", result.error.c_str());
        QVERIFY(!result.sent);
        const QString error = QString::fromStdString(result.error);
        QVERIFY2(error.contains(problem) && error.contains("no login or message was sent"), qPrintable(error));
        QCOMPARE(m_logs->countAtLevel(spdlog::level::warn), warningsBefore + 1);

        const auto after = smtptest::trapConnections(m_facts, trap);
        QVERIFY2(after.size() > before.size(), "the client never reached the trap");
        QVERIFY2(after.last().lines.value(0).startsWith("EHLO"), qPrintable(after.last().lines.join(" | ")));
        if (trap != "no-starttls")
            QVERIFY2(after.last().lines.contains("STARTTLS"), qPrintable(after.last().lines.join(" | ")));
        if (trap == "tls-garbage")
            QVERIFY2(!after.last().chunksAfterStartTlsAreTls.isEmpty(), "no TLS handshake arrived after STARTTLS");
        const QString leaked = smtptest::clearTextSent(after);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    }

    void noServerFailsFast()
    {
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.port = closedPort();
        QElapsedTimer timer;
        timer.start();
        const MailResult result = sendRunSummary(settings, summary());
        qInfo("%s", result.error.c_str());
        QVERIFY(!result.sent);
        QVERIFY(!result.error.empty());
        QVERIFY2(timer.elapsed() < settings.timeoutSeconds * 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void silentServerHonoursTheTimeout()
    {
        MailSettings settings = smtptest::fixtureSettings(m_facts);
        settings.port = m_facts.value("SMTP_SILENT_PORT").toInt();
        settings.timeoutSeconds = 2;
        QElapsedTimer timer;
        timer.start();
        const MailResult result = sendRunSummary(settings, summary());
        const qint64 elapsed = timer.elapsed();
        qInfo("after %lld ms: %s", static_cast<long long>(elapsed), result.error.c_str());
        QVERIFY(!result.sent);
        QVERIFY2(QString::fromStdString(result.error).contains("time", Qt::CaseInsensitive), result.error.c_str());
        QVERIFY2(elapsed >= 1900 && elapsed < 3500, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestMailSmtp)
#include "test_mail_smtp.moc"

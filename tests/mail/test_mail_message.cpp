// Settings parsing and message building: everything that needs no server.

#include "logging/redactingsink.h"
#include "notify/mailaddress.h"
#include "notify/mailencoding.h"
#include "notify/mailnotifier.h"
#include "notify/runsummarymail.h"
#include "parsedmail.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace cdr;

namespace {

using Vars = std::map<std::string, std::string>;

std::optional<MailSettings> settingsFrom(const Vars &vars, std::string *error)
{
    return MailSettings::fromLookup(
        [&vars](const std::string &name) -> std::optional<std::string> {
            const auto it = vars.find(name);
            if (it == vars.end() || it->second.empty())
                return std::nullopt;
            return it->second;
        },
        error);
}

const Vars gmail = {{"GMAIL_USERNAME", "cdr.robot@gmail.com"},
                    {"GMAIL_APP_PASSWORD", "abcd efgh ijkl mnop"},
                    {"RECIPIENT_EMAIL", "ops@example.com"}};

Vars with(Vars vars, const std::string &name, const std::string &value)
{
    vars[name] = value;
    return vars;
}

RunSummary completedRun()
{
    RunSummary s;
    s.outcome = RunSummary::Outcome::Completed;
    s.requested = 1000000;
    s.inserted = 999000;
    s.firstId = 1001;
    s.lastId = 1000000;
    s.elapsedSeconds = 754.25;
    s.rowsPerSecond = 1324.5;
    s.target = "SQL Server sql01.corp.example / database CDRS";
    s.table = "cdr_2024";
    s.seed = 4242;
    s.configPath = "/home/analyst/runs/config.yml";
    s.logPath = "/home/analyst/runs/cdrgen.log";
    return s;
}

MailSettings someSettings()
{
    MailSettings settings;
    settings.username = "cdr.robot@gmail.com";
    settings.password = "abcd efgh ijkl mnop";
    settings.from = "cdr.robot@gmail.com";
    settings.recipients = {"ops@example.com", "lead@example.org"};
    return settings;
}

mailtest::ParsedMail renderAndParse(const MailMessage &message, const std::string &id = "abc.1@gmail.com")
{
    const QDateTime when(QDate(2024, 3, 5), QTime(14, 30, 7), QTimeZone(3600));
    return mailtest::parseMail(QByteArray::fromStdString(message.render(when, id)));
}

} // namespace

class TestMailMessage : public QObject {
    Q_OBJECT

private slots:
    void noVariablesMeansNoMail()
    {
        std::string error = "stale";
        QVERIFY(!settingsFrom({}, &error));
        QVERIFY(error.empty());
        QVERIFY(!settingsFrom({{"UNRELATED", "x"}}, &error));
        QVERIFY(error.empty());
    }

    void gmailDefaults()
    {
        std::string error;
        const auto settings = settingsFrom(gmail, &error);
        QVERIFY2(settings, error.c_str());
        QCOMPARE(settings->host, std::string("smtp.gmail.com"));
        QCOMPARE(settings->port, 587);
        QCOMPARE(settings->security, std::string("starttls"));
        QCOMPARE(settings->from, std::string("cdr.robot@gmail.com"));
        QCOMPARE(settings->password, std::string("abcd efgh ijkl mnop"));
        QCOMPARE(settings->recipients, std::vector<std::string>{"ops@example.com"});
        QCOMPARE(settings->timeoutSeconds, 15);
        QVERIFY(settings->caFile.empty());
        // Read once, the password is redacted from every later log line, whoever logs it.
        QCOMPARE(RedactingSink::redact("pw=abcd efgh ijkl mnop."), std::string("pw=***."));
    }

    void overrides()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        ca.write("-----BEGIN CERTIFICATE-----\n");
        ca.flush();
        Vars vars = gmail;
        vars["SMTP_HOST"] = "mail.example.net";
        vars["SMTP_SECURITY"] = "SSL";
        vars["SMTP_FROM"] = "noreply@example.net";
        vars["SMTP_CA_FILE"] = ca.fileName().toStdString();
        vars["RECIPIENT_EMAIL"] = " a@example.com, b@example.org ,,A@EXAMPLE.COM, c@sub.example.be,";
        std::string error;
        auto settings = settingsFrom(vars, &error);
        QVERIFY2(settings, error.c_str());
        QCOMPARE(settings->host, std::string("mail.example.net"));
        QCOMPARE(settings->security, std::string("ssl"));
        QCOMPARE(settings->port, 465);
        QCOMPARE(settings->from, std::string("noreply@example.net"));
        QCOMPARE(settings->caFile, ca.fileName().toStdString());
        const std::vector<std::string> expected = {"a@example.com", "b@example.org", "c@sub.example.be"};
        QCOMPARE(settings->recipients, expected);

        settings = settingsFrom(with(vars, "SMTP_PORT", "2465"), &error);
        QVERIFY2(settings, error.c_str());
        QCOMPARE(settings->port, 2465);
    }

    void errorsNameTheVariable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port zero") << "SMTP_PORT" << "0" << "SMTP_PORT";
        QTest::newRow("port too big") << "SMTP_PORT" << "70000" << "SMTP_PORT";
        QTest::newRow("port text") << "SMTP_PORT" << "587a" << "SMTP_PORT";
        QTest::newRow("security") << "SMTP_SECURITY" << "tls" << "SMTP_SECURITY";
        QTest::newRow("recipient") << "RECIPIENT_EMAIL" << "ops@example.com; lead@example.org" << "RECIPIENT_EMAIL";
        QTest::newRow("recipient no at") << "RECIPIENT_EMAIL" << "ops.example.com" << "RECIPIENT_EMAIL";
        QTest::newRow("only commas") << "RECIPIENT_EMAIL" << " , ," << "RECIPIENT_EMAIL";
        QTest::newRow("from") << "SMTP_FROM" << "Robot <r@example.com>" << "SMTP_FROM";
        QTest::newRow("ca file") << "SMTP_CA_FILE" << "/nonexistent/ca.pem" << "SMTP_CA_FILE";
        QTest::newRow("host") << "SMTP_HOST" << "smtp.gmail.com/evil" << "SMTP_HOST";
        QTest::newRow("clear text") << "SMTP_SECURITY" << "none" << "SMTP_SECURITY";
    }

    void errorsNameTheVariable()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        std::string error;
        QVERIFY(!settingsFrom(with(gmail, name.toStdString(), value.toStdString()), &error));
        QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
        QVERIFY2(error.find("abcd efgh") == std::string::npos, error.c_str());
    }

    void incompleteCredentials()
    {
        std::string error;
        Vars vars = gmail;
        vars.erase("GMAIL_APP_PASSWORD");
        QVERIFY(!settingsFrom(vars, &error));
        QVERIFY2(error.find("GMAIL_APP_PASSWORD") != std::string::npos, error.c_str());
        vars = gmail;
        vars.erase("GMAIL_USERNAME");
        QVERIFY(!settingsFrom(vars, &error));
        QVERIFY2(error.find("GMAIL_USERNAME") != std::string::npos, error.c_str());
        vars = gmail;
        vars.erase("RECIPIENT_EMAIL");
        QVERIFY(!settingsFrom(vars, &error));
        QVERIFY2(error.find("RECIPIENT_EMAIL") != std::string::npos, error.c_str());
        // A login that is not an address needs SMTP_FROM.
        QVERIFY(!settingsFrom(with(gmail, "GMAIL_USERNAME", "robot"), &error));
        QVERIFY2(error.find("SMTP_FROM") != std::string::npos, error.c_str());
        QVERIFY(settingsFrom(with(with(gmail, "GMAIL_USERNAME", "robot"), "SMTP_FROM", "r@example.com"), &error));
    }

    void clearTextOnlyToLoopback()
    {
        std::string error;
        const Vars local = with(with(gmail, "SMTP_SECURITY", "none"), "SMTP_HOST", "localhost");
        const auto settings = settingsFrom(local, &error);
        QVERIFY2(settings, error.c_str());
        QCOMPARE(settings->port, 587);
        QVERIFY(settingsFrom(with(local, "SMTP_HOST", "127.0.0.1"), &error));
        QVERIFY(!settingsFrom(with(local, "SMTP_HOST", "127.evil.example"), &error));
        // Without credentials there is nothing to leak: a plain relay is fine anywhere.
        Vars relay = {{"RECIPIENT_EMAIL", "ops@example.com"}, {"SMTP_FROM", "cdrgen@example.com"},
                      {"SMTP_SECURITY", "none"}, {"SMTP_HOST", "relay.example.com"}, {"SMTP_PORT", "25"}};
        QVERIFY2(settingsFrom(relay, &error), error.c_str());
    }

    void addresses()
    {
        QVERIFY(isValidMailAddress("a.b+tag@sub.example.be"));
        QVERIFY(isValidMailAddress("robot@localhost"));
        QVERIFY(!isValidMailAddress("a@b@c"));
        QVERIFY(!isValidMailAddress("a@-example.com"));
        QVERIFY(!isValidMailAddress("a..b@example.com"));
        QVERIFY(!isValidMailAddress("a@example.com\r\nRCPT TO:<x@y.z>"));
        QVERIFY(!isValidMailAddress("<a@example.com>"));
        QVERIFY(isLoopbackHost("LOCALHOST"));
        QVERIFY(isLoopbackHost("::1"));
        QVERIFY(isLoopbackHost("127.0.0.1"));
        QVERIFY(!isLoopbackHost("127.0.0.1.example.com"));
        QVERIFY(!isLoopbackHost("smtp.gmail.com"));
    }

    void completedRunMessage()
    {
        const MailSettings settings = someSettings();
        const MailMessage message = runSummaryMessage(settings, completedRun());
        const auto mail = renderAndParse(message);
        QVERIFY(mail.valid);
        QCOMPARE(mail.headers.value("subject"), QByteArray("CDR generation complete"));
        QCOMPARE(mail.headers.value("date"), QByteArray("Tue, 05 Mar 2024 14:30:07 +0100"));
        QCOMPARE(mail.headers.value("from"), QByteArray("cdrgen <cdr.robot@gmail.com>"));
        QCOMPARE(mail.headers.value("to"), QByteArray("ops@example.com, lead@example.org"));
        QCOMPARE(mail.headers.value("message-id"), QByteArray("<abc.1@gmail.com>"));
        QCOMPARE(mail.headers.value("mime-version"), QByteArray("1.0"));
        QCOMPARE(mail.headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(mail.headers.value("content-transfer-encoding"), QByteArray("7bit"));
        for (const char *figure : {"Records requested:  1000000", "Records inserted:   999000",
                                   "First id:           1001", "Last id:            1000000", "754.2 s (0:12:34)", "1324.5 rows/s",
                                   "sql01.corp.example / database CDRS", "Table:              cdr_2024",
                                   "Seed:               4242", "/home/analyst/runs/config.yml",
                                   "/home/analyst/runs/cdrgen.log"})
            QVERIFY2(mail.body.contains(QString::fromUtf8(figure)), figure);
        QVERIFY(!mail.body.contains("Error"));
        QVERIFY(!mail.body.contains("abcd efgh"));
    }

    void failedAndCancelledRuns()
    {
        RunSummary failed = completedRun();
        failed.outcome = RunSummary::Outcome::Failed;
        failed.inserted = 0;
        failed.error = "connection lost: [Microsoft][ODBC] SERVER=sql01;UID=sa;PWD=Hunter2!;DATABASE=x";
        failed.target = "odbc DRIVER={ODBC Driver 18};SERVER=sql01;PWD={Hunter2!};";
        auto mail = renderAndParse(runSummaryMessage(someSettings(), failed));
        QCOMPARE(mail.headers.value("subject"), QByteArray("CDR generation failed"));
        QVERIFY(mail.body.contains("FAILED"));
        QVERIFY(mail.body.contains("Error:              connection lost"));
        QVERIFY(mail.body.contains("First id:           -"));
        QVERIFY2(!mail.body.contains("Hunter2"), qPrintable(mail.body));
        QVERIFY(mail.body.contains("PWD=***"));

        RunSummary cancelled = completedRun();
        cancelled.outcome = RunSummary::Outcome::Cancelled;
        mail = renderAndParse(runSummaryMessage(someSettings(), cancelled));
        QCOMPARE(mail.headers.value("subject"), QByteArray("CDR generation cancelled"));
        QVERIFY(mail.body.contains("cancelled"));
        QVERIFY(mail.body.contains("Records inserted:   999000"));
        QCOMPARE(redactSecrets("postgresql://cdr:s3cr3t@db.example:5432/cdr"),
                 std::string("postgresql://cdr:***@db.example:5432/cdr"));
    }

    void nonAsciiTravelsQuotedPrintable()
    {
        RunSummary run = completedRun();
        run.configPath = "/home/anaïs/Liège/config €.yml";
        run.error = std::string(1200, 'x'); // not shown (completed) but a long target is
        run.target = "csv " + std::string(1100, 'y');
        const MailMessage message = runSummaryMessage(someSettings(), run);
        const std::string text = message.render(QDateTime::currentDateTime(), "id@gmail.com");
        const auto mail = mailtest::parseMail(QByteArray::fromStdString(text));
        QCOMPARE(mail.headers.value("content-transfer-encoding"), QByteArray("quoted-printable"));
        QVERIFY(mail.body.contains(QString::fromUtf8("/home/anaïs/Liège/config €.yml")));
        QVERIFY(mail.body.contains(QString(1100, 'y')));
        for (const QByteArray &line : QByteArray::fromStdString(text).split('\n')) {
            QVERIFY2(line.size() <= 78, line.constData()); // 76 + CRLF
            for (const char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 0x80);
        }
        QVERIFY2(!QRegularExpression("[^\\r]\\n").match(QString::fromStdString(text)).hasMatch(),
                 "bare LF in the message");
    }

    void encodedSubject()
    {
        QCOMPARE(encodeHeaderText("CDR generation complete"), std::string("CDR generation complete"));
        const std::string subject = "Génération terminée — ☎ " + std::string(40, 'a') + " ✓ données";
        const std::string encoded = encodeHeaderText(subject);
        QVERIFY(encoded.rfind("=?UTF-8?B?", 0) == 0);
        for (const QByteArray &line : QByteArray::fromStdString(encoded).split('\n'))
            QVERIFY2(line.trimmed().size() <= 75, line.constData());
        QVERIFY(encoded.find("\r\n ") != std::string::npos); // long enough to need two words
        QCOMPARE(mailtest::decodeHeaderText(QByteArray::fromStdString(encoded)), QString::fromStdString(subject));

        MailMessage message = runSummaryMessage(someSettings(), completedRun());
        message.subject = subject;
        const auto mail = renderAndParse(message);
        QCOMPARE(mailtest::decodeHeaderText(mail.headers.value("subject")), QString::fromStdString(subject));
    }

    void datesAndIds()
    {
        QCOMPARE(rfc5322Date(QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59), QTimeZone(-(4 * 3600 + 1800)))),
                 std::string("Sun, 31 Dec 2023 23:59:59 -0430"));
        QCOMPARE(rfc5322Date(QDateTime(QDate(2024, 7, 1), QTime(0, 0, 0), QTimeZone::utc())),
                 std::string("Mon, 01 Jul 2024 00:00:00 +0000"));
        QSet<QString> ids;
        const QRegularExpression shape("^[0-9a-f]{32}\\.[0-9]{13}@gmail\\.com$");
        for (int i = 0; i < 1000; ++i) {
            const QString id = QString::fromStdString(makeMessageId("cdr.robot@gmail.com"));
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 1000);
    }

    void testMailNamesTheServer()
    {
        MailSettings settings = someSettings();
        settings.host = "smtp.example.net";
        settings.port = 2525;
        const auto mail = renderAndParse(testMailMessage(settings));
        QCOMPARE(mail.headers.value("subject"), QByteArray("cdrgen test e-mail"));
        QVERIFY(mail.body.contains("smtp.example.net:2525"));
        QVERIFY(mail.body.contains("ops@example.com, lead@example.org"));
        QVERIFY(!mail.body.contains("abcd efgh"));
    }

    void refusedWithoutTouchingTheNetwork()
    {
        MailSettings settings = someSettings();
        settings.security = "none";
        settings.host = "smtp.example.invalid";
        const MailResult result = sendTestMail(settings);
        QVERIFY(!result.sent);
        QVERIFY2(result.error.find("clear text") != std::string::npos, result.error.c_str());
        QVERIFY(result.error.find("abcd efgh") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestMailMessage)
#include "test_mail_message.moc"

#include "clirunner.h"
#include "smtpfixture.h"
#include "sqlitetable.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The completion e-mail as a user gets it from cdrgen-cli, against the real SMTP server of the `smtp` fixture.
class TestCliMail : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_facts = smtptest::readFacts();
        QVERIFY2(!m_facts.isEmpty(), "the smtp fixture's facts file is missing");
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_cli->setVariable("GMAIL_USERNAME", m_facts.value("SMTP_USER"));
        m_cli->setVariable("GMAIL_APP_PASSWORD", m_facts.value("SMTP_PASSWORD"));
        m_cli->setVariable("RECIPIENT_EMAIL", "analyst@example.test");
        m_cli->setVariable("SMTP_HOST", m_facts.value("SMTP_HOST"));
        m_cli->setVariable("SMTP_PORT", m_facts.value("SMTP_PORT"));
        m_cli->setVariable("SMTP_CA_FILE", m_facts.value("SMTP_CA_FILE"));
        m_table = "mail_" + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    void completedRunSendsTheSummary()
    {
        const CliResult result = m_cli->run({"-n", "1500", "--table", m_table});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QByteArray message = storedMessageMentioning(m_table);
        QVERIFY2(!message.isEmpty(), "no message mentions the run's table");
        QVERIFY(message.contains("Subject: CDR generation complete"));
        QVERIFY(message.contains("1500"));
        QVERIFY(!message.contains(m_facts.value("SMTP_PASSWORD").toUtf8()));
    }

    void noEmailSendsNothing()
    {
        const CliResult result = m_cli->run({"-n", "100", "--table", m_table, "--no-email"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(storedMessageMentioning(m_table).isEmpty());
    }

    void wrongPasswordWarnsButTheRunSucceeds()
    {
        m_cli->setVariable("GMAIL_APP_PASSWORD", "NotThePassw0rd");
        const CliResult result = m_cli->run({"-n", "100", "--table", m_table});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("WARNING"), qPrintable(result.err));
        QVERIFY(!result.err.contains("NotThePassw0rd"));
        QFile log(m_dir->filePath("cdr_generation.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains("NotThePassw0rd"));
    }

    // A mail server that cannot do STARTTLS gets nothing in clear text; the mail step fails with a warning naming
    // the problem, and the run itself is complete (docs/email.md: a failure to send never changes the exit status).
    void mailWithoutTlsFailsButTheRunIsComplete_data()
    {
        smtptest::addClearTextTrapRows();
    }
    void mailWithoutTlsFailsButTheRunIsComplete()
    {
        QFETCH(QString, portFact);
        QFETCH(QString, trap);
        QFETCH(QString, problem);
        QVERIFY2(m_facts.value(portFact).toInt() > 0, qPrintable(portFact + " missing from the facts file"));
        m_cli->setVariable("SMTP_PORT", m_facts.value(portFact));
        const auto before = smtptest::trapConnections(m_facts, trap);
        const CliResult result = m_cli->run({"-n", "1500", "--table", m_table});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(rowCount(m_dir->filePath("cdr.sqlite"), m_table), 1500);
        QVERIFY2(result.err.contains("WARNING") && result.err.contains(problem), qPrintable(result.err));
        QVERIFY(!result.err.contains(m_facts.value("SMTP_PASSWORD")));

        const auto after = smtptest::trapConnections(m_facts, trap);
        QVERIFY2(after.size() > before.size(), "cdrgen-cli never reached the trap");
        const QString leaked = smtptest::clearTextSent(after);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked));
    }

    void noMailVariablesIsOneInfoLine()
    {
        CliRunner bare(m_dir->path());
        const CliResult result = bare.run({"-n", "100", "--table", m_table});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err.count("No e-mail variables set"), 1);
    }

private:
    QByteArray storedMessageMentioning(const QString &marker) const
    {
        const QDir mailbox(m_facts.value("SMTP_MAILBOX"));
        for (const QString &name : mailbox.entryList({"*.eml"}, QDir::Files)) {
            QFile file(mailbox.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray raw = file.readAll();
                if (raw.contains(marker.toUtf8()))
                    return raw;
            }
        }
        return {};
    }

    QMap<QString, QString> m_facts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_table;
};

QTEST_GUILESS_MAIN(TestCliMail)
#include "test_cli_mail.moc"

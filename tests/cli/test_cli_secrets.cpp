#include "clirunner.h"
#include "parsedmail.h"
#include "smtpfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

// Secrets out of sight, as a user runs cdrgen-cli: the documented PostgreSQL runs (URL without a password, the
// password from .env, PGPASSWORD or libpq's password file) against the `postgres` fixture show it nowhere: not in
// /proc/PID/cmdline of the running program, its log file or its console. A URL that does carry one warns once and
// echoes it nowhere; a mistyped URL is not echoed with its password. Passwords chosen to break the masking rules
// (1 character, '}', '%', ';', spaces, non-ASCII) are planted where cdrgen-cli echoes a value (a validation message,
// a CSV path in the run's error and summary) and must be masked on stderr, stdout, in the log file and in the mail
// that the `smtp` fixture receives.
class TestCliSecrets : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_pg;
    QMap<QString, QString> m_smtp;

    struct Observed {
        int exitCode = -1;
        QString out, err, log, cmdline;
        bool sawRunning = false;
    };

    static QMap<QString, QString> readFacts(const QString &path)
    {
        QMap<QString, QString> facts;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray &line : file.readAll().split('\n'))
                if (line.indexOf('=') > 0)
                    facts[QString::fromUtf8(line.left(line.indexOf('=')))] =
                        QString::fromUtf8(line.mid(line.indexOf('=') + 1));
        return facts;
    }

    static void writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        QVERIFY(file.setPermissions(permissions));
    }

    static QProcessEnvironment bareEnvironment(const QString &home)
    {
        QProcessEnvironment environment;
        environment.insert("PATH", qEnvironmentVariable("PATH"));
        environment.insert("HOME", home);
        environment.insert("TZ", "UTC");
        return environment;
    }

    // Runs the CLI in `dir`; while it runs, reads its /proc/PID/cmdline once the log file shows it has started.
    static Observed observe(const QString &dir, const QProcessEnvironment &environment, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir);
        process.start(CliRunner::program(), arguments);
        Observed seen;
        if (!process.waitForStarted())
            return seen;
        const QString procFile = QStringLiteral("/proc/%1/cmdline").arg(process.processId());
        QElapsedTimer clock;
        clock.start();
        while (process.state() == QProcess::Running && clock.elapsed() < 240000) {
            QFile log(QDir(dir).filePath("cdr_generation.log"));
            if (!seen.sawRunning && log.open(QIODevice::ReadOnly) && log.readAll().contains("cdrgen-cli ")) {
                QFile cmdline(procFile);
                if (cmdline.open(QIODevice::ReadOnly)) {
                    seen.cmdline = QString::fromUtf8(cmdline.readAll().replace('\0', ' '));
                    seen.sawRunning = process.state() == QProcess::Running && !seen.cmdline.isEmpty();
                }
            }
            process.waitForFinished(5);
        }
        if (process.state() == QProcess::Running) {
            process.kill();
            process.waitForFinished();
        }
        seen.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        seen.out = QString::fromUtf8(process.readAllStandardOutput());
        seen.err = QString::fromUtf8(process.readAllStandardError());
        QFile log(QDir(dir).filePath("cdr_generation.log"));
        if (log.open(QIODevice::ReadOnly))
            seen.log = QString::fromUtf8(log.readAll());
        return seen;
    }

    QString documentedUrl() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_pg["PG_USER"], m_pg["PG_HOST"], m_pg["PG_PORT"],
                                                              m_pg["PG_DATABASE"]);
    }

    // A secret the masking rules must hide in `text`: a long one anywhere, a short one (1 to 3 characters) where
    // it stands alone, as the planted messages put it: quoted, or as a path followed by ':' or the line's end.
    static bool leaks(const QString &text, const QString &secret)
    {
        if (secret.size() >= 4)
            return text.contains(secret);
        for (const QString &planted : {"\"" + secret + "\"", "'" + secret + "'", "create " + secret + ":",
                                       "CSV file " + secret + "\n", "CSV file " + secret + " "})
            if (text.contains(planted))
                return true;
        return false;
    }

    static QString percentEncoded(const QString &text)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    }

    // Runs SQL as the fixture's superuser, fed on standard input, the password from the fixture's password file.
    bool runSql(const QString &sql) const
    {
        QProcess psql;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PGPASSFILE", m_pg["PG_PASSFILE"]);
        psql.setProcessEnvironment(environment);
        psql.start("psql", {"-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", m_pg["PG_HOST"], "-p", m_pg["PG_PORT"], "-U",
                            m_pg["PG_SUPERUSER"], "-d", m_pg["PG_DATABASE"]});
        psql.write(sql.toUtf8());
        psql.closeWriteChannel();
        return psql.waitForFinished(60000) && psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0;
    }

    QString mailMentioning(const QString &marker) const
    {
        const QDir mailbox(m_smtp.value("SMTP_MAILBOX"));
        for (int attempt = 0; attempt < 100; ++attempt) {
            for (const QString &name : mailbox.entryList({"*.eml"}, QDir::Files)) {
                QFile file(mailbox.filePath(name));
                if (file.open(QIODevice::ReadOnly)) {
                    const auto mail = mailtest::parseMail(file.readAll());
                    if (mail.body.contains(marker))
                        return mail.body;
                }
            }
            QThread::msleep(50);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_pg = readFacts(qEnvironmentVariable("CDRGEN_PG_FIXTURE"));
        QVERIFY2(!m_pg.value("PG_PASSWORD").isEmpty(), "the postgres fixture's facts are missing");
        m_smtp = smtptest::readFacts();
        QVERIFY2(!m_smtp.value("SMTP_PASSWORD").isEmpty(), "the smtp fixture's facts are missing");
    }

    void documentedRunShowsThePasswordNowhere_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow(".env DB_PASSWORD") << "dotenv";
        QTest::newRow("PGPASSWORD") << "pgpassword";
        QTest::newRow("~/.pgpass") << "pgpass";
        QTest::newRow("PGPASSFILE") << "pgpassfile";
    }
    void documentedRunShowsThePasswordNowhere()
    {
        QFETCH(QString, source);
        QTemporaryDir dir;
        const QString password = m_pg["PG_PASSWORD"];
        QProcessEnvironment environment = bareEnvironment(dir.path());
        const QByteArray pgpassLine =
            QStringLiteral("%1:%2:%3:%4:%5\n")
                .arg(m_pg["PG_HOST"], m_pg["PG_PORT"], m_pg["PG_DATABASE"], m_pg["PG_USER"], password)
                .toUtf8();
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (source == "dotenv")
            writeFile(dir.filePath(".env"), "DB_PASSWORD=" + password.toUtf8() + "\n", ownerOnly);
        else if (source == "pgpassword")
            environment.insert("PGPASSWORD", password);
        else if (source == "pgpass")
            writeFile(dir.filePath(".pgpass"), pgpassLine, ownerOnly);
        else {
            writeFile(dir.filePath("passwords"), pgpassLine, ownerOnly);
            environment.insert("PGPASSFILE", dir.filePath("passwords"));
        }
        const QString table = "secrets_" + source;
        const Observed seen = observe(dir.path(), environment,
                                      {"-o", documentedUrl(), "--table", table, "-n", "200000", "--batch-size", "2000",
                                       "--if-exists", "replace", "--no-email", "--world-tables"});
        QVERIFY2(seen.exitCode == 0, qPrintable(seen.err + seen.log));
        QVERIFY2(seen.log.contains("Done: 200000 records inserted"), qPrintable(seen.log));
        QVERIFY2(seen.sawRunning, "the run ended before its command line could be read");
        QVERIFY2(seen.cmdline.contains(documentedUrl()), qPrintable(seen.cmdline));
        for (const QString &output : {seen.cmdline, seen.out, seen.err, seen.log})
            QVERIFY2(!output.contains(password), qPrintable(output));
    }

    void urlWithPasswordWarnsOnceAndHidesIt()
    {
        // A role of its own: the fixture's passwords never stand on a command line, not even for a moment
        // (fixture_secret_modes checks that).
        const QString password = "url-" + QUuid::createUuid().toString(QUuid::Id128).left(16);
        QVERIFY(runSql(QStringLiteral("CREATE ROLE url_login LOGIN PASSWORD '%1';\n"
                                      "GRANT USAGE, CREATE ON SCHEMA public TO url_login;\n")
                           .arg(password)));
        QTemporaryDir dir;
        const QString url = QStringLiteral("postgresql://url_login:%1@%2:%3/%4")
                                .arg(password, m_pg["PG_HOST"], m_pg["PG_PORT"], m_pg["PG_DATABASE"]);
        const Observed seen = observe(dir.path(), bareEnvironment(dir.path()),
                                      {"-o", url, "--table", "secrets_url", "-n", "200000", "--batch-size", "2000",
                                       "--if-exists", "replace", "--no-email", "--world-tables"});
        QVERIFY2(seen.exitCode == 0, qPrintable(seen.err + seen.log));
        QCOMPARE(seen.err.count("process list"), 1);
        QVERIFY2(seen.err.contains("--output"), qPrintable(seen.err));
        QVERIFY2(seen.sawRunning, "the run ended before its command line could be read");
        for (const QString &output : {seen.cmdline, seen.out, seen.err, seen.log})
            QVERIFY2(!output.contains(password), qPrintable(output));
    }

    void mistypedUrlIsNotEchoedWithItsPassword()
    {
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        const CliResult result = cli.run({"-o", "postgresql:/bob:S3cretPW@localhost/db", "--validate"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("unknown output"), qPrintable(result.err));
        QVERIFY2(!result.err.contains("S3cretPW"), qPrintable(result.err));
        QVERIFY2(result.err.contains("bob:***@localhost"), qPrintable(result.err));
    }

    void plantedSecretsAreMaskedEverywhere_data()
    {
        QTest::addColumn<QString>("dbPassword");
        QTest::addColumn<QString>("pgPassword");
        QTest::newRow("1 character") << "x" << "y";
        QTest::newRow("closing brace") << "}" << "a}}b";
        QTest::newRow("percent") << "%" << "50%off";
        QTest::newRow("semicolon") << ";" << "a;b";
        QTest::newRow("spaces") << "a b" << "pass phrase with spaces";
        QTest::newRow("non-ASCII") << QString::fromUtf8("Ünïcødé") << QString::fromUtf8("é");
        QTest::newRow("all at once") << QString::fromUtf8("p}w;50% Ü") << QString::fromUtf8("{;}");
    }
    void plantedSecretsAreMaskedEverywhere()
    {
        QFETCH(QString, dbPassword);
        QFETCH(QString, pgPassword);
        QTemporaryDir dir;
        CliRunner cli(dir.path());
        // Single quotes: python-dotenv takes the value literally.
        writeFile(dir.filePath(".env"), "DB_PASSWORD='" + dbPassword.toUtf8() + "'\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        cli.setVariable("PGPASSWORD", pgPassword);
        cli.setVariable("GMAIL_USERNAME", m_smtp.value("SMTP_USER"));
        cli.setVariable("GMAIL_APP_PASSWORD", m_smtp.value("SMTP_PASSWORD"));
        cli.setVariable("RECIPIENT_EMAIL", "analyst@example.test");
        cli.setVariable("SMTP_HOST", m_smtp.value("SMTP_HOST"));
        cli.setVariable("SMTP_PORT", m_smtp.value("SMTP_PORT"));
        cli.setVariable("SMTP_CA_FILE", m_smtp.value("SMTP_CA_FILE"));

        // Validation messages (stderr): DB_PORT echoes its value, here a password as typed or percent-encoded.
        for (const QString &secret : {dbPassword, pgPassword}) {
            for (const QString &planted : {secret, percentEncoded(secret)}) {
                cli.setVariable("DB_PORT", planted);
                const CliResult result = cli.run({"--validate"});
                QCOMPARE(result.exitCode, 2);
                QVERIFY2(result.err.contains(".env:DB_PORT"), qPrintable(result.err));
                QVERIFY2(!leaks(result.err, planted), qPrintable(result.err));
                QVERIFY2(result.err.contains("***"), qPrintable(result.err));
            }
        }
        cli.setVariable("DB_PORT", "");

        // A mistyped URL carrying the password.
        const CliResult typo = cli.run({"-o", "postgresql:/bob:" + dbPassword + "@localhost/db", "--validate"});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(!typo.err.contains(":" + dbPassword + "@"), qPrintable(typo.err));

        // A run that fails on a CSV path named like the password: error, summary and mail all echo the path.
        for (const QString &secret : {dbPassword, pgPassword, m_smtp.value("SMTP_PASSWORD")}) {
            QVERIFY(QDir(dir.path()).mkpath(secret));
            const QString marker = "t" + QUuid::createUuid().toString(QUuid::Id128).left(12);
            const CliResult result = cli.run({"-o", "csv:" + secret, "-n", "100", "--table", marker});
            QVERIFY2(result.exitCode != 0, qPrintable(result.err));
            QVERIFY2(result.err.contains("Run failed"), qPrintable(result.err));
            QFile logFile(dir.filePath("cdr_generation.log"));
            QVERIFY(logFile.open(QIODevice::ReadOnly));
            const QString log = QString::fromUtf8(logFile.readAll());
            const QString mail = mailMentioning(marker);
            QVERIFY2(!mail.isEmpty(), "no mail arrived for the failed run");
            QVERIFY2(mail.contains("cannot create ***"), qPrintable(mail));
            for (const QString &output : {result.out, result.err, log, mail}) {
                QVERIFY2(!leaks(output, secret), qPrintable(output));
                QVERIFY2(!leaks(output, dbPassword) && !leaks(output, pgPassword), qPrintable(output));
                QVERIFY2(!output.contains(m_smtp.value("SMTP_PASSWORD")), qPrintable(output));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "test_cli_secrets.moc"

#include "sink/odbcdriverinfo.h"
#include "sink/odbcsink.h"
#include "sink/sinkerror.h"

#include "dbtestsupport.h"
#include "../fixtures/tds/logincapture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// What the installed FreeTDS (Debian 12: 1.3.17; Debian 13 may have 1.4+) really sends, read on the wire by
// tests/fixtures/tds/logincapture.py: a listener on 127.0.0.1 that decodes the LOGIN7 packet and closes. No SQL
// Server is involved. Where versions differ, the expectation follows the version dpkg reports.
class TestFreeTdsLogin : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    tdstest::LoginCapture m_fixture;
    QString m_port;

    cdr::ConnectionSettings settings(const std::string &password) const
    {
        cdr::ConnectionSettings c;
        c.driver = "FreeTDS";
        c.server = "127.0.0.1";
        c.port = m_port.toStdString();
        c.database = "cdr;db";
        c.user = "loader";
        c.password = password;
        c.options = "TDS_Version=7.4";
        return c;
    }

    QList<QJsonObject> captures() const { return m_fixture.logins(); }

    // Opens the sink and returns what reached the fixture. The fixture closes the connection after the login, so
    // open() fails, and two logins must arrive: QODBC's connect (the path under test) and then the native connect
    // that reads the failure's SQLSTATEs. An empty object when that is not what happened (*error says why).
    QJsonObject loginSentFor(const cdr::ConnectionSettings &connection, std::string *error)
    {
        const auto before = captures().size();
        cdr::OdbcSink sink(connection, "cdr", cdrtest::testConfig());
        try {
            sink.open();
        } catch (const cdr::SinkError &failure) {
            *error = failure.what();
        }
        const auto logins = captures().mid(before);
        if (logins.size() != 2 || logins[0] != logins[1]) {
            *error = std::to_string(logins.size()) + " different logins arrived, expected QODBC's and the probe's: " + *error;
            return {};
        }
        return logins[0];
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fixture.start(m_dir.filePath("logins.jsonl"), 240), "logincapture.py did not start");
        m_port = m_fixture.port();
    }

    // The version comes from the installed library; compare with what dpkg says is installed.
    void readsTheFreeTdsVersion()
    {
        const cdr::OdbcDriverInfo info = cdr::inspectOdbcDriver(settings("x"));
        QVERIFY(info.freeTds);
        QVERIFY2(!info.library.empty(), "libtdsodbc not found from odbcinst.ini");
        const tdstest::FreeTdsVersion installed = tdstest::installedFreeTds();
        QVERIFY2(installed.major > 0, "dpkg-query reports no tdsodbc version");
        QCOMPARE(info.major, installed.major);
        QCOMPARE(info.minor, installed.minor);
        QCOMPARE(info.braceRule(), installed.readsDoubledBraces() ? cdr::BraceRule::Standard : cdr::BraceRule::FreeTdsBefore14);
    }

    // Defect: "p;w}d" was sent as PWD={p;w}}d}, which FreeTDS 1.3 passes on as "p;w}}d".
    void passwordsArriveExactly_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("plain") << "plain";
        QTest::newRow("semicolon and brace") << "p;w}d";
        QTest::newRow("semicolon, ends with brace") << "a;b}";
        QTest::newRow("brace inside") << "a}b{c";
        QTest::newRow("leading brace") << "{open";
        QTest::newRow("equals") << "a=b=c";
        QTest::newRow("spaces") << " two words ";
        QTest::newRow("semicolon") << "x;y";
    }
    void passwordsArriveExactly()
    {
        QFETCH(QString, password);
        std::string error;
        const QJsonObject login = loginSentFor(settings(password.toStdString()), &error);
        QVERIFY2(!login.isEmpty(), error.c_str());
        QCOMPARE(login.value("password").toString(), password);
        QCOMPARE(login.value("user").toString(), QStringLiteral("loader"));
        QCOMPARE(login.value("database").toString(), QStringLiteral("cdr;db"));
    }

    // "};" inside a value that needs braces cannot reach the server through FreeTDS 1.3: refused before connecting.
    void uncarriablePasswordIsRefusedBeforeConnecting()
    {
        const auto before = captures().size();
        if (tdstest::installedFreeTds().readsDoubledBraces()) {
            // FreeTDS 1.4+ reads "}}": the same password must then arrive exactly.
            std::string error;
            QCOMPARE(loginSentFor(settings("semi;colon};brace"), &error).value("password").toString(),
                     QStringLiteral("semi;colon};brace"));
            return;
        }
        cdr::OdbcSink sink(settings("semi;colon};brace"), "cdr", cdrtest::testConfig());
        try {
            sink.open();
            QFAIL("connected with a password FreeTDS 1.3 cannot carry");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Configuration);
            QVERIFY2(QString(error.what()).contains("DB_PASSWORD") && QString(error.what()).contains("1.4"), error.what());
            QVERIFY2(!QString(error.what()).contains("semi;colon"), error.what());
        }
        QTest::qWait(300);
        QCOMPARE(captures().size(), before); // nothing reached the listener
    }

    // Defect: with DB_DSN and DB_SERVER, "SERVER=" was added and FreeTDS refused ("Only one between SERVER,
    // SERVERNAME and DSN"); and QODBC made it "DSN=DSN=...". A FreeTDS DSN from odbc.ini now logs in.
    void freeTdsDsnLogsIn()
    {
        QFile ini(m_dir.filePath("odbc.ini"));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[cdrgen_tds]\nDriver = FreeTDS\nServer = 127.0.0.1\nPort = %1\nTDS_Version = 7.4\n")
                      .arg(m_port)
                      .toUtf8());
        ini.close();
        qputenv("ODBCINI", ini.fileName().toLocal8Bit());
        cdr::ConnectionSettings c = settings("p;w}d");
        c.driver.clear();
        c.options.clear();
        c.dsn = "cdrgen_tds";
        c.server = "sql.example.be"; // ignored with a DSN
        c.port = "1433";
        std::string error;
        const QJsonObject login = loginSentFor(c, &error);
        QVERIFY2(!login.isEmpty(), error.c_str());
        QCOMPARE(login.value("password").toString(), QStringLiteral("p;w}d"));
        QCOMPARE(login.value("user").toString(), QStringLiteral("loader"));
        QCOMPARE(login.value("database").toString(), QStringLiteral("cdr;db"));
        // The fixture closed the connection after the login: a lost connection, retried (not a setup error).
        QVERIFY2(!error.empty(), "the fixture accepted a login?");
    }
};

QTEST_GUILESS_MAIN(TestFreeTdsLogin)
#include "test_freetdslogin.moc"

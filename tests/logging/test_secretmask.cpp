#include "logging/credentialmask.h"
#include "logging/logsetup.h"
#include "logging/redactingsink.h"
#include "logging/secretmask.h"
#include "notify/runsummarymail.h"
#include "sink/targetspec.h"

#include <QTest>

using cdr::maskCredentialContexts;
using cdr::maskSecret;

namespace {

// Every byte outside RFC 3986's unreserved set as %XX, as a URL carries a password.
std::string percentEncoded(const std::string &text, bool lowerHex = false)
{
    static const char *upper = "0123456789ABCDEF", *lower = "0123456789abcdef";
    const char *hex = lowerHex ? lower : upper;
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) && c < 0x80) {
            out += char(c);
        } else if (c == '-' || c == '.' || c == '_' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string braceEscaped(const std::string &text)
{
    std::string out;
    for (char c : text)
        out += c == '}' ? std::string("}}") : std::string(1, c);
    return out;
}

std::string conninfoEscaped(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '\'')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

// The masking rules of logging/secretmask.h and logging/credentialmask.h against passwords chosen to break them.
class TestSecretMask : public QObject {
    Q_OBJECT
private slots:
    void longSecretInEveryForm_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("braces and percent") << "p}w{50%;x";
        QTest::newRow("spaces") << "correct horse battery";
        QTest::newRow("non-ASCII") << QString::fromUtf8("Ünïcødé");
        QTest::newRow("quotes and backslash") << "it's\\a'pw";
        QTest::newRow("only braces") << "}}}}";
    }
    void longSecretInEveryForm()
    {
        QFETCH(QString, secret);
        const std::string s = secret.toStdString();
        for (const std::string &form : {s, percentEncoded(s), percentEncoded(s, true), braceEscaped(s),
                                        conninfoEscaped(s)}) {
            const std::string text = "before " + form + " after, and glued:x" + form + "y";
            const std::string masked = maskSecret(text, s);
            QVERIFY2(masked == "before *** after, and glued:x***y", (form + " -> " + masked).c_str());
        }
        QCOMPARE(maskSecret("PWD={" + braceEscaped(s) + "};UID=sa", s), std::string("PWD={***};UID=sa"));
    }

    void mixedPercentEncodingIsMasked()
    {
        // A user encodes only what the URL needs: '@' and ':' but not ';'.
        QCOMPARE(maskSecret("postgresql://bob:a%40b;c%3ad@host/db", "a@b;c:d"),
                 std::string("postgresql://bob:***@host/db"));
    }

    void shortSecretAloneIsMasked_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 char quoted") << "x" << "got 'x' from .env" << "got '***' from .env";
        QTest::newRow("1 char token") << "x" << "password x refused" << "password *** refused";
        QTest::newRow("1 char sentence end") << "x" << "the value was x." << "the value was ***.";
        QTest::newRow("brace") << "}" << "DB_PORT \"}\" is no port" << "DB_PORT \"***\" is no port";
        QTest::newRow("percent") << "%" << "got \"%\"" << "got \"***\"";
        QTest::newRow("percent-encoded %") << "%" << "got \"%25\"" << "got \"***\"";
        QTest::newRow("semicolon") << ";" << "value ';' here" << "value '***' here";
        QTest::newRow("space") << " " << "got \" \" here" << "got \"***\" here";
        QTest::newRow("2 chars") << "ab" << "[ab]" << "[***]";
        QTest::newRow("3 chars") << "a b" << "got 'a b'" << "got '***'";
        QTest::newRow("1 non-ASCII char") << QString::fromUtf8("é") << QString::fromUtf8("got 'é'") << "got '***'";
    }
    void shortSecretAloneIsMasked()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(maskSecret(text.toStdString(), secret.toStdString())), expected);
    }

    void shortSecretInsideWordsLeavesTextReadable()
    {
        const std::string line = "2026-11-26 12:05:38,437 - INFO - Done: 1500 records inserted into example.cdr";
        for (const char *secret : {"x", "e", "5", "ab", ":"})
            QCOMPARE(maskSecret(line, secret), line);
        QCOMPARE(maskSecret("café crème", "é"), std::string("café crème"));
    }

    void credentialContextsOfAnyLength_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ODBC 1 char") << "DRIVER={x};PWD=x;UID=sa" << "DRIVER={x};PWD=***;UID=sa";
        QTest::newRow("ODBC braces with }}") << "DRIVER={x};PWD={a}}b;c}}};UID=sa" << "DRIVER={x};PWD=***;UID=sa";
        QTest::newRow("ODBC brace only") << "PWD={}}};UID=sa" << "PWD=***;UID=sa";
        QTest::newRow("conninfo quoted") << "host=h password='a\\'b c' port=5" << "host=h password=*** port=5";
        QTest::newRow("key case and spaces") << "Password = s;x" << "Password = ***;x";
        QTest::newRow("env names") << "DB_PASSWORD=p PGPASSWORD=q" << "DB_PASSWORD=*** PGPASSWORD=***";
        QTest::newRow("hint after the value stays") << "failed; PWD=s (check TrustServerCertificate)"
                                                    << "failed; PWD=*** (check TrustServerCertificate)";
        QTest::newRow("URL") << "postgresql://bob:%3B@h/d" << "postgresql://bob:***@h/d";
        QTest::newRow("URL with @ in password") << "to postgres://bob:p@ss@h/d now" << "to postgres://bob:***@h/d now";
        QTest::newRow("mistyped scheme") << "'postgresql:/bob:S3cretPW@localhost/db'"
                                         << "'postgresql:/bob:***@localhost/db'";
        QTest::newRow("no scheme") << "bob:x@host" << "bob:***@host";
        QTest::newRow("URL after a key") << "--output=postgresql://bob:pw@h/d" << "--output=postgresql://bob:***@h/d";
        QTest::newRow("mail address stays") << "sent to ops@example.com via smtp://relay:587"
                                            << "sent to ops@example.com via smtp://relay:587";
        QTest::newRow("user without password stays") << "postgresql://bob@h:5432/d" << "postgresql://bob@h:5432/d";
        QTest::newRow("other keys stay") << "sslmode=require&sslrootcert=/x" << "sslmode=require&sslrootcert=/x";
    }
    void credentialContextsOfAnyLength()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(maskCredentialContexts(text.toStdString())), expected);
    }

    void urlPasswordWithSpacesAsOneValue()
    {
        QCOMPARE(cdr::maskUrlPassword("postgresql:/bob:a b;c@localhost/db"),
                 std::string("postgresql:/bob:***@localhost/db"));
    }

    void registeredShortSecretsAreMasked()
    {
        cdr::registerSecret("q");
        cdr::registerSecret("}");
        QCOMPARE(cdr::RedactingSink::redact("value 'q' and quick and '}' and a}b"),
                 std::string("value '***' and quick and '***' and a}b"));
    }

    void mailScrubberMasksTheWholeBracedPassword()
    {
        const std::string masked = cdr::redactSecrets("connect failed: DRIVER={x};PWD={ab}}cd;ef};UID=sa");
        QCOMPARE(masked, std::string("connect failed: DRIVER={x};PWD=***;UID=sa"));
    }

    void mistypedUrlIsNotEchoed_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("one slash") << "postgresql:/bob:S3cretPW@localhost/db";
        QTest::newRow("no slash") << "postgresql:bob:S3cretPW@localhost/db";
        QTest::newRow("short password") << "postgresql:/bob:S@localhost/db";
        QTest::newRow("spaces") << "postgres//bob:S3 cret PW@localhost/db";
    }
    void mistypedUrlIsNotEchoed()
    {
        QFETCH(QString, output);
        std::string error;
        QVERIFY(!cdr::TargetSpec::parse(output.toStdString(), &error));
        QVERIFY2(!QString::fromStdString(error).contains("S3") && error.find(":S@") == std::string::npos,
                 error.c_str());
        QVERIFY2(QString::fromStdString(error).contains("***@localhost/db"), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "test_secretmask.moc"

#include "config/connectionsettings.h"
#include "config/datalocations.h"
#include "config/dotenvparser.h"
#include "config/environment.h"
#include "config/tablename.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "issuetesting.h"

#include <set>

using cdr::ConfigIssue;

namespace {

const QString kEnvData = QStringLiteral(CDRGEN_TEST_DATA "/env/");
const char *const kDbNames[] = {"DB_SERVER", "DB_NAME",  "DB_USER",    "DB_PASSWORD", "DB_DRIVER",
                                "DB_PORT",   "DB_DSN",   "DB_OPTIONS", "CDR_TABLE"};

std::map<std::string, std::string> parse(const std::string &text, std::vector<ConfigIssue> *issues = nullptr)
{
    std::vector<ConfigIssue> local;
    return cdr::Environment::parseDotEnv(text, issues ? issues : &local);
}

struct EnvCase {
    const char *file;
    const char *keyPath;
    const char *message;
    bool warningOnly = false;
};

const EnvCase kMalformedEnv[] = {
    {"port_zero.env", ".env:DB_PORT", "1..65535"},
    {"port_text.env", ".env:DB_PORT", "\"fourteen33\""},
    {"port_too_big.env", ".env:DB_PORT", "1..65535"},
    {"table_starts_with_digit.env", ".env:CDR_TABLE", "starts with a digit"},
    {"table_injection.env", ".env:CDR_TABLE", "letters, digits and '_'"},
    {"table_three_parts.env", ".env:CDR_TABLE", "more than one '.'"},
    {"table_dash.env", ".env:CDR_TABLE", "letters, digits and '_'"},
    {"unterminated_double_quote.env", ".env:line 3", "no closing quote"},
    {"unterminated_single_quote.env", ".env:line 2", "no closing quote"},
    {"text_after_quote.env", ".env:line 1", "unexpected text after the value"},
    {"options_without_value.env", ".env:DB_OPTIONS", "part 2"},
    {"missing_name.env", ".env:line 2", "expected a variable name"},
    {"name_without_value.env", ".env:DB_SERVER", "no '='", true},
};

} // namespace

class TestEnvironment : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The process environment wins over .env files: make sure the runner's own DB_* cannot mask a case.
        for (const char *name : kDbNames)
            qunsetenv(name);
        QStandardPaths::setTestModeEnabled(true);
    }

    void unquotedValuesCommentsAndExport()
    {
        const auto values = parse("# a comment line\n"
                                  "A=1\n"
                                  "export B=2\n"
                                  "exportC=3\n"
                                  "  D  =  spaced value   \n"
                                  "E=value # inline comment\n"
                                  "F=no#comment\n"
                                  "G=\n"
                                  "H= # only a comment\n"
                                  "I=a=b=c\n"
                                  "J=1\r\nJ=2\r\n");
        QCOMPARE(values.at("A"), std::string("1"));
        QCOMPARE(values.at("B"), std::string("2"));
        QCOMPARE(values.at("exportC"), std::string("3"));
        QCOMPARE(values.at("D"), std::string("spaced value"));
        QCOMPARE(values.at("E"), std::string("value"));
        QCOMPARE(values.at("F"), std::string("no#comment"));
        QCOMPARE(values.at("G"), std::string());
        QCOMPARE(values.at("H"), std::string("# only a comment")); // python-dotenv: '#' needs a blank before it
        QCOMPARE(values.at("I"), std::string("a=b=c"));
        QCOMPARE(values.at("J"), std::string("2")); // the last definition wins
        QCOMPARE(values.size(), std::size_t(10));
    }

    void byteOrderMarkIsNotPartOfTheFirstName()
    {
        const auto values = parse("\xEF\xBB\xBF" "DB_SERVER=host\n");
        QCOMPARE(values.size(), std::size_t(1));
        QCOMPARE(values.at("DB_SERVER"), std::string("host"));
    }

    void quotedValues()
    {
        std::vector<ConfigIssue> issues;
        const auto values = parse("S='single ${A} \\n \\'q\\' \\\\ # kept'  # comment\n"
                                  "D=\"tab\\there\\nnew \\\"q\\\" \\\\ back \\x\"\n"
                                  "M=\"line one\nline two\"\n"
                                  "'QUOTED_KEY'=\"v\"\n"
                                  "E=\"\"\n"
                                  "P='pa$$word#1'\n",
                                  &issues);
        QVERIFY2(issues.empty(), describe(issues).c_str());
        QCOMPARE(values.at("S"), std::string("single ${A} \\n 'q' \\ # kept"));
        QCOMPARE(values.at("D"), std::string("tab\there\nnew \"q\" \\ back \\x"));
        QCOMPARE(values.at("M"), std::string("line one\nline two"));
        QCOMPARE(values.at("QUOTED_KEY"), std::string("v"));
        QCOMPARE(values.at("E"), std::string());
        QCOMPARE(values.at("P"), std::string("pa$$word#1"));
    }

    void variablesExpandInUnquotedAndDoubleQuotedValues()
    {
        const auto values = parse("HOST=db.example\n"
                                  "URL=http://${HOST}:${PORT:-5432}/x\n"
                                  "Q=\"${HOST} and ${NOPE}.\"\n"
                                  "LIT='${HOST}'\n"
                                  "EARLY=${LATER}\n"
                                  "LATER=late\n"
                                  "HALF=${HOST\n");
        QCOMPARE(values.at("URL"), std::string("http://db.example:5432/x"));
        QCOMPARE(values.at("Q"), std::string("db.example and ."));
        QCOMPARE(values.at("LIT"), std::string("${HOST}"));
        QCOMPARE(values.at("EARLY"), std::string()); // only earlier lines are visible, as in python-dotenv
        QCOMPARE(values.at("HALF"), std::string("${HOST"));
    }

    void expansionStopsAtTheValueLimit()
    {
        // 16 bytes doubled 12 times is 64 KiB, the limit: still read; once more and the value is an error.
        std::string text = "A=0123456789abcdef\n";
        for (int i = 0; i < 12; ++i)
            text += "A=${A}${A}\n";
        std::vector<ConfigIssue> issues;
        auto values = parse(text, &issues);
        QVERIFY2(issues.empty(), describe(issues).c_str());
        QCOMPARE(values.at("A").size(), cdr::kMaxDotEnvValueBytes);

        text += "A=${A}${A}\nB='${A}'\n";
        values = parse(text, &issues);
        QVERIFY2(hasIssue(issues, ".env:A", ConfigIssue::Severity::Error,
                          "line 14: the value grows past 65536 bytes once its ${...} references are expanded"),
                 describe(issues).c_str());
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(values.at("A"), std::string());
        QCOMPARE(values.at("B"), std::string("${A}"));
    }

    void processEnvironmentOverridesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".env"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CDRGEN_TEST_OVERRIDE=from-file\nCDRGEN_TEST_ONLY_FILE=file\n"
                   "CDRGEN_TEST_EXPANDED=${CDRGEN_TEST_OVERRIDE}!\nDB_SERVER=\n");
        file.close();
        qputenv("CDRGEN_TEST_OVERRIDE", "from-env");
        std::vector<ConfigIssue> issues;
        cdr::Environment env = cdr::Environment::load(path.toStdString(), &issues);
        qunsetenv("CDRGEN_TEST_OVERRIDE");
        QVERIFY2(issues.empty(), describe(issues).c_str());
        QCOMPARE(env.value("CDRGEN_TEST_OVERRIDE").value(), std::string("from-env"));
        QCOMPARE(env.value("CDRGEN_TEST_ONLY_FILE").value(), std::string("file"));
        QCOMPARE(env.value("CDRGEN_TEST_EXPANDED").value(), std::string("from-env!"));
        QVERIFY(!env.value("DB_SERVER")); // empty counts as unset
        QCOMPARE(env.valueOr("DB_SERVER", "fallback"), std::string("fallback"));
        QVERIFY(env.value("PATH")); // variables without a .env line come from the process
        env.set("CDRGEN_TEST_OVERRIDE", "edited");
        QCOMPARE(env.value("CDRGEN_TEST_OVERRIDE").value(), std::string("edited"));
    }

    void missingEnvFileIsAnError()
    {
        std::vector<ConfigIssue> issues;
        cdr::Environment::load((kEnvData + QStringLiteral("nope.env")).toStdString(), &issues);
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues[0].keyPath, std::string(".env"));
        issues.clear();
        cdr::Environment::load({}, &issues);
        QVERIFY(issues.empty());
    }

    void seedNamesMapToConnectionSettings()
    {
        std::vector<ConfigIssue> issues;
        const auto env = cdr::Environment::load(CDRGEN_SOURCE_DIR "/config/.env.example", &issues);
        QVERIFY2(issues.empty(), describe(issues).c_str());
        const auto settings = cdr::ConnectionSettings::fromEnvironment(env);
        QCOMPARE(settings.server, std::string("your_server"));
        QCOMPARE(settings.database, std::string("your_database"));
        QCOMPARE(settings.user, std::string("your_username"));
        QCOMPARE(settings.password, std::string("your_password"));
        QCOMPARE(settings.table, std::string("cdr"));
        QVERIFY(!settings.hasOdbc()); // DB_DRIVER is commented out: the embedded SQLite default
        QVERIFY(cdr::validateConnection(settings).empty());

        cdr::Environment custom;
        custom.set("DB_DRIVER", "ODBC Driver 18 for SQL Server");
        custom.set("DB_PORT", "1433");
        custom.set("DB_OPTIONS", "Encrypt=yes;TrustServerCertificate=yes;");
        const auto odbc = cdr::ConnectionSettings::fromEnvironment(custom);
        QVERIFY(odbc.hasOdbc());
        QCOMPARE(odbc.table, std::string("cdr")); // CDR_TABLE's default
        QVERIFY2(cdr::validateConnection(odbc).empty(), describe(cdr::validateConnection(odbc)).c_str());
    }

    // A braced value may hold ';' (and "}}" for '}'); an unclosed brace or text after it is an error.
    void dbOptionsAcceptBracedValues()
    {
        cdr::ConnectionSettings settings;
        settings.driver = "ODBC Driver 18 for SQL Server";
        for (const char *valid : {"Encrypt=yes;Authentication={Active;Directory}", "X={a;b}}c};Y=1;", "X={;};",
                                  "Encrypt=yes;;TrustServerCertificate=yes"}) {
            settings.options = valid;
            QVERIFY2(cdr::validateConnection(settings).empty(), (valid + describe(cdr::validateConnection(settings))).c_str());
        }
        for (const char *invalid : {"X={a;b", "X={a}b;Y=1", "Encrypt", "=x"}) {
            settings.options = invalid;
            const auto issues = cdr::validateConnection(settings);
            QVERIFY2(issues.size() == 1 && issues[0].keyPath == ".env:DB_OPTIONS", invalid);
        }
    }
    // DB_SERVER / DB_PORT next to DB_DSN are not used: a warning says so.
    void dsnWithServerIsAWarning()
    {
        cdr::ConnectionSettings settings;
        settings.dsn = "warehouse";
        settings.server = "sql.example.be";
        const auto issues = cdr::validateConnection(settings);
        QVERIFY(issues.size() == 1 && issues[0].severity == ConfigIssue::Severity::Warning &&
                issues[0].keyPath == ".env:DB_DSN");
    }

    void malformedEnvFilesNameTheirVariable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("warningOnly");
        for (const auto &row : kMalformedEnv)
            QTest::newRow(row.file) << QString::fromUtf8(row.file) << QString::fromUtf8(row.keyPath)
                                    << QString::fromUtf8(row.message) << row.warningOnly;
    }

    void malformedEnvFilesNameTheirVariable()
    {
        QFETCH(QString, file);
        QFETCH(QString, keyPath);
        QFETCH(QString, message);
        QFETCH(bool, warningOnly);
        std::vector<ConfigIssue> issues;
        const auto env = cdr::Environment::load((kEnvData + file).toStdString(), &issues);
        const auto connection = cdr::validateConnection(cdr::ConnectionSettings::fromEnvironment(env));
        issues.insert(issues.end(), connection.begin(), connection.end());
        const auto severity = warningOnly ? ConfigIssue::Severity::Warning : ConfigIssue::Severity::Error;
        bool found = false;
        for (const auto &issue : issues)
            found = found
                || (issue.severity == severity && issue.keyPath == keyPath.toStdString()
                    && issue.message.find(message.toStdString()) != std::string::npos);
        QVERIFY2(found, ("no " + keyPath.toStdString() + " issue saying \"" + message.toStdString() + "\"; got:"
                         + describe(issues))
                            .c_str());
        QCOMPARE(cdr::hasErrors(issues), !warningOnly);
        for (const auto &issue : issues) // a password must never be echoed back in a message
            QVERIFY(issue.message.find("secret") == std::string::npos);
    }

    void everyEnvFileIsInTheTable()
    {
        std::set<QString> listed;
        for (const auto &row : kMalformedEnv)
            listed.insert(QString::fromUtf8(row.file));
        const auto files = QDir(kEnvData).entryList({QStringLiteral("*.env")}, QDir::Files);
        for (const QString &file : files)
            QVERIFY2(listed.count(file), qPrintable(file + QStringLiteral(" has no row in kMalformedEnv")));
        QCOMPARE(std::size_t(files.size()), listed.size());
    }

    void brokenLineDoesNotHideTheRest()
    {
        std::vector<ConfigIssue> issues;
        const auto env =
            cdr::Environment::load((kEnvData + QStringLiteral("unterminated_double_quote.env")).toStdString(),
                                   &issues);
        QCOMPARE(env.value("DB_SERVER").value(), std::string("localhost"));
        QCOMPARE(env.value("DB_NAME").value(), std::string("cdr"));
        QVERIFY(!env.value("DB_PASSWORD"));
    }

    void tableNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "cdr" << true;
        QTest::newRow("mixed") << "CDR_2024" << true;
        QTest::newRow("underscore first") << "_cdr" << true;
        QTest::newRow("schema") << "dbo.cdr" << true;
        QTest::newRow("128 chars") << QString(128, QLatin1Char('t')) << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("digit first") << "1cdr" << false;
        QTest::newRow("dash") << "cdr-x" << false;
        QTest::newRow("space") << "cdr x" << false;
        QTest::newRow("semicolon") << "cdr;drop" << false;
        QTest::newRow("quote") << "cdr\"" << false;
        QTest::newRow("three parts") << "a.b.c" << false;
        QTest::newRow("empty schema") << ".cdr" << false;
        QTest::newRow("empty table") << "dbo." << false;
        QTest::newRow("schema digit") << "1dbo.cdr" << false;
        QTest::newRow("129 chars") << QString(129, QLatin1Char('t')) << false;
        QTest::newRow("non-ascii") << QStringLiteral("cdré") << false;
    }

    void tableNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        std::string error;
        QCOMPARE(cdr::isValidTableName(name.toStdString(), &error), valid);
        QCOMPARE(error.empty(), valid);
        QVERIFY(cdr::isValidTableName(name.toStdString(), nullptr) == valid);
    }

    void presetFoldersIncludeTheSourceTree()
    {
        const auto folders = cdr::presetDirectories();
        const std::string source = QFileInfo(QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets"))
                                       .canonicalFilePath()
                                       .toStdString();
        QVERIFY(std::find(folders.begin(), folders.end(), source) != folders.end());
        const std::string user = cdr::userPresetDirectory();
        QVERIFY(QFileInfo(QString::fromStdString(user)).isDir());
        QVERIFY(cdr::presetDirectories().front() == QFileInfo(QString::fromStdString(user)).canonicalFilePath().toStdString());
        for (const auto &folder : folders)
            QVERIFY(QFileInfo(QString::fromStdString(folder)).isDir());
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "test_environment.moc"

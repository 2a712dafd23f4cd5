#include "config/configloader.h"
#include "config/configwriter.h"
#include "loadsql/loadsql.h"
#include "world/configdigest.h"

#include "../config/issuetesting.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cdr::ConfigIssue;
using cdr::LoadSql;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

cdr::ConfigLoadResult loadDatabaseSection(const std::string &databaseYaml)
{
    return cdr::loadConfigText("database:\n" + databaseYaml, "test.yml");
}

} // namespace

class TestLoadSql : public QObject {
    Q_OBJECT
private slots:
    void oneLineEndingInDotSqlWithoutSemicolonIsAFile_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("file");
        QTest::newRow("relative") << "before.sql" << true;
        QTest::newRow("folder, spaces, case") << "  sql scripts/Before Load.SQL \n" << true;
        QTest::newRow("absolute") << "/srv/cdr/after.sql" << true;
        QTest::newRow("statement ending in ;") << "TRUNCATE TABLE staging.sql;" << false;
        QTest::newRow("two lines") << "-- run\nbefore.sql" << false;
        QTest::newRow("other suffix") << "UPDATE STATISTICS dbo.cdr" << false;
        QTest::newRow("only the suffix") << ".sql" << false;
        QTest::newRow("empty") << "" << false;
    }
    void oneLineEndingInDotSqlWithoutSemicolonIsAFile()
    {
        QFETCH(QString, value);
        QFETCH(bool, file);
        QCOMPARE(LoadSql::isFilePath(value.toStdString()), file);
    }

    void resolvesFilesAgainstTheConfigFolderAndKeepsInlineText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sql")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sql/before.sql")), "CREATE TABLE a (x int);\nGO\n"));
        cdr::DatabaseConfig database;
        database.beforeLoadSql = "sql/before.sql";
        database.afterLoadSql = "ANALYZE cdr;\nGRANT SELECT ON cdr TO reader;";
        std::string error;
        const std::optional<LoadSql> sql = LoadSql::resolve(database, dir.path().toStdString(), &error);
        QVERIFY2(sql.has_value(), error.c_str());
        QCOMPARE(sql->beforeLoadSql, std::string("CREATE TABLE a (x int);\nGO\n"));
        QCOMPARE(sql->afterLoadSql, database.afterLoadSql);
        QVERIFY(LoadSql::fileIssues(database, dir.path().toStdString()).empty());
    }

    void aMissingFileIsAnErrorNamingTheKeyAndThePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        cdr::DatabaseConfig database;
        database.afterLoadSql = "after.sql";
        std::string error;
        QVERIFY(!LoadSql::resolve(database, dir.path().toStdString(), &error).has_value());
        const std::string path = dir.filePath(QStringLiteral("after.sql")).toStdString();
        QCOMPARE(error, "database.after_load_sql: file '" + path + "' does not exist");
        const std::vector<ConfigIssue> issues = LoadSql::fileIssues(database, dir.path().toStdString());
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues.front().keyPath, std::string("database.after_load_sql"));
        QCOMPARE(issues.front().message, "file '" + path + "' does not exist");
    }

    void aFileThatLeavesAQuoteOpenIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("before.sql")), "SELECT 1;\nSELECT 'open;\n"));
        cdr::DatabaseConfig database;
        database.beforeLoadSql = "before.sql";
        const std::vector<ConfigIssue> issues = LoadSql::fileIssues(database, dir.path().toStdString());
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(issues.front().keyPath, std::string("database.before_load_sql"));
        QCOMPARE(issues.front().message, "file '" + dir.filePath(QStringLiteral("before.sql")).toStdString() +
                                             "': the ' on line 2 is never closed");
    }

    void roundTripsThroughTheWriter()
    {
        cdr::Config config = cdr::Config::seedDefaults();
        config.database.beforeLoadSql = "ALTER INDEX ix_cdr_caller ON dbo.cdr DISABLE;\n"
                                        "-- quotes: 'it''s' \"x\" and a tab\t\nALTER DATABASE cdr SET RECOVERY BULK_LOGGED\nGO\n";
        config.database.afterLoadSql = "sql/after.sql";
        const cdr::ConfigLoadResult back = cdr::loadConfigText(cdr::configToYaml(config), "written.yml");
        QVERIFY2(back.ok(), describe(back.issues).c_str());
        QCOMPARE(back.config.database.beforeLoadSql, config.database.beforeLoadSql);
        QCOMPARE(back.config.database.afterLoadSql, config.database.afterLoadSql);
        QVERIFY(back.config == config);
    }

    // Unset keys are not written: the text, and the digest a world-tables resume compares, stay those of versions
    // before the keys; set, they are not part of the digest either (they change no record).
    void unsetKeysLeaveTheTextAndTheDigestAlone()
    {
        cdr::Config config = cdr::Config::seedDefaults();
        const std::string plain = cdr::configToYaml(config);
        QVERIFY(plain.find("load_sql") == std::string::npos);
        config.database.afterLoadSql = "ANALYZE;";
        QVERIFY(cdr::configToYaml(config).find("after_load_sql: \"ANALYZE;\"") != std::string::npos);
        QCOMPARE(cdr::configDigest(config), cdr::configDigest(cdr::Config::seedDefaults()));
    }

    void readsBlockScalarsAndNull()
    {
        const cdr::ConfigLoadResult loaded = loadDatabaseSection("  before_load_sql: |\n    TRUNCATE TABLE staging;\n"
                                                                 "    ANALYZE;\n  after_load_sql:\n");
        QVERIFY2(loaded.ok(), describe(loaded.issues).c_str());
        QCOMPARE(loaded.config.database.beforeLoadSql, std::string("TRUNCATE TABLE staging;\nANALYZE;\n"));
        QCOMPARE(loaded.config.database.afterLoadSql, std::string());
    }

    void rulesNameTheKey()
    {
        const cdr::ConfigLoadResult unclosed = loadDatabaseSection("  before_load_sql: \"SELECT 'x;\"\n");
        QVERIFY(!unclosed.ok());
        QVERIFY2(hasIssue(unclosed.issues, "database.before_load_sql", ConfigIssue::Severity::Error,
                          "the ' on line 1 is never closed"),
                 describe(unclosed.issues).c_str());
        const cdr::ConfigLoadResult empty = loadDatabaseSection("  after_load_sql: \"-- nothing\\n;\"\n");
        QVERIFY2(hasIssue(empty.issues, "database.after_load_sql", ConfigIssue::Severity::Error, "holds no SQL statement"),
                 describe(empty.issues).c_str());
        const cdr::ConfigLoadResult list = loadDatabaseSection("  after_load_sql: [a, b]\n");
        QVERIFY2(hasIssue(list.issues, "database.after_load_sql", ConfigIssue::Severity::Error),
                 describe(list.issues).c_str());
    }
};

QTEST_GUILESS_MAIN(TestLoadSql)
#include "test_loadsql.moc"

#include "loadsql/sqlscript.h"

#include <QTest>

using cdr::SqlStatement;
using cdr::splitSqlScript;

namespace {

std::vector<std::string> texts(std::string_view script)
{
    std::string error;
    const auto statements = splitSqlScript(script, &error);
    if (!statements)
        return {"ERROR: " + error};
    std::vector<std::string> out;
    for (const SqlStatement &s : *statements)
        out.push_back(s.text);
    return out;
}

using Texts = std::vector<std::string>;

} // namespace

class TestSqlScript : public QObject {
    Q_OBJECT
private slots:
    void splitsAtSemicolonsAndDropsEmptyPieces()
    {
        QCOMPARE(texts("CREATE TABLE t (a int);\n INSERT INTO t VALUES (1) ;;\n\nSELECT 1"),
                 (Texts{"CREATE TABLE t (a int)", "INSERT INTO t VALUES (1)", "SELECT 1"}));
        QCOMPARE(texts(""), Texts{});
        QCOMPARE(texts("  \n ; -- nothing\n /* at all */ ;"), Texts{});
    }

    void keepsSemicolonsInsideQuotesAndIdentifiers()
    {
        QCOMPARE(texts("INSERT INTO t VALUES ('a;b', 'it''s; fine'); SELECT 2"),
                 (Texts{"INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2"}));
        QCOMPARE(texts("SELECT \"odd;name\" FROM [x;y] JOIN `m;n` ON 1=1; SELECT 3"),
                 (Texts{"SELECT \"odd;name\" FROM [x;y] JOIN `m;n` ON 1=1", "SELECT 3"}));
        // PostgreSQL's E'' takes backslash escapes: \' does not end it.
        QCOMPARE(texts("SELECT E'a\\'b;c'; SELECT 4"), (Texts{"SELECT E'a\\'b;c'", "SELECT 4"}));
        // A plain '' string ending in a backslash (SQL Server, SQLite) ends at its quote.
        QCOMPARE(texts("SELECT 'C:\\dir\\'; SELECT 5"), (Texts{"SELECT 'C:\\dir\\'", "SELECT 5"}));
    }

    void keepsSemicolonsInsideComments()
    {
        QCOMPARE(texts("SELECT 1 -- a; b\n; /* c; /* nested; */ d; */ SELECT 2"),
                 (Texts{"SELECT 1 -- a; b", "SELECT 2"})); // a statement starts at its code, after the comments
    }

    void keepsDollarQuotedBodiesWhole()
    {
        const std::string function = "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN PERFORM 1; RETURN 2; END $body$ "
                                     "LANGUAGE plpgsql";
        QCOMPARE(texts(function + ";\nDO $$ BEGIN RAISE NOTICE 'x;y'; END $$;\nSELECT $1"),
                 (Texts{function, "DO $$ BEGIN RAISE NOTICE 'x;y'; END $$", "SELECT $1"}));
    }

    void goLinesCutBatchesThatKeepTheirSemicolons()
    {
        const std::string script = "DECLARE @n int; SELECT @n = COUNT(*) FROM dbo.cdr;\n"
                                   "INSERT INTO dbo.counts VALUES (@n);\n"
                                   "  go  \n"
                                   "CREATE PROCEDURE p AS BEGIN SELECT 1; SELECT 2; END\n"
                                   "GO\n"
                                   "-- GO in a comment\n/*\nGO\n*/\nSELECT 'GO'\n";
        QCOMPARE(texts(script),
                 (Texts{"DECLARE @n int; SELECT @n = COUNT(*) FROM dbo.cdr;\nINSERT INTO dbo.counts VALUES (@n);",
                        "CREATE PROCEDURE p AS BEGIN SELECT 1; SELECT 2; END",
                        "SELECT 'GO'"}));
        // GOTO, a column named go, GO inside a string: no batch separator.
        QCOMPARE(texts("SELECT go FROM t;\nGOTO done;\nSELECT '\nGO\n'"),
                 (Texts{"SELECT go FROM t", "GOTO done", "SELECT '\nGO\n'"}));
    }

    void numbersEachStatementByItsFirstCodeLine()
    {
        std::string error;
        const auto statements = splitSqlScript("-- header\n\nUPDATE t\n   SET a = 1;\n/* why */\n  DELETE FROM u;", &error);
        QVERIFY(statements.has_value());
        QCOMPARE(statements->size(), std::size_t(2));
        QCOMPARE(statements->at(0).line, 3);
        QCOMPARE(statements->at(0).firstLine, std::string("UPDATE t"));
        QCOMPARE(statements->at(1).line, 6);
        QCOMPARE(statements->at(1).firstLine, std::string("DELETE FROM u"));
    }

    void reportsWhatIsNeverClosed_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("message");
        QTest::newRow("quote") << "SELECT 1;\nSELECT 'open;" << "the ' on line 2 is never closed";
        QTest::newRow("identifier") << "SELECT \"x" << "the \" on line 1 is never closed";
        QTest::newRow("bracket") << "\n\nSELECT [x" << "the [ on line 3 is never closed";
        QTest::newRow("comment") << "SELECT 1 /* /* */" << "the /* on line 1 is never closed";
        QTest::newRow("dollar") << "DO $f$ BEGIN END $g$" << "the $f$ on line 1 is never closed";
    }
    void reportsWhatIsNeverClosed()
    {
        QFETCH(QString, script);
        QFETCH(QString, message);
        std::string error;
        QVERIFY(!splitSqlScript(script.toStdString(), &error).has_value());
        QCOMPARE(QString::fromStdString(error), message);
    }
};

QTEST_APPLESS_MAIN(TestSqlScript)
#include "test_sqlscript.moc"

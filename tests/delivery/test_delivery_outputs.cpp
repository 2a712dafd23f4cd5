// -o tsql: and -o bcp: against a CSV run of the same config and seed, through cdrgen-cli: the same rows in the
// script (tuples read back by deliveryrows.cpp's own parser), in the gunzipped .sql.gz, and in the bcp data file;
// the XML format file well-formed with the 23 columns in order; load.sh calling sqlcmd and bcp as documented.
#include "clirunner.h"
#include "deliveryrows.h"

#include "model/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <string>

using namespace deliverytest;

namespace {

// 30,000 records by default; CDRGEN_DELIVERY_RECORDS sets another count (the 1,000,000-record test).
int recordCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("CDRGEN_DELIVERY_RECORDS");
    return fromEnvironment > 0 ? fromEnvironment : 30'000;
}
const int kRecords = recordCount();

// "" when equal, else the first row that differs (rows are compared by a 64-bit digest each).
QString compareRows(const std::vector<std::uint64_t> &expected, const std::vector<std::uint64_t> &actual)
{
    if (expected.size() != actual.size())
        return QString("%1 rows expected, %2 found").arg(expected.size()).arg(actual.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        if (expected[i] != actual[i])
            return QString("row %1 (id %1) differs from the CSV run's").arg(i + 1);
    return {};
}

// "" when `xml` is a well-formed bcp XML format file in bcp's namespace whose CharTerm fields and columns are
// `columns` in order, the fields ended by tab, the last by CR LF; else what is wrong.
QString formatFileProblem(const QByteArray &text, const QStringList &columns)
{
    QXmlStreamReader xml(text);
    QStringList fieldIds, terminators, names, sources;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"BCPFORMAT" &&
            xml.namespaceUri() != u"http://schemas.microsoft.com/sqlserver/2004/bulkload/format")
            return "BCPFORMAT in the namespace " + xml.namespaceUri().toString();
        if (xml.name() == u"FIELD") {
            fieldIds << attributes.value("ID").toString();
            terminators << attributes.value("TERMINATOR").toString();
            if (attributes.value("http://www.w3.org/2001/XMLSchema-instance", "type") != u"CharTerm")
                return "a field that is not CharTerm";
        }
        if (xml.name() == u"COLUMN") {
            sources << attributes.value("SOURCE").toString();
            names << attributes.value("NAME").toString();
        }
    }
    if (xml.hasError())
        return xml.errorString();
    QStringList expectedIds;
    for (qsizetype c = 0; c < columns.size(); ++c)
        expectedIds << QString::number(c + 1);
    QStringList expectedTerminators(columns.size() - 1, QStringLiteral("\\t"));
    expectedTerminators << QStringLiteral("\\r\\n");
    if (fieldIds != expectedIds || sources != expectedIds)
        return "field ids " + fieldIds.join(',') + ", sources " + sources.join(',');
    if (names != columns)
        return "columns " + names.join(',');
    if (terminators != expectedTerminators)
        return "terminators " + terminators.join(',');
    return {};
}

} // namespace

class TestDeliveryOutputs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath("config.yml");
        QVERIFY(writeAccentedConfig(m_config));
        CliRunner cli(m_dir.path());
        for (const QString &target : {QStringLiteral("csv:cdr.csv"), QStringLiteral("tsql:cdr.sql"),
                                      QStringLiteral("tsql:cdr.sql.gz"), QStringLiteral("bcp:bcp")}) {
            const CliResult result = cli.run({"-q", "--no-email", "-c", m_config, "-n", QString::number(kRecords),
                                              "-s", "5", "--batch-size", "2500", "-o", target});
            QVERIFY2(result.exitCode == 0, qPrintable(target + ": " + result.err));
        }
        const QByteArray csv = readFile(m_dir.filePath("cdr.csv"));
        m_csv = digests([&csv](const RowSink &each) { csvRows(csv, each); });
        QCOMPARE(m_csv.size(), std::size_t(kRecords));
    }

    void csvRunHasTheTextTheOutputsMustCarry()
    {
        // Otherwise the comparisons below would not cover NULLs, N'...' literals and doubled quotes.
        std::vector<bool> nulls(cdr::kCdrColumnCount);
        bool accented = false, quote = false;
        csvRows(readFile(m_dir.filePath("cdr.csv")), [&](const Row &row) {
            for (std::size_t c = 0; c < row.size(); ++c)
                if (!row[c])
                    nulls[c] = true;
            accented = accented || row[6] == std::optional<std::string>("MANQUÉ");
            quote = quote || row[6] == std::optional<std::string>("L'ÉCHEC, net");
        });
        for (std::size_t c = 1; c < cdr::kCdrColumnCount; ++c)
            QVERIFY2(nulls[c], cdr::kCdrColumns[c].name.data());
        QVERIFY(accented && quote);
    }

    void scriptHoldsTheCsvRows()
    {
        const QByteArray script = readFile(m_dir.filePath("cdr.sql"));
        QString problem;
        const auto rows = digests([&](const RowSink &each) { tsqlRows(script, each, &problem); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString difference = compareRows(m_csv, rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // The literal forms the script promises.
        QVERIFY(script.contains("N'MANQUÉ'"));
        QVERIFY(script.contains("N'L''ÉCHEC, net'"));
        QVERIFY(script.contains(",'SUCCESS',"));          // ASCII text without N
        QVERIFY(QRegularExpression(R"(,'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d',)").match(QString::fromUtf8(script)).hasMatch());
    }

    void scriptIsShapedForSqlcmd()
    {
        const QByteArray script = readFile(m_dir.filePath("cdr.sql"));
        QVERIFY(script.contains("\nSET NOCOUNT ON;\nSET XACT_ABORT ON;\nGO\nIF OBJECT_ID(N'[cdr]', N'U') IS NULL CREATE TABLE [cdr] ("));
        // One transaction per batch of 2,500: INSERTs of 1,000, 1,000 and 500 rows between BEGIN and COMMIT, then GO.
        QCOMPARE(script.count("\nGO\n"), qsizetype(kRecords / 2500 + 3)); // 2 in the head, 1 in the tail
        QCOMPARE(script.count("BEGIN TRANSACTION;\n"), qsizetype(kRecords / 2500));
        QCOMPARE(script.count("COMMIT TRANSACTION;\nGO\n"), qsizetype(kRecords / 2500));
        QCOMPARE(script.count(" INSERT INTO [cdr] "), qsizetype(kRecords / 2500 * 3));
        QVERIFY(script.contains("IF NOT EXISTS (SELECT 1 FROM [cdr] WHERE [id] IN (2501, 3500)) INSERT INTO [cdr] "));
        QVERIFY(script.contains("IF NOT EXISTS (SELECT 1 FROM [cdr] WHERE [id] IN (4501, 5000)) INSERT INTO [cdr] "));
        // The indexes after the last batch, each created only when missing.
        const qsizetype lastCommit = script.lastIndexOf("COMMIT TRANSACTION;");
        for (const char *index : {"idx_start_time", "idx_caller", "idx_operator_emission"}) {
            const qsizetype at = script.indexOf(QByteArray("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'") + index);
            QVERIFY2(at > lastCommit, index);
        }
        QVERIFY(script.endsWith("GO\n"));
        // GO only ever on a line of its own.
        for (qsizetype at = script.indexOf("\nGO"); at >= 0; at = script.indexOf("\nGO", at + 1))
            QVERIFY(script.mid(at, 4) == "\nGO\n");
    }

    void gzipScriptIsTheSameScript()
    {
        const QByteArray plain = readFile(m_dir.filePath("cdr.sql"));
        QVERIFY(!plain.isEmpty());
        QVERIFY(readFile(m_dir.filePath("cdr.sql.gz")).startsWith("\x1f\x8b"));
        QCOMPARE(gunzip(m_dir.filePath("cdr.sql.gz")), plain);
    }

    void bcpDataHoldsTheCsvRows()
    {
        QString problem;
        const QByteArray data = readFile(m_dir.filePath("bcp/cdr.dat"));
        const auto rows = digests([&](const RowSink &each) { bcpRows(data, each, &problem); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString difference = compareRows(m_csv, rows);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void bcpFolderHoldsItsFiles()
    {
        const QStringList files = QDir(m_dir.filePath("bcp")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({"bulk_insert.sql", "cdr.dat", "cdr.xml", "create_indexes.sql", "create_table.sql",
                                     "load.cmd", "load.sh"}));
        const QByteArray bulk = readFile(m_dir.filePath("bcp/bulk_insert.sql"));
        QVERIFY(bulk.contains("BULK INSERT [cdr] FROM '$(DATA_FILE)' WITH (FORMATFILE = '$(FORMAT_FILE)', "
                              "CODEPAGE = '65001', BATCHSIZE = 2500, TABLOCK, KEEPNULLS, ERRORFILE = '$(ERROR_FILE)');"));
        QByteArray cmd = readFile(m_dir.filePath("bcp/load.cmd"));
        QVERIFY(cmd.contains("bcp cdr in cdr.dat -f cdr.xml -C 65001 -k -b 2500 -h \"TABLOCK\" -e cdr.errors.txt "
                             "-S \"%DB_SERVER%\" -d \"%DB_NAME%\" %BCP_LOGIN% || exit /b 1\r\n"));
        QVERIFY(!cmd.replace("\r\n", "").contains('\n'));
        QCOMPARE(readFile(m_dir.filePath("bcp/create_table.sql")),
                 readFile(m_dir.filePath("cdr.sql")).left(readFile(m_dir.filePath("bcp/create_table.sql")).size()));
    }

    void formatFileListsTheColumnsInOrder()
    {
        QStringList names;
        for (const cdr::Column &column : cdr::kCdrColumns)
            names << QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
        const QString problem = formatFileProblem(readFile(m_dir.filePath("bcp/cdr.xml")), names);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void loadShRunsSqlcmdAndBcpAsDocumented()
    {
        // Stand-ins for sqlcmd and bcp on PATH record their arguments.
        const QString bin = m_dir.filePath("fakebin");
        QVERIFY(QDir().mkpath(bin));
        for (const QString &tool : {QStringLiteral("sqlcmd"), QStringLiteral("bcp")}) {
            QFile script(bin + "/" + tool);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(QString("#!/bin/sh\necho \"%1 $*\" >>\"$CALLS\"\n").arg(tool).toUtf8());
            script.close();
            script.setPermissions(script.permissions() | QFile::ExeOwner);
        }
        const QString calls = m_dir.filePath("calls.txt");
        for (const QString &user : {QStringLiteral("loader"), QString()}) {
            QFile::remove(calls);
            QProcess sh;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("PATH", bin + ":" + env.value("PATH"));
            env.insert("CALLS", calls);
            env.insert("DB_SERVER", "db.example,1433");
            env.insert("DB_NAME", "telecom");
            env.insert("DB_USER", user);
            sh.setProcessEnvironment(env);
            sh.start("sh", {m_dir.filePath("bcp/load.sh")});
            QVERIFY(sh.waitForFinished(30000));
            QCOMPARE(sh.exitCode(), 0);
            const QString login = user.isEmpty() ? "" : " -U loader";
            QCOMPARE(QString::fromUtf8(readFile(calls)),
                     QString("sqlcmd -S db.example,1433 -d telecom -b -i create_table.sql%1\n"
                             "bcp cdr in cdr.dat -f cdr.xml -C 65001 -k -b 2500 -h TABLOCK -e cdr.errors.txt "
                             "-S db.example,1433 -d telecom%2\n"
                             "sqlcmd -S db.example,1433 -d telecom -b -i create_indexes.sql%1\n")
                         .arg(user.isEmpty() ? " -E" : login, user.isEmpty() ? " -T" : login));
        }
        QProcess missing;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DB_SERVER");
        missing.setProcessEnvironment(env);
        missing.start("sh", {m_dir.filePath("bcp/load.sh")});
        QVERIFY(missing.waitForFinished(30000));
        QVERIFY(missing.exitCode() != 0);
        QVERIFY(missing.readAllStandardError().contains("set DB_SERVER"));
    }

    void worldTablesGoInTheScriptAndTheBcpFolder()
    {
        // The default config (no defects): the world tables of a csv: run are the reference.
        const QString config = QStringLiteral(CDRGEN_SOURCE_DIR "/config/config.yml");
        CliRunner cli(m_dir.path());
        for (const QString &target : {QStringLiteral("csv:world.csv"), QStringLiteral("tsql:world.sql"),
                                      QStringLiteral("bcp:worldbcp")}) {
            const CliResult result = cli.run({"-q", "--no-email", "-c", config, "-n", "5000", "-s", "3", "--world-tables",
                                              "-o", target});
            QVERIFY2(result.exitCode == 0, qPrintable(target + ": " + result.err));
        }
        const QByteArray script = readFile(m_dir.filePath("world.sql"));
        const QByteArray bcpWorld = readFile(m_dir.filePath("worldbcp/world_tables.sql"));
        QVERIFY(bcpWorld.startsWith("SET NOCOUNT ON;\nSET XACT_ABORT ON;\nGO\nIF OBJECT_ID(N'[cdr_subscribers]', N'U') IS NULL CREATE TABLE"));
        // In the script after the CDR table's DDL and before the first record.
        QVERIFY(script.indexOf("CREATE TABLE [cdr_runs]") > script.indexOf("CREATE TABLE [cdr] ("));
        QVERIFY(script.indexOf("INSERT INTO [cdr_runs]") < script.indexOf("INSERT INTO [cdr] ("));
        for (const char *suffix : {"subscribers", "antennas", "events", "labels", "runs"}) {
            const QByteArray csv = readFile(m_dir.filePath(QString("world_%1.csv").arg(suffix)));
            QVERIFY2(!csv.isEmpty(), suffix);
            // created_at says when each run wrote its row: left out of the comparison.
            const qsizetype createdAt = csv.left(csv.indexOf('\n')).split(',').indexOf("created_at");
            auto withoutCreatedAt = [createdAt](const RowSink &each) {
                return [createdAt, each](const Row &row) {
                    Row kept = row;
                    if (createdAt >= 0)
                        kept.erase(kept.begin() + createdAt);
                    each(kept);
                };
            };
            const auto expected = collect([&](const RowSink &each) { csvRows(csv, withoutCreatedAt(each)); });
            for (const QByteArray *text : {&script, &bcpWorld}) {
                QString problem;
                const auto rows = collect([&](const RowSink &each) {
                    tsqlWorldRows(*text, QByteArray("cdr_") + suffix, withoutCreatedAt(each), &problem);
                });
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                QVERIFY2(rows == expected, qPrintable(QString("%1: %2 rows, %3 in the CSV file")
                                                          .arg(suffix).arg(rows.size()).arg(expected.size())));
            }
            if (QByteArray(suffix) != "labels") // no scenario in the default config: no label
                QVERIFY2(!expected.empty(), suffix);
        }
    }

    void defectKeyGoesInTheScriptAndTheBcpFolder()
    {
        // The accented dirty-data config with --world-tables: the answer key of a csv: run (key_defects.csv) is the
        // reference. Batches of 30,000 ids hold more than 1,000 key rows: a key transaction of several INSERTs.
        CliRunner cli(m_dir.path());
        for (const QString &target : {QStringLiteral("csv:key.csv"), QStringLiteral("tsql:key.sql"),
                                      QStringLiteral("tsql:key.sql.gz"), QStringLiteral("bcp:keybcp")}) {
            const CliResult result = cli.run({"-q", "--no-email", "-c", m_config, "-n", "60000", "-s", "5",
                                              "--batch-size", "30000", "--world-tables", "-o", target});
            QVERIFY2(result.exitCode == 0, qPrintable(target + ": " + result.err));
        }
        const QByteArray csv = readFile(m_dir.filePath("key_defects.csv"));
        auto expected = collect([&csv](const RowSink &each) { csvRows(csv, each); });
        std::sort(expected.begin(), expected.end());
        QVERIFY(expected.size() > 2000);
        // NULL cells (a missing field's injected value) and a duplicate's original id among them.
        QVERIFY(std::any_of(expected.begin(), expected.end(), [](const Row &row) { return !row[5]; }));
        QVERIFY(std::any_of(expected.begin(), expected.end(), [](const Row &row) { return row[6].has_value(); }));

        // The .sql.gz run is another run: its _runs row has another created_at, so its key is compared on its own.
        const QByteArray script = readFile(m_dir.filePath("key.sql"));
        QVERIFY(readFile(m_dir.filePath("key.sql.gz")).startsWith("\x1f\x8b"));
        for (const QByteArray &text : {script, gunzip(m_dir.filePath("key.sql.gz"))}) {
            QString problem;
            int inserts = 0;
            auto rows = collect([&](const RowSink &each) { tsqlDefectKeyRows(text, each, &problem, &inserts); });
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(inserts > 2, qPrintable(QString("%1 key INSERTs for 2 batches").arg(inserts)));
            std::sort(rows.begin(), rows.end());
            QVERIFY2(rows == expected, qPrintable(QString("%1 key rows in the script, %2 in the CSV file")
                                                      .arg(rows.size()).arg(expected.size())));
        }
        // The table with the world tables, before the records; its rows after the last batch, before the indexes.
        const QByteArray ddl = "IF OBJECT_ID(N'[cdr_defects]', N'U') IS NULL CREATE TABLE [cdr_defects] (id BIGINT "
                               "NOT NULL, kind NVARCHAR(40) NOT NULL";
        QVERIFY(script.indexOf(ddl) > script.indexOf("CREATE TABLE [cdr_runs]"));
        QVERIFY(script.indexOf(ddl) < script.indexOf(" INSERT INTO [cdr] ("));
        const qsizetype firstKeyInsert = script.indexOf(" INSERT INTO [cdr_defects] (");
        QVERIFY(firstKeyInsert > script.lastIndexOf(" INSERT INTO [cdr] ("));
        QVERIFY(firstKeyInsert < script.indexOf("FROM sys.indexes"));

        QString bcpProblem;
        auto bcp = collect([&](const RowSink &each) {
            bcpRows(readFile(m_dir.filePath("keybcp/cdr_defects.dat")), each, &bcpProblem);
        });
        QVERIFY2(bcpProblem.isEmpty(), qPrintable(bcpProblem));
        std::sort(bcp.begin(), bcp.end());
        QVERIFY2(bcp == expected, qPrintable(QString("%1 key rows in cdr_defects.dat, %2 in the CSV file")
                                                 .arg(bcp.size()).arg(expected.size())));
        const QStringList keyColumns{"id", "kind", "variant", "column_name", "original_value", "injected_value",
                                     "original_id"};
        const QString format = formatFileProblem(readFile(m_dir.filePath("keybcp/cdr_defects.xml")), keyColumns);
        QVERIFY2(format.isEmpty(), qPrintable(format));
        QVERIFY(readFile(m_dir.filePath("keybcp/world_tables.sql")).contains(ddl));
        const QByteArray bulk = readFile(m_dir.filePath("keybcp/bulk_insert.sql"));
        QVERIFY(bulk.contains(ddl));
        QVERIFY(bulk.contains("BULK INSERT [cdr_defects] FROM '$(KEY_DATA_FILE)' WITH (FORMATFILE = "
                              "'$(KEY_FORMAT_FILE)', CODEPAGE = '65001', BATCHSIZE = 30000, TABLOCK, KEEPNULLS, "
                              "ERRORFILE = '$(KEY_ERROR_FILE)');"));
        const QByteArray loadSh = readFile(m_dir.filePath("keybcp/load.sh"));
        const QByteArray keyLoad = "bcp cdr_defects in cdr_defects.dat -f cdr_defects.xml -C 65001 -k -b 30000 -h "
                                   "\"TABLOCK\" -e cdr_defects.errors.txt ";
        QVERIFY(loadSh.indexOf("if [ -f cdr_defects.dat ]; then\n  with_login -T " + keyLoad) >
                loadSh.indexOf("-i world_tables.sql"));
        QVERIFY(readFile(m_dir.filePath("keybcp/load.cmd")).contains("if exist cdr_defects.dat " + keyLoad));
    }

    void splitFilesHoldTheCsvRows()
    {
        // --split day for tsql (gzip) and bcp: the slice files' rows together are the CSV run's rows, each file's ids
        // ascending; bcp's side files are written once and load.sh loads every data file.
        QVERIFY(QDir(m_dir.path()).mkpath("split")); // a split's folder must exist; a bcp: folder is created
        CliRunner cli(m_dir.path());
        for (const QString &target : {QStringLiteral("tsql:split/cdr.sql.gz"), QStringLiteral("bcp:splitbcp")}) {
            const CliResult result = cli.run({"-q", "--no-email", "-c", m_config, "-n", QString::number(kRecords), "-s",
                                              "5", "--batch-size", "2500", "--split", "day", "-o", target});
            QVERIFY2(result.exitCode == 0, qPrintable(target + ": " + result.err));
        }
        std::vector<std::uint64_t> expected = m_csv;
        std::sort(expected.begin(), expected.end());
        struct Output {
            QString folder, pattern;
            bool tsql;
        };
        for (const Output &output : {Output{"split", "cdr_*.sql.gz", true}, Output{"splitbcp", "cdr_*.dat", false}}) {
            const QDir dir(m_dir.filePath(output.folder));
            const QStringList files = dir.entryList({output.pattern}, QDir::Files, QDir::Name);
            const QList<QByteArray> manifest = readFile(dir.filePath("cdr_manifest.csv")).trimmed().split('\n');
            QVERIFY2(files.size() > 1, qPrintable(output.folder));
            QCOMPARE(qsizetype(manifest.size() - 1), files.size()); // a header, then a line per file
            std::vector<std::uint64_t> found;
            for (const QString &file : files) {
                const QByteArray text = output.tsql ? gunzip(dir.filePath(file)) : readFile(dir.filePath(file));
                QString problem;
                auto parse = [&](const RowSink &each) {
                    if (output.tsql)
                        tsqlRows(text, each, &problem);
                    else
                        bcpRows(text, each, &problem);
                };
                std::int64_t previousId = 0;
                for (const Row &row : collect(parse)) {
                    const std::int64_t id = std::stoll(row[0].value_or("0"));
                    QVERIFY2(id > previousId, qPrintable(file));
                    previousId = id;
                }
                const std::vector<std::uint64_t> rows = digests(parse);
                QVERIFY2(problem.isEmpty(), qPrintable(file + ": " + problem));
                found.insert(found.end(), rows.begin(), rows.end());
                if (output.tsql) // every file runs on its own: the table's DDL first, the indexes last
                    QVERIFY(text.contains("IF OBJECT_ID(N'[cdr]', N'U') IS NULL CREATE TABLE [cdr] (")
                            && text.contains("IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'idx_caller'"));
            }
            std::sort(found.begin(), found.end());
            QVERIFY2(found == expected, qPrintable(output.folder + ": not the CSV run's rows"));
        }
        for (const char *side : {"cdr.xml", "create_table.sql", "create_indexes.sql", "bulk_insert.sql", "load.cmd"})
            QVERIFY2(QFileInfo::exists(m_dir.filePath(QString("splitbcp/") + side)), side);
        QVERIFY(!QFileInfo::exists(m_dir.filePath("splitbcp/cdr.dat")));
        const QByteArray loadSh = readFile(m_dir.filePath("splitbcp/load.sh"));
        QVERIFY(loadSh.contains("for data in cdr_*.dat; do\n  with_login -T bcp cdr in \"$data\" -f cdr.xml"));
        QVERIFY(readFile(m_dir.filePath("splitbcp/load.cmd")).contains("for %%F in (cdr_*.dat) do (bcp cdr in \"%%F\""));
    }

    void refusesWhatTheFilesCannotCarry_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("tsql stdout") << QStringList{"-o", "tsql:-"} << "tsql: cannot write to standard output";
        QTest::newRow("tsql empty") << QStringList{"-o", "tsql:"} << "tsql: needs a file path";
        QTest::newRow("tsql folder") << QStringList{"-o", "tsql:out/"} << "tsql: needs a file path, not a folder";
        QTest::newRow("bcp empty") << QStringList{"-o", "bcp:"} << "bcp: needs a folder";
        QTest::newRow("bcp on a file") << QStringList{"-o", "bcp:config.yml"} << "config.yml is a file, not a folder";
        QTest::newRow("split world tables with defects")
            << QStringList{"-o", "tsql:w.sql", "--split", "day", "--world-tables"}
            << "defects: --split with tsql: or bcp: does not write the answer key (cdr_defects)";
        QTest::newRow("split bcp world tables with defects")
            << QStringList{"-o", "bcp:w", "--split", "day", "--world-tables"}
            << "defects: --split with tsql: or bcp: does not write the answer key (cdr_defects)";
        QTest::newRow("tab in a name") << QStringList{"-o", "bcp:tab", "-c", "tab.yml"}
                                       << "data_types.call_status[1] holds a tab";
    }

    void refusesWhatTheFilesCannotCarry()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString text = QString::fromUtf8(readFile(m_config));
        text.replace(QStringLiteral("\"MANQUÉ\""), QStringLiteral("MANQUÉ"));
        text.replace(QStringLiteral("MANQUÉ"), QStringLiteral("\"MAN\\tQUÉ\""));
        QFile tab(m_dir.filePath("tab.yml"));
        QVERIFY(tab.open(QIODevice::WriteOnly));
        tab.write(text.toUtf8());
        tab.close();
        CliRunner cli(m_dir.path());
        QStringList all{"-q", "--no-email", "-n", "100", "-c", m_config};
        const CliResult result = cli.run(all + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("w.sql")));
        QVERIFY(QDir(m_dir.path()).entryList({"w_*.sql"}).isEmpty());
        QVERIFY(QDir(m_dir.filePath("w")).entryList({"*.dat"}).isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("tab/cdr.dat")));
    }

private:
    QTemporaryDir m_dir;
    QString m_config;
    std::vector<std::uint64_t> m_csv; // the CSV run's row digests
};

QTEST_GUILESS_MAIN(TestDeliveryOutputs)
#include "test_delivery_outputs.moc"

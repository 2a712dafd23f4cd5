// The Database tab's SQL Server files and --split: the T-SQL script and bcp folder targets build the spec the CLI
// parses from -o, the split combo is offered for files only and names the files in a hint, the choice survives a
// restart, the controls that cannot work with these targets are disabled with the reason, and runs through the GUI
// write the script and a bcp folder split by day (or show core's refusal in the log pane).
#include "guitestsupport.h"

#include "databasepanel.h"
#include "logpane.h"
#include "presetmanager.h"
#include "runpanel.h"
#include "sink/targetspec.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

namespace {

// Chooses a target and a split period on the widgets, as a user does.
void choose(DatabasePanel *panel, TargetSpec::Kind kind, const QString &path = {}, int splitIndex = -1)
{
    test::child<QComboBox>(panel, "targetKind")->setCurrentIndex(int(kind));
    if (!path.isEmpty()) {
        auto *file = test::child<QLineEdit>(panel, "filePath");
        file->selectAll();
        QTest::keyClicks(file, path);
    }
    auto *split = test::child<QComboBox>(panel, "splitPeriod");
    QVERIFY2(split || splitIndex < 0, "the Database tab has no split combo");
    if (splitIndex >= 0)
        split->setCurrentIndex(splitIndex);
}

// Starts a 3,000-record run (batches of 1,000) to the target chosen on the Database tab; returns when it completed.
void runThroughTheGui(MainWindow &window, TargetSpec::Kind kind, const QString &path, SplitPeriod split)
{
    window.initialize(PresetManager::kBuiltInDefault);
    test::editConfig(window, [](Config &c) {
        c.generation.records = 3'000;
        c.generation.batchSize = 1'000;
    });
    choose(window.databasePanel(), kind, path, int(split));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(int(window.databasePanel()->target().kind), int(kind));
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QVERIFY(window.startRun());
    QVERIFY(finished.wait(120'000));
    const RunSummary summary = window.lastSummary();
    QVERIFY2(summary.outcome == RunSummary::Outcome::Completed, summary.error.c_str());
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestGuiDelivery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void newKindsBuildTheSpecTheCliParses()
    {
        DatabasePanel panel;
        auto *kinds = test::child<QComboBox>(&panel, "targetKind");
        QCOMPARE(kinds->count(), 6);
        QCOMPARE(kinds->itemText(int(TargetSpec::Kind::Tsql)), QStringLiteral("T-SQL script for SQL Server (.sql, .sql.gz)"));
        QCOMPARE(kinds->itemText(int(TargetSpec::Kind::Bcp)), QStringLiteral("bcp files for SQL Server (folder)"));
        auto *form = panel.findChild<QFormLayout *>(QStringLiteral("targetForm"));
        auto *table = test::child<QLineEdit>(&panel, "table");
        table->setText(QStringLiteral("calls"));

        choose(&panel, TargetSpec::Kind::Tsql);
        QVERIFY2(panel.target().path.ends_with("/cdr.sql"), panel.target().path.c_str()); // the default
        const QString script = m_dir.filePath(QStringLiteral("out/calls.sql.gz"));
        choose(&panel, TargetSpec::Kind::Tsql, script);
        const auto tsql = TargetSpec::parse("tsql:" + script.toStdString(), nullptr);
        QVERIFY(tsql);
        QCOMPARE(int(panel.target().kind), int(tsql->kind));
        QCOMPARE(panel.target().path, tsql->path);
        QCOMPARE(int(panel.target().split), int(SplitPeriod::None));
        QCOMPARE(panel.table(), std::string("calls"));
        QVERIFY(form->isRowVisible(test::child<QLineEdit>(&panel, "table")));
        QVERIFY(!form->isRowVisible(test::child<QLineEdit>(&panel, "server")));
        QVERIFY(!form->isRowVisible(test::child<QLineEdit>(&panel, "user")));
        QVERIFY(panel.problem().isEmpty());
        QVERIFY(panel.targetDescription().contains(script));

        choose(&panel, TargetSpec::Kind::Bcp);
        QVERIFY2(panel.target().path.ends_with("/cdr_bcp"), panel.target().path.c_str());
        const QString folder = m_dir.filePath(QStringLiteral("drop"));
        choose(&panel, TargetSpec::Kind::Bcp, folder, int(SplitPeriod::Day));
        const auto bcp = TargetSpec::parse("bcp:" + folder.toStdString(), nullptr);
        QVERIFY(bcp);
        QCOMPARE(int(panel.target().kind), int(bcp->kind));
        QCOMPARE(panel.target().path, bcp->path);
        QCOMPARE(int(panel.target().split), int(SplitPeriod::Day));
        QVERIFY(form->isRowVisible(test::child<QLineEdit>(&panel, "table")));
        QVERIFY(!form->isRowVisible(test::child<QLineEdit>(&panel, "database")));
        QCOMPARE(test::child<QLabel>(&panel, "filePathLabel")->text(), QStringLiteral("F&older:"));

        // Each kind keeps its own path.
        choose(&panel, TargetSpec::Kind::Tsql);
        QCOMPARE(panel.target().path, script.toStdString());
        choose(&panel, TargetSpec::Kind::Csv, m_dir.filePath(QStringLiteral("cdr.csv.gz")), int(SplitPeriod::Hour));
        QCOMPARE(int(panel.target().kind), int(TargetSpec::Kind::Csv));
        QCOMPARE(int(panel.target().split), int(SplitPeriod::Hour));
    }

    void problemsAreTheCommandLinesRefusals()
    {
        DatabasePanel panel;
        choose(&panel, TargetSpec::Kind::Tsql, QStringLiteral("-"));
        QVERIFY2(panel.problem().contains(QStringLiteral("tsql: cannot write to standard output")),
                 qPrintable(panel.problem()));
        choose(&panel, TargetSpec::Kind::Tsql, m_dir.path() + QStringLiteral("/"));
        QVERIFY2(panel.problem().contains(QStringLiteral("tsql: needs a file path, not a folder")),
                 qPrintable(panel.problem()));
        choose(&panel, TargetSpec::Kind::Bcp, QStringLiteral("-"));
        QVERIFY2(panel.problem().contains(QStringLiteral("give a folder")), qPrintable(panel.problem()));
        choose(&panel, TargetSpec::Kind::Csv, QStringLiteral("-"), int(SplitPeriod::Day));
        QVERIFY2(panel.problem().contains(QStringLiteral("--split writes one file per slice")), qPrintable(panel.problem()));
    }

    void splitIsForFilesOnly()
    {
        DatabasePanel panel;
        auto *split = test::child<QComboBox>(&panel, "splitPeriod");
        QVERIFY(split);
        QCOMPARE(split->count(), 3);
        choose(&panel, TargetSpec::Kind::Csv, m_dir.filePath(QStringLiteral("c.csv")), int(SplitPeriod::Day));
        QVERIFY(split->isEnabled());
        for (TargetSpec::Kind kind : {TargetSpec::Kind::Sqlite, TargetSpec::Kind::Odbc, TargetSpec::Kind::Postgres}) {
            choose(&panel, kind);
            QVERIFY2(!split->isEnabled(), qPrintable(QString::number(int(kind))));
            QCOMPARE(int(panel.target().split), int(SplitPeriod::None));
            QCOMPARE(split->currentIndex(), int(SplitPeriod::None));
            QVERIFY(split->toolTip().contains(QStringLiteral("--split refuses a database target")));
        }
        for (TargetSpec::Kind kind : {TargetSpec::Kind::Csv, TargetSpec::Kind::Tsql, TargetSpec::Kind::Bcp}) {
            choose(&panel, kind);
            QVERIFY(split->isEnabled());
            QCOMPARE(int(panel.target().split), int(SplitPeriod::Day)); // the choice came back
        }
    }

    void splitHintNamesTheFilesAsTheCliDoes()
    {
        DatabasePanel panel;
        Config config = Config::seedDefaults();
        config.generation.periodStart = "2024-06-24 00:00:00";
        panel.loadConfig(config);
        auto *hint = test::child<QLabel>(&panel, "splitHint");
        QVERIFY(hint);
        auto *form = panel.findChild<QFormLayout *>(QStringLiteral("targetForm"));
        const QString out = m_dir.filePath(QStringLiteral("out"));
        choose(&panel, TargetSpec::Kind::Csv, out + QStringLiteral("/cdr.csv.gz"), int(SplitPeriod::None));
        QVERIFY(!form->isRowVisible(hint));
        choose(&panel, TargetSpec::Kind::Csv, {}, int(SplitPeriod::Day));
        QVERIFY(form->isRowVisible(hint));
        for (const QString &expected : {QStringLiteral("cdr_20240624.csv.gz, cdr_20240625.csv.gz"),
                                       QStringLiteral("cdr_manifest.csv"), out})
            QVERIFY2(hint->text().contains(expected), qPrintable(hint->text()));
        choose(&panel, TargetSpec::Kind::Tsql, out + QStringLiteral("/cdr.sql"), int(SplitPeriod::Hour));
        QVERIFY2(hint->text().contains(QStringLiteral("cdr_2024062400.sql, cdr_2024062401.sql")), qPrintable(hint->text()));
        test::child<QLineEdit>(&panel, "table")->setText(QStringLiteral("calls"));
        choose(&panel, TargetSpec::Kind::Bcp, out, int(SplitPeriod::Day));
        for (const QString &expected : {QStringLiteral("calls_20240624.dat, calls_20240625.dat"),
                                       QStringLiteral("calls_manifest.csv")})
            QVERIFY2(hint->text().contains(expected), qPrintable(hint->text()));
    }

    void targetAndSplitSurviveTheSettings()
    {
        const QString script = m_dir.filePath(QStringLiteral("kept.sql"));
        const QString folder = m_dir.filePath(QStringLiteral("kept_bcp"));
        {
            DatabasePanel panel;
            choose(&panel, TargetSpec::Kind::Tsql, script);
            choose(&panel, TargetSpec::Kind::Bcp, folder, int(SplitPeriod::Hour));
            QSettings settings;
            panel.saveState(settings);
        }
        {
            DatabasePanel panel;
            panel.restoreState(QSettings());
            QCOMPARE(int(panel.target().kind), int(TargetSpec::Kind::Bcp));
            QCOMPARE(panel.target().path, folder.toStdString());
            QCOMPARE(int(panel.target().split), int(SplitPeriod::Hour));
            choose(&panel, TargetSpec::Kind::Tsql);
            QCOMPARE(panel.target().path, script.toStdString());
            QCOMPARE(int(panel.target().split), int(SplitPeriod::Hour));
        }
        // A stored index the combo does not have, or a split it does not know, falls back to something it has.
        for (const int stored : {99, -3}) {
            QSettings settings;
            settings.setValue(QStringLiteral("database/target"), stored);
            settings.setValue(QStringLiteral("database/split"), QStringLiteral("week"));
            DatabasePanel panel;
            panel.restoreState(settings);
            QCOMPARE(int(panel.target().kind), int(stored < 0 ? TargetSpec::Kind::Sqlite : TargetSpec::Kind::Bcp));
            QCOMPARE(int(panel.target().split), int(SplitPeriod::None));
        }
    }

    void theLastSessionsTargetComesBackAtStartUp()
    {
        const QString script = m_dir.filePath(QStringLiteral("session.sql.gz"));
        {
            MainWindow window;
            window.initialize(PresetManager::kBuiltInDefault);
            choose(window.databasePanel(), TargetSpec::Kind::Tsql, script, int(SplitPeriod::Day));
            window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
            window.show();
            QVERIFY(window.close());
        }
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault); // reads .env (none here: SQLite would be the default)
        const TargetSpec target = window.databasePanel()->target();
        QCOMPARE(int(target.kind), int(TargetSpec::Kind::Tsql));
        QCOMPARE(target.path, script.toStdString());
        QCOMPARE(int(target.split), int(SplitPeriod::Day));
        // A .env loaded later chooses the target as the CLI does without -o.
        window.databasePanel()->loadConnection(ConnectionSettings{}, QStringLiteral("test"));
        QCOMPARE(int(window.databasePanel()->target().kind), int(TargetSpec::Kind::Sqlite));
    }

    void loadSqlIsDisabledWhereCoreRefusesIt()
    {
        DatabasePanel panel;
        auto *before = test::child<QPlainTextEdit>(&panel, "beforeLoadSql");
        auto *beforeFile = test::child<QToolButton>(&panel, "beforeLoadSqlFileButton");
        auto *hint = test::child<QLabel>(&panel, "loadSqlHint");
        choose(&panel, TargetSpec::Kind::Tsql, m_dir.filePath(QStringLiteral("l.sql")), int(SplitPeriod::None));
        QVERIFY(before->isEnabled()); // the script holds the SQL
        QVERIFY(beforeFile->isEnabled());
        choose(&panel, TargetSpec::Kind::Bcp, m_dir.filePath(QStringLiteral("l_bcp")));
        QVERIFY(!before->isEnabled());
        QVERIFY(!beforeFile->isEnabled());
        QVERIFY2(beforeFile->toolTip().contains(QStringLiteral("A bcp folder runs no SQL")), qPrintable(beforeFile->toolTip()));
        QVERIFY(hint->text().contains(QStringLiteral("A bcp folder runs no SQL")));
        choose(&panel, TargetSpec::Kind::Tsql, {}, int(SplitPeriod::Day));
        QVERIFY(!before->isEnabled());
        QVERIFY(beforeFile->toolTip().contains(QStringLiteral("Split files are each loaded on their own")));
        choose(&panel, TargetSpec::Kind::Sqlite);
        QVERIFY(before->isEnabled());
        // Text already there stays editable so that it can be emptied, and the page says the run would stop.
        before->setPlainText(QStringLiteral("SELECT 1"));
        choose(&panel, TargetSpec::Kind::Bcp);
        QVERIFY(before->isEnabled());
        QVERIFY(!beforeFile->isEnabled());
        QVERIFY2(hint->text().contains(QStringLiteral("empty them")), qPrintable(hint->text()));
        before->clear();
        QVERIFY(!before->isEnabled());
    }

    void profileTargetIsDisabledForFilesThatCannotBeReadBack()
    {
        DatabasePanel panel;
        auto *profileTarget = panel.findChild<QAction *>(QStringLiteral("actionProfileTarget"));
        QVERIFY(profileTarget);
        choose(&panel, TargetSpec::Kind::Sqlite);
        QVERIFY(profileTarget->isEnabled());
        choose(&panel, TargetSpec::Kind::Tsql);
        QVERIFY(!profileTarget->isEnabled());
        QVERIFY(profileTarget->toolTip().contains(QStringLiteral("cannot be read back")));
        choose(&panel, TargetSpec::Kind::Csv, m_dir.filePath(QStringLiteral("p.csv")), int(SplitPeriod::None));
        QVERIFY(profileTarget->isEnabled());
        choose(&panel, TargetSpec::Kind::Csv, {}, int(SplitPeriod::Day));
        QVERIFY(!profileTarget->isEnabled());
    }

    void runWritesATsqlScript()
    {
        const QString script = m_dir.filePath(QStringLiteral("run.sql"));
        MainWindow window;
        runThroughTheGui(window, TargetSpec::Kind::Tsql, script, SplitPeriod::None);
        QCOMPARE(window.lastSummary().inserted, 3'000);
        const QString text = readText(script);
        QVERIFY(text.contains(QStringLiteral("INSERT INTO [cdr]")));
        QCOMPARE(text.count(QStringLiteral("BEGIN TRANSACTION;")), 3);
        QAction *openReport = window.findChild<QAction *>(QStringLiteral("actionOpenReport"));
        QVERIFY(openReport);
        QVERIFY(!openReport->isEnabled());
        QVERIFY2(openReport->toolTip().contains(QStringLiteral("cannot read back")), qPrintable(openReport->toolTip()));
    }

    void runWritesBcpFilesSplitByDay()
    {
        const QString folder = m_dir.filePath(QStringLiteral("bcp_day"));
        MainWindow window;
        runThroughTheGui(window, TargetSpec::Kind::Bcp, folder, SplitPeriod::Day);
        const QStringList days = QDir(folder).entryList({QStringLiteral("cdr_*.dat")}, QDir::Files);
        QVERIFY2(days.size() > 100, qPrintable(days.join(u' '))); // 3,000 records over 2024's 366 days
        const QRegularExpression dayFile(QStringLiteral("^cdr_2024\\d{4}\\.dat$"));
        for (const QString &day : days)
            QVERIFY2(dayFile.match(day).hasMatch(), qPrintable(day));
        const QStringList manifest = readText(QDir(folder).filePath(QStringLiteral("cdr_manifest.csv")))
                                         .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(manifest.size(), days.size() + 1); // the header, then one line per file
        qint64 rows = 0;
        for (const QString &line : manifest.mid(1))
            rows += line.section(u',', 1, 1).toLongLong();
        QCOMPARE(rows, 3'000);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("load.sh"))));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionOpenReport"))->isEnabled());
    }

    void refusedRunShowsCoresMessageInTheLog()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [](Config &c) {
            c.generation.records = 1'000;
            c.database.beforeLoadSql = "SELECT 1";
        });
        choose(window.databasePanel(), TargetSpec::Kind::Bcp, m_dir.filePath(QStringLiteral("refused_bcp")),
               int(SplitPeriod::None));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(120'000));
        const RunSummary summary = window.lastSummary();
        QCOMPARE(int(summary.outcome), int(RunSummary::Outcome::Failed));
        const QString refusal = QStringLiteral("database.before_load_sql: a bcp: folder runs no SQL");
        QVERIFY2(QString::fromStdString(summary.error).contains(refusal), summary.error.c_str());
        LogPane *log = window.runPanel()->logPane();
        QTRY_VERIFY2(log->shownLines().join(u'\n').contains(refusal), qPrintable(log->shownLines().join(u'\n')));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiDelivery)
#include "test_gui_delivery.moc"

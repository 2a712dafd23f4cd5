// The Run tab's chart and history: a small SQLite run plots points and logs its world model once (a preview before
// it does not add a second line); the history survives a restart of the window, loads a run's configuration back
// and never stores an ODBC password.
#include "guitestsupport.h"

#include "config/connectionsettings.h"
#include "databasepanel.h"
#include "logpane.h"
#include "presetmanager.h"
#include "previewpanel.h"
#include "runchart.h"
#include "runhistorymodel.h"
#include "runpanel.h"
#include "sink/targetspec.h"

#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

namespace {

int countLines(const QStringList &lines, const QString &needle)
{
    return static_cast<int>(std::count_if(lines.begin(), lines.end(),
                                          [&needle](const QString &line) { return line.contains(needle); }));
}

} // namespace

class TestGuiRunHistory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void smallRunFillsChartAndHistoryAndLogsWorldOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("history.sqlite"));
        const int before = [] {
            MainWindow window;
            return window.runHistory()->rowCount();
        }();
        {
            MainWindow window;
            window.initialize(PresetManager::kBuiltInDefault);
            test::editConfig(window, [](Config &c) {
                c.generation.records = 30'000;
                c.generation.batchSize = 1'000;
            });
            window.databasePanel()->setTarget(TargetSpec::Kind::Sqlite, file);
            window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
            // A preview first builds a world of its own, as an analyst would before a run: it must not add a
            // second "World model" line to the run's log.
            QSignalSpy previewed(window.previewPanel(), &PreviewPanel::previewReady);
            window.previewPanel()->generate();
            QVERIFY(previewed.wait(60'000));
            RunChart *chart = window.runPanel()->chart();
            QSignalSpy finished(&window, &MainWindow::runFinished);
            QVERIFY(window.startRun());
            QCOMPARE(chart->pointCount(), 0); // cleared at the start
            QVERIFY(finished.wait(120'000));
            QCOMPARE(int(window.lastSummary().outcome), int(RunSummary::Outcome::Completed));
            // The first and the last report always reach the chart, the ones between at most ten a second.
            QVERIFY2(chart->pointCount() >= 2, qPrintable(QString::number(chart->pointCount())));
            QVERIFY(chart->pointCount() <= 30);
            QCOMPARE(chart->latencyPointCount(), chart->pointCount());
            QVERIFY(chart->chart()->localizeNumbers()); // axis labels in the GUI's locale (1 000 000 in French)

            QTRY_COMPARE(countLines(window.runPanel()->logPane()->shownLines(), QStringLiteral("Run completed")), 1);
            QCOMPARE(countLines(window.runPanel()->logPane()->shownLines(), QStringLiteral("World model:")), 1);

            QCOMPARE(window.runHistory()->rowCount(), before + 1);
        }
        // A new window (a new session) reads the same history file.
        MainWindow again;
        again.initialize(PresetManager::kBuiltInDefault);
        RunHistoryModel *history = again.runHistory();
        QCOMPARE(history->rowCount(), before + 1);
        const RunRecord &run = history->run(0);
        QCOMPARE(run.records, 30'000);
        QCOMPARE(run.outcome, QStringLiteral("completed"));
        QVERIFY2(run.target.contains(QStringLiteral("history.sqlite")), qPrintable(run.target));
        QVERIFY(run.seconds > 0);
        QVERIFY(run.rowsPerSecond > 0);
        QVERIFY(run.started.isValid());
        QCOMPARE(history->index(0, RunHistoryModel::Records).data().toString(), QLocale().toString(30'000));
        QCOMPARE(history->index(0, RunHistoryModel::Outcome).data().toString(), QStringLiteral("completed"));

        // "Run again with this preset" puts that run's configuration back into the editor.
        QVERIFY(again.configEditor()->config().generation.records != 30'000);
        again.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        auto *runAgain = again.findChild<QPushButton *>(QStringLiteral("runAgainButton"));
        QVERIFY(runAgain);
        QVERIFY(!runAgain->isEnabled()); // nothing selected yet
        again.runPanel()->historyView()->selectRow(0);
        QVERIFY(runAgain->isEnabled());
        runAgain->click();
        QCOMPARE(again.configEditor()->config().generation.records, 30'000);
        QCOMPARE(again.configEditor()->config().generation.batchSize, 1'000);
        QVERIFY(again.isModified()); // the loaded configuration is in no file yet
    }

    void historyHoldsNoOdbcPassword()
    {
        const QString password = QStringLiteral("Sup3r-S3cret-pw");
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [](Config &c) {
            c.generation.records = 1'000;
            c.database.retryAttempts = 1; // fail at once instead of retrying a server that is not there
        });
        ConnectionSettings connection;
        connection.dsn = "cdrgen_test_no_such_dsn";
        connection.database = "cdrdb";
        connection.user = "loader";
        connection.password = password.toStdString();
        window.databasePanel()->loadConnection(connection, QStringLiteral("test"));
        window.databasePanel()->setTarget(TargetSpec::Kind::Odbc);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(int(window.lastSummary().outcome), int(RunSummary::Outcome::Failed));

        const RunRecord &run = window.runHistory()->run(0);
        QCOMPARE(run.outcome, QStringLiteral("failed"));
        QVERIFY2(run.target.contains(QStringLiteral("cdrgen_test_no_such_dsn")), qPrintable(run.target));
        QVERIFY2(!run.target.contains(password), qPrintable(run.target));
        QVERIFY2(!run.error.contains(password), qPrintable(run.error));
        QFile stored(window.runHistory()->history().filePath());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray text = stored.readAll();
        QVERIFY(text.contains("cdrgen_test_no_such_dsn"));
        QVERIFY(!text.contains(password.toUtf8()));
    }

    // A 1-character password and one with '}' and '%' (masked as typed and percent-encoded): the failed run's target
    // and error echo a CSV path named like them, and the history must show "***" instead.
    void historyMasksShortAndEscapedPasswords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("path");
        QTest::newRow("1 character") << "q" << "q";
        QTest::newRow("braces and percent") << "p}w%9" << "p%7Dw%259";
    }
    void historyMasksShortAndEscapedPasswords()
    {
        QFETCH(QString, password);
        QFETCH(QString, path);
        QTemporaryDir folder;
        QVERIFY(QDir(folder.path()).mkpath(path)); // a folder: the CSV file cannot be created there
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [](Config &c) { c.generation.records = 100; });
        ConnectionSettings connection;
        connection.password = password.toStdString();
        window.databasePanel()->loadConnection(connection, QStringLiteral("test"));
        window.databasePanel()->setTarget(TargetSpec::Kind::Csv, QDir(folder.path()).filePath(path));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(int(window.lastSummary().outcome), int(RunSummary::Outcome::Failed));

        const RunRecord &run = window.runHistory()->run(0);
        const QString hidden = folder.path() + "/***";
        QVERIFY2(run.target.endsWith(hidden), qPrintable(run.target));
        QVERIFY2(run.error.contains(hidden + ":"), qPrintable(run.error));
        QFile stored(window.runHistory()->history().filePath());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains((folder.path() + "/" + path).toUtf8()));
    }

    void historyKeepsTheLast50()
    {
        RunHistory history(m_dir.filePath(QStringLiteral("cap/run-history.json")));
        QVERIFY(history.load());
        for (int i = 1; i <= RunHistory::kMaxRuns + 5; ++i) {
            RunRecord run;
            run.records = i;
            run.outcome = QStringLiteral("completed");
            QVERIFY(history.add(run));
        }
        RunHistory reread(history.filePath());
        QVERIFY(reread.load());
        QCOMPARE(int(reread.runs().size()), RunHistory::kMaxRuns);
        QCOMPARE(reread.runs().front().records, RunHistory::kMaxRuns + 5); // newest first
        QCOMPARE(reread.runs().back().records, 6);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiRunHistory)
#include "test_gui_run_history.moc"

// Runs through the GUI: a 50,000-record run into a temporary SQLite file has exactly 50,000 rows; Cancel leaves a
// resumable table (whole batches) that a second Start completes; closing the window during a run asks first.
#include "guitestsupport.h"

#include "databasepanel.h"
#include "presetmanager.h"
#include "runpanel.h"
#include "runsession.h"
#include "sink/targetspec.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

namespace {

struct TableStats {
    qint64 rows = -1;
    qint64 maxId = -1;
    qint64 distinctIds = -1;
};

TableStats readTable(const QString &file)
{
    TableStats stats;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT COUNT(*), MAX(id), COUNT(DISTINCT id) FROM cdr"), db);
            if (query.next()) {
                stats.rows = query.value(0).toLongLong();
                stats.maxId = query.value(1).toLongLong();
                stats.distinctIds = query.value(2).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return stats;
}

} // namespace

class TestGuiRun : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void run50kIntoSqlite()
    {
        const QString file = m_dir.filePath(QStringLiteral("run50k.sqlite"));
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [](Config &c) {
            c.generation.records = 50'000;
            c.generation.batchSize = 5'000;
        });
        window.databasePanel()->setTarget(TargetSpec::Kind::Sqlite, file);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(window.isRunning());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QVERIFY(finished.wait(240'000));
        const RunSummary summary = window.lastSummary();
        QCOMPARE(int(summary.outcome), int(RunSummary::Outcome::Completed));
        QCOMPARE(summary.inserted, 50'000);
        qInfo("50,000 records into SQLite through the GUI: %.2f s, %.0f rows/s", summary.elapsedSeconds,
              summary.rowsPerSecond);
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        const TableStats stats = readTable(file);
        QCOMPARE(stats.rows, 50'000);
        QCOMPARE(stats.maxId, 50'000);
        QCOMPARE(stats.distinctIds, 50'000);
    }

    void cancelLeavesResumableTable()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        const qint64 total = 300'000;
        const qint64 batch = 10'000;
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [&](Config &c) {
            c.generation.records = total;
            c.generation.batchSize = batch;
            c.database.ifExists = "resume";
        });
        window.databasePanel()->setTarget(TargetSpec::Kind::Sqlite, file);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        // Cancel as soon as the first rows are reported, as a user pressing Cancel would.
        auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *session = window.findChild<RunSession *>();
        QVERIFY(session);
        QSignalSpy progress(session, &RunSession::progress);
        QVERIFY(window.startRun());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().value<RunProgress>().done > 0, 120'000);
        cancel->click();
        QVERIFY(finished.wait(240'000));
        RunSummary summary = window.lastSummary();
        QCOMPARE(int(summary.outcome), int(RunSummary::Outcome::Cancelled));
        TableStats stats = readTable(file);
        QVERIFY2(stats.rows < total, qPrintable(QString::number(stats.rows)));
        QCOMPARE(stats.rows % batch, 0);
        qInfo("cancelled with %lld of %lld rows in the table", stats.rows, total);
        QCOMPARE(stats.maxId, stats.rows);

        // Start again: the run resumes after the highest id and completes the table.
        finished.clear();
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(240'000));
        summary = window.lastSummary();
        QCOMPARE(int(summary.outcome), int(RunSummary::Outcome::Completed));
        QCOMPARE(summary.inserted, total - stats.rows);
        stats = readTable(file);
        QCOMPARE(stats.rows, total);
        QCOMPARE(stats.maxId, total);
        QCOMPARE(stats.distinctIds, total);
    }

    void closingDuringRunAsks()
    {
        const QString file = m_dir.filePath(QStringLiteral("close.sqlite"));
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [](Config &c) { c.generation.records = 5'000'000; });
        window.databasePanel()->setTarget(TargetSpec::Kind::Sqlite, file);
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; }); // only the run question is tested here
        window.show();
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());

        QString asked;
        auto answer = [&asked](QMessageBox::StandardButton button) {
            QTimer::singleShot(100, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!window.close());
        QVERIFY2(asked.contains(QStringLiteral("run is in progress")), qPrintable(asked));
        QVERIFY(window.isVisible());
        QVERIFY(window.isRunning());

        asked.clear();
        answer(QMessageBox::Yes); // cancels, then closes when the run has stopped
        QVERIFY(!window.close());
        QVERIFY(!asked.isEmpty());
        QVERIFY(finished.wait(240'000));
        QCOMPARE(int(window.lastSummary().outcome), int(RunSummary::Outcome::Cancelled));
        QTRY_VERIFY(!window.isVisible());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiRun)
#include "test_gui_run.moc"

// The realism report from the desktop app: *Open report* after a run and *Profile a table...* on the Database tab
// write the report file and hand it to the system browser (intercepted here with QDesktopServices::setUrlHandler);
// a failure is shown and names the source; Cancel stops a long read and writes nothing.
#include "guitestsupport.h"

#include "databasepanel.h"
#include "presetmanager.h"
#include "report/reportactions.h"
#include "report/reportjob.h"
#include "report/reportpage.h"
#include "report/tablesource.h"
#include "runpanel.h"
#include "sink/targetspec.h"
#include "translations.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>
#include <QUrl>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

// Stands in for the system browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestGuiReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    UrlCatcher m_browser;

    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        test::isolate(m_dir);
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_browser, "open");
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }
    void init() { m_browser.opened.clear(); }

    void actionsAreInPlace()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        QAction *openReport = window.findChild<QAction *>(QStringLiteral("actionOpenReport"));
        QVERIFY(openReport);
        QVERIFY(!openReport->isEnabled()); // no run yet
        QCOMPARE(test::child<QToolButton>(window.runPanel(), "openReportButton")->defaultAction(), openReport);
        auto *profile = test::child<QPushButton>(window.databasePanel(), "profileButton");
        QVERIFY(profile && profile->menu());
        QVERIFY(window.databasePanel()->findChild<QAction *>(QStringLiteral("actionProfileTarget")));
        QVERIFY(window.databasePanel()->findChild<QAction *>(QStringLiteral("actionProfileFile")));
    }

    void runThenOpenReportAndProfileTheTarget()
    {
        const QString file = m_dir.filePath(QStringLiteral("run.sqlite"));
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        test::editConfig(window, [](Config &c) { c.generation.records = 3'000; });
        window.databasePanel()->setTarget(TargetSpec::Kind::Sqlite, file);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(240'000));
        QCOMPARE(int(window.lastSummary().outcome), int(RunSummary::Outcome::Completed));
        QAction *openReport = window.findChild<QAction *>(QStringLiteral("actionOpenReport"));
        QVERIFY(openReport->isEnabled());

        QSignalSpy opened(window.reports(), &ReportActions::reportOpened);
        openReport->trigger();
        QVERIFY(opened.wait(120'000));
        QCOMPARE(m_browser.opened.size(), 1);
        const QString report = m_browser.opened.first().toLocalFile();
        QCOMPARE(report, opened.first().first().toString());
        QVERIFY2(report.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)), qPrintable(report));
        const QString page = readAll(report);
        QVERIFY(page.contains(QLatin1String("<svg")));
        QVERIFY2(page.contains(QLatin1String("run.sqlite")), "the report names its source");
        // The run's 3,000 records, in whatever digit grouping the page's language uses.
        QVERIFY(page.contains(QRegularExpression(QStringLiteral("\\b3[ ,.\\x{00a0}\\x{202f}]?000 "))));

        // Profile a table... > This target's table: the same file, profiled again.
        window.databasePanel()->findChild<QAction *>(QStringLiteral("actionProfileTarget"))->trigger();
        QVERIFY(opened.wait(120'000));
        QCOMPARE(m_browser.opened.size(), 2);
        QVERIFY(readAll(m_browser.opened.last().toLocalFile()).contains(QLatin1String("<svg")));
    }

    void failureIsShownAndNamesTheSource()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        window.show();
        QSignalSpy failed(window.reports(), &ReportActions::reportFailed);
        window.reports()->profile(fileSource(m_dir.filePath(QStringLiteral("absent.sqlite")), "cdr"), {});
        QVERIFY(failed.wait(60'000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("absent.sqlite")),
                 qPrintable(failed.first().first().toString()));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("reportError"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("absent.sqlite")));
        QVERIFY(m_browser.opened.isEmpty());
        box->close();
    }

    void reportLanguageFollowsTheGui()
    {
        const std::pair<const char *, const char *> expected[] = {{"fr", "fr"}, {"nl", "nl"}, {"en", "en"}};
        for (const auto &[language, report] : expected) {
            QVERIFY(Translations::install(*qApp, QLatin1String(language), QLocale::c()));
            QCOMPARE(guiReportLanguage(), QLatin1String(report));
        }
    }

    // Cancel is looked at every 1,024 rows: a CSV of a few progress blocks, cancelled at once, ends without a report.
    void cancelWritesNothing()
    {
        const QString csv = m_dir.filePath(QStringLiteral("long.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text("id,caller,start_time,type,status\n");
            for (int i = 1; i <= 4 * 65536; ++i)
                text += QByteArray::number(i) + ",+32470000100,2024-01-02 10:00:00,VOICE,SUCCESS\n";
            file.write(text);
        }
        const QString report = m_dir.filePath(QStringLiteral("cancelled.html"));
        ReportJob job(fileSource(csv, "cdr"), {}, report);
        QSignalSpy finished(&job, &ReportJob::finished);
        job.cancel();
        job.start();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), QString()); // cancelled, not failed
        QVERIFY(!QFile::exists(report));

        ReportJob whole(fileSource(csv, "cdr"), {}, report);
        QSignalSpy done(&whole, &ReportJob::finished), progress(&whole, &ReportJob::progress);
        whole.start();
        QVERIFY(done.wait(60'000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(QFile::exists(report));
        QVERIFY(progress.size() >= 3); // every 65,536 rows
        QCOMPARE(progress.last().first().toLongLong(), 4 * 65536);
    }
};

QTEST_MAIN(TestGuiReport)
#include "test_gui_report.moc"

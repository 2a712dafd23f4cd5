#include "clirunner.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The report in a real browser (issue 23): Debian's headless Chromium renders a compared report to PNG, and the
// picture must hold the charts of both sources, not a blank or broken page.
class TestCliReportBrowser : public QObject {
    Q_OBJECT

private slots:
    void chromiumRendersTheComparedReport()
    {
        const QString chromium = QStandardPaths::findExecutable("chromium");
        QVERIFY2(!chromium.isEmpty(), "chromium is not on PATH (CDRGEN_PACKAGES in scripts/lib/setup.sh installs it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRunner cli(dir.path());
        for (const char *seed : {"1", "2"}) {
            const CliResult run = cli.run({"-n", "5000", "--seed", seed, "-o", QString("csv:run%1.csv").arg(seed),
                                           "--no-email", "-q"});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const CliResult report = cli.run({"--profile", "csv:run1.csv", "--compare-with", "csv:run2.csv", "--report",
                                          "report.html", "-q"});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));

        const QString png = dir.filePath("report.png");
        QProcess browser;
        browser.start(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                 "--user-data-dir=" + dir.filePath("chromium-profile"), "--screenshot=" + png,
                                 "--window-size=1000,2400", "file://" + dir.filePath("report.html")});
        QVERIFY2(browser.waitForFinished(180000), "chromium did not finish within 3 minutes");
        QVERIFY2(browser.exitCode() == 0, browser.readAllStandardError().constData());

        QVERIFY2(QFileInfo(png).size() > 50 * 1024, qPrintable(QString::number(QFileInfo(png).size())));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 2400));
        QSet<QRgb> colours;
        qint64 blue = 0, orange = 0, ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y) & 0xffffff;
                colours.insert(pixel);
                blue += pixel == 0x3b6ea8 ? 1 : 0;   // the first source's bars
                orange += pixel == 0xd9822b ? 1 : 0; // the compared source's bars
                ink += pixel != 0xffffff ? 1 : 0;
            }
        QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size()))); // text, bars, lines: not blank
        QVERIFY2(blue > 5000 && orange > 5000, qPrintable(QString("%1 blue, %2 orange").arg(blue).arg(orange)));
        QVERIFY2(ink > image.width() * image.height() / 20, qPrintable(QString::number(ink)));
    }
};

QTEST_GUILESS_MAIN(TestCliReportBrowser)
#include "test_cli_report_browser.moc"

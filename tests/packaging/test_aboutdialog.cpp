// The About dialog carries what the licences require: version, MIT text identical to LICENSE, the GeoNames
// CC BY 4.0 attribution and the Natural Earth credit, and the application icon from the resources.
#include "aboutdialog.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

class TestAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void showsIconAndVersion();
    void creditsTheData();
    void licenceTextEqualsLicenseFile();
    void licenceButtonShowsFullText();
};

void TestAboutDialog::showsIconAndVersion()
{
    cdr::gui::AboutDialog dialog;
    auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIcon"));
    QVERIFY(icon);
    QVERIFY2(!icon->pixmap().isNull(), ":/icons/cdrgen.svg did not render");
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral(CDRGEN_VERSION)));
}

void TestAboutDialog::creditsTheData()
{
    cdr::gui::AboutDialog dialog;
    auto *credits = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutCredits"));
    QVERIFY(credits);
    const QString text = credits->toPlainText();
    for (const char *credit : {"GeoNames, geonames.org", "CC BY 4.0", "Natural Earth", "public domain", "ISC",
                               "libphonenumber", "Apache-2.0", "MIT", "Qt", "yaml-cpp", "spdlog", "libcurl"})
        QVERIFY2(text.contains(QLatin1String(credit)), credit);
    QVERIFY(credits->toHtml().contains(QLatin1String("https://creativecommons.org/licenses/by/4.0/")));
}

void TestAboutDialog::licenceTextEqualsLicenseFile()
{
    QFile licence(QStringLiteral(CDRGEN_SOURCE_DIR "/LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QCOMPARE(cdr::gui::AboutDialog::licenceText().trimmed(), QString::fromUtf8(licence.readAll()).trimmed());
}

void TestAboutDialog::licenceButtonShowsFullText()
{
    cdr::gui::AboutDialog dialog;
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("aboutLicenceButton"));
    QVERIFY(button);
    button->click();
    auto *licenceDialog = dialog.findChild<QDialog *>(QStringLiteral("licenceDialog"));
    QVERIFY(licenceDialog);
    auto *text = licenceDialog->findChild<QPlainTextEdit *>();
    QVERIFY(text);
    QVERIFY(text->toPlainText().contains(QLatin1String("Permission is hereby granted")));
}

QTEST_MAIN(TestAboutDialog)
#include "test_aboutdialog.moc"

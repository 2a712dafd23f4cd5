#include "mainwindow.h"
#include "screenshotter.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cdrgen"));
    QApplication::setApplicationName(QStringLiteral("cdrgen"));
    QApplication::setApplicationVersion(QStringLiteral(CDRGEN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Synthetic Belgian Call Detail Records - desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption({QStringLiteral("c"), QStringLiteral("config")},
                                          QStringLiteral("Open this config.yml."), QStringLiteral("file"));
    const QCommandLineOption envOption(QStringLiteral("env"), QStringLiteral("Read this .env (default ./.env)."),
                                       QStringLiteral("file"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        QStringLiteral("Walk through the tabs, save a PNG of each into the folder and quit (documentation)."),
        QStringLiteral("folder"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the app in this language (en, fr or nl) instead of the one chosen in the Language menu "
                       "or the system's."),
        QStringLiteral("code"));
    parser.addOptions({configOption, envOption, screenshotOption, languageOption});
    parser.process(app);

    QString language = cdr::gui::Translations::savedChoice();
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption).toLower();
        if (!cdr::gui::Translations::languages().contains(language)) {
            std::fprintf(stderr, "cdrgen: --language must be en, fr or nl, not \"%s\"\n",
                         qPrintable(parser.value(languageOption)));
            return 2;
        }
    }
    const QString shown = cdr::gui::Translations::resolve(language);
    if (!cdr::gui::Translations::install(app, shown))
        std::fprintf(stderr, "cdrgen: the %s catalogue is missing; showing English\n", qPrintable(shown));

    cdr::gui::MainWindow window;
    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots)
        window.resize(1400, 900); // same size whatever the saved geometry
    window.initialize(parser.value(configOption), parser.value(envOption));
    window.show();
    if (!screenshots)
        return app.exec();

    QDir().mkpath(parser.value(screenshotOption));
    cdr::gui::Screenshotter shooter(&window, parser.value(screenshotOption));
    int exitCode = 0;
    QObject::connect(&shooter, &cdr::gui::Screenshotter::finished, &app, [&](int code) {
        exitCode = code;
        app.exit(code);
    });
    shooter.start();
    app.exec();
    if (window.isRunning())
        window.cancelRun();
    return exitCode;
}

#include "mainwindow.h"
#include "screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

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
    parser.addOptions({configOption, envOption, screenshotOption});
    parser.process(app);

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

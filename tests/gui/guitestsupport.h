#pragma once

#include "config/config.h"
#include "configeditor.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace cdr::gui::test {

// Settings, user presets, .env lookup and log files all go to a fresh temporary folder, so a test never reads or
// writes the developer's own state.
inline void isolate(const QTemporaryDir &dir)
{
    QVERIFY(dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("cdrgen-test"));
    QCoreApplication::setApplicationName(QStringLiteral("cdrgen-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    QVERIFY(QDir::setCurrent(dir.path()));
}

// Changes the window's config as if loaded from a file (for set-up; the behaviour under test uses the widgets).
inline void editConfig(MainWindow &window, const std::function<void(Config &)> &change)
{
    Config config = window.configEditor()->config();
    change(config);
    window.configEditor()->setConfig(config);
}

// The letter after a single '&' ("&&" is a literal ampersand), or nothing.
inline QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return text[i + 1].toLower();
    }
    return {};
}

} // namespace cdr::gui::test

#pragma once

#include "config/config.h"
#include "configeditor.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
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

// Opens a preset in the window, shown, on the Configuration tab's page `section` (unsaved changes discarded
// without asking); false when the window is not exposed.
inline bool showConfigSection(MainWindow &window, int section, const QString &preset)
{
    window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    window.initialize(preset);
    window.resize(1400, 900);
    window.show();
    window.showTab(0);
    window.configEditor()->showSection(section);
    return QTest::qWaitForWindowExposed(&window);
}

template <typename Widget> Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QLatin1String(name));
}

// Types a value into a spin box as a user does: select all, type, Enter.
inline void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Enter);
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

// A data-driven test's rows: one per language of the app, in the column "language".
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "fr", "nl"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// The texts that can carry an accelerator under root: labels, buttons and group titles; with visibleOnly, only
// those shown when root is (a hidden page of a stack takes no Alt key).
inline QStringList acceleratorTexts(const QWidget *root, bool visibleOnly = false)
{
    QStringList texts;
    auto shown = [root, visibleOnly](const QWidget *widget) { return !visibleOnly || widget->isVisibleTo(root); };
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (shown(label))
            texts << label->text();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (shown(button))
            texts << button->text();
    for (const QGroupBox *group : root->findChildren<QGroupBox *>())
        if (shown(group))
            texts << group->title();
    return texts;
}

// Each accelerator of the texts with the text that has it; a letter two texts have is added to clashes.
inline QMap<QChar, QString> acceleratorOwners(const QStringList &texts, QStringList &clashes)
{
    QMap<QChar, QString> owners;
    for (const QString &text : texts) {
        const QChar key = accelerator(text);
        if (key.isNull())
            continue;
        if (owners.contains(key))
            clashes << QStringLiteral("'%1': %2 and %3").arg(key, owners[key], text);
        owners[key] = text;
    }
    return owners;
}

} // namespace cdr::gui::test

// The gaps of the first version: the unsaved-changes question before close, open and preset switch; icons on
// every toolbar and menu action without a desktop theme; record counts up to 10^12.
#include "guitestsupport.h"

#include "config/configloader.h"
#include "generationpanel.h"
#include "presetmanager.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QToolBar>
#include <QtTest>

#include <functional>

using namespace cdr;
using namespace cdr::gui;

class TestGuiGaps : public QObject {
    Q_OBJECT

    // Saves the built-in default config, edited by `edit`, as the preset `path` (from a window of its own).
    static bool writePreset(const QString &path, const std::function<void(Config &)> &edit = {})
    {
        MainWindow writer;
        writer.initialize(PresetManager::kBuiltInDefault);
        if (edit)
            test::editConfig(writer, edit);
        return writer.savePresetAs(path);
    }

private slots:
    void initTestCase() { test::isolate(m_dir); }

    void closeAsksAboutUnsavedChanges()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        window.show();
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        window.setUnsavedChangesPrompt([&] {
            ++asked;
            return answer;
        });
        QVERIFY(!window.isModified());
        QVERIFY(window.close()); // nothing to save: no question
        QCOMPARE(asked, 0);

        window.show();
        test::editConfig(window, [](Config &c) { c.generation.records = 12'345; });
        QVERIFY(window.isModified());
        QVERIFY(window.windowTitle().contains(QLatin1Char('*')));
        QVERIFY(!window.close()); // Cancel keeps the window and the edit
        QCOMPARE(asked, 1);
        QVERIFY(window.isVisible());
        QCOMPARE(window.configEditor()->config().generation.records, 12'345);

        answer = QMessageBox::Discard;
        QVERIFY(window.close());
        QCOMPARE(asked, 2);
        QVERIFY(!window.isVisible());
    }

    void saveInTheQuestionSavesThenCloses()
    {
        const QString preset = m_dir.filePath(QStringLiteral("saved-on-close.yml"));
        QVERIFY(writePreset(preset));
        MainWindow window;
        window.initialize(preset);
        window.show();
        window.setUnsavedChangesPrompt([] { return QMessageBox::Save; });
        test::editConfig(window, [](Config &c) { c.generation.records = 31'337; });
        QVERIFY(window.close());
        QVERIFY(!window.isModified());
        const ConfigLoadResult saved = loadConfigFile(preset.toStdString());
        QVERIFY(saved.ok());
        QCOMPARE(saved.config.generation.records, 31'337);
    }

    void saveThatFailsKeepsTheWindow()
    {
        // The preset's folder is replaced by a file after opening, so Save cannot write it.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("gone")));
        const QString preset = m_dir.filePath(QStringLiteral("gone/preset.yml"));
        QVERIFY(writePreset(preset));
        MainWindow window;
        window.initialize(preset);
        window.show();
        QCOMPARE(window.presetManager()->savePath(), preset);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("gone"))).removeRecursively());
        QFile blocker(m_dir.filePath(QStringLiteral("gone")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        window.setUnsavedChangesPrompt([] { return QMessageBox::Save; });
        test::editConfig(window, [](Config &c) { c.generation.records = 54'321; });
        QString warning;
        QTimer::singleShot(200, &window, [&warning] { // the "Cannot save" warning, answered as a user would
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->windowTitle();
                box->accept();
            }
        });
        QVERIFY(!window.close());
        QCOMPARE(warning, QStringLiteral("Cannot save configuration"));
        QVERIFY(window.isVisible());
        QVERIFY(window.isModified());
        QCOMPARE(window.configEditor()->config().generation.records, 54'321);
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    }

    void openAndPresetSwitchAskFirst()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.yml"));
        QVERIFY(writePreset(other, [](Config &c) { c.generation.records = 777; }));
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        window.setUnsavedChangesPrompt([&] {
            ++asked;
            return answer;
        });
        test::editConfig(window, [](Config &c) { c.generation.records = 4'242; });

        // The Presets and Open Recent menus ask for openRequested.
        emit window.presetManager()->openRequested(other);
        QCOMPARE(asked, 1);
        QCOMPARE(window.configEditor()->config().generation.records, 4'242); // Cancel: nothing changed

        answer = QMessageBox::Discard;
        emit window.presetManager()->openRequested(other);
        QCOMPARE(asked, 2);
        QCOMPARE(window.configEditor()->config().generation.records, 777);
        QVERIFY(!window.isModified());
    }

    void everyActionHasAnIcon()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar);
        QList<QAction *> actions = toolBar->actions();
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            actions += menu->actions();
        int checked = 0;
        for (QAction *action : actions) {
            if (action->isSeparator() || action->menu())
                continue;
            QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
            QVERIFY2(!action->icon().pixmap(22).isNull(), qPrintable(action->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 9);
        // The spot for application settings (the language menu) shows once something asks for it.
        QMenu *settings = window.settingsMenu();
        QVERIFY(settings);
        QVERIFY(window.menuBar()->actions().contains(settings->menuAction()));
        QVERIFY(settings->menuAction()->isVisible());
        // The bundled fallbacks themselves render (no icon theme on this platform).
        for (const char *name : {"document-open", "document-save", "document-save-as", "document-import",
                                 "application-exit", "view-refresh", "media-playback-start", "media-playback-stop",
                                 "help-about"}) {
            const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
            const QImage image = icon.pixmap(24).toImage();
            QVERIFY2(!image.isNull(), name);
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y)
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(painted, name);
        }
    }

    void recordCountsUpTo10To12()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        window.configEditor()->showSection(3);
        window.show();
        auto *records = window.findChild<QDoubleSpinBox *>(QStringLiteral("records"));
        QVERIFY(records);
        auto type = [&](const QString &text) {
            records->setFocus();
            records->selectAll();
            QTest::keyClicks(records, text);
            QTest::keyClick(records, Qt::Key_Tab);
        };
        auto recordIssues = [&] {
            QStringList found;
            // Errors only: 10^12 records may well draw the realism warning about busy subscribers.
            for (const ConfigIssue &issue : window.configEditor()->issues())
                if (issue.keyPath == "generation.records" && issue.severity == ConfigIssue::Severity::Error)
                    found << QString::fromStdString(issue.message);
            return found;
        };

        type(QStringLiteral("1000000000000"));
        QCOMPARE(window.configEditor()->config().generation.records, std::int64_t(1'000'000'000'000));
        QVERIFY2(recordIssues().isEmpty(), qPrintable(recordIssues().join(QLatin1Char('|'))));
        QVERIFY(window.configEditor()->canStart());

        type(QStringLiteral("1000000000001"));
        QCOMPARE(window.configEditor()->config().generation.records, std::int64_t(1'000'000'000'001));
        QCOMPARE(recordIssues().size(), 1); // the config's own rule and message
        QVERIFY(!window.configEditor()->canStart());
        auto *page = window.findChild<GenerationPanel *>();
        QVERIFY(page);
        auto *issueLabel = page->findChild<QLabel *>(QStringLiteral("issueLabel"));
        QVERIFY(issueLabel);
        QVERIFY2(issueLabel->text().contains(QStringLiteral("generation.records")), qPrintable(issueLabel->text()));
        QVERIFY(issueLabel->text().contains(recordIssues().first()));

        // A preset of 10^12 records loads into the field unchanged.
        test::editConfig(window, [](Config &c) { c.generation.records = 1'000'000'000'000; });
        QCOMPARE(records->value(), 1e12);
        QCOMPARE(window.configEditor()->config().generation.records, std::int64_t(1'000'000'000'000));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiGaps)
#include "test_gui_gaps.moc"

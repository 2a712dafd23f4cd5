#pragma once

#include "config/config.h"
#include "config/environment.h"
#include "metatypes.h"
#include "run/runrequest.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace cdr::gui {

class ConfigEditor;
class DatabasePanel;
class EngineCache;
class MailSender;
class MapPanel;
class PresetManager;
class PreviewPanel;
class QtLogSink;
class ReportActions;
class RunHistoryModel;
class RunPanel;
class RunSession;

// Wires the pages (configuration, database, preview, map, run) to the presets, the run session and the mail
// sender. Logic lives in the pages and in core; this class only connects them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads configPath, else the last preset, else the built-in Belgian default; and envPath (or ./.env).
    void initialize(const QString &configPath = {}, const QString &envPath = {});

    bool openPreset(const QString &path);
    bool savePresetAs(const QString &path);
    // Save; with no file yet, Save As. False when nothing was saved (failure or the dialog was cancelled).
    bool save();
    bool loadEnvironment(const QString &path);
    bool startRun();
    void cancelRun();
    bool isRunning() const;

    ConfigEditor *configEditor() const;
    DatabasePanel *databasePanel() const;
    PreviewPanel *previewPanel() const;
    MapPanel *mapPanel() const;
    RunPanel *runPanel() const;
    PresetManager *presetManager() const { return m_presets; }
    RunHistoryModel *runHistory() const { return m_history; }
    ReportActions *reports() const { return m_reports; }
    void showTab(int index);
    const RunSummary &lastSummary() const { return m_lastSummary; }
    // The menu for application settings (e.g. the language); shown once something asks for it.
    QMenu *settingsMenu() const;

    bool isModified() const { return m_modified; }
    // Asks Save / Discard / Cancel when the config has unsaved changes. True when the caller may go on (saved,
    // discarded or nothing to save); false on Cancel or when the save failed.
    bool maybeSaveChanges();
    // Replaces the Save / Discard / Cancel question (tests answer it without a modal dialog).
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton()>;
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    // Loads the configuration of a history row into the editor (after maybeSaveChanges()).
    bool loadRunFromHistory(int row);

signals:
    void runFinished(const cdr::RunSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectPages();
    void updateStartState();
    void updateTitle();
    QString runDescription() const;
    void onRunFinished(const RunSummary &summary);
    bool saveAs();
    void showAbout();
    void setUpIcons();
    void recordRunInHistory(const RunSummary &summary);
    void applyLogging(const LoggingConfig &logging);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<EngineCache> m_engineCache;
    std::shared_ptr<QtLogSink> m_logSink;
    PresetManager *m_presets;
    RunSession *m_session;
    MailSender *m_mail;
    RunHistoryModel *m_history;
    ReportActions *m_reports;
    UnsavedChangesPrompt m_unsavedPrompt;
    Environment m_environment;
    RunSummary m_lastSummary;
    LoggingConfig m_logging;
    bool m_loggingApplied = false;
    bool m_modified = false;
    bool m_closeAfterRun = false;
    // What the history needs of the run in progress, taken when it starts.
    struct RunStart {
        QDateTime time;
        QString configYaml;
        QString presetName;
        QString target;
    } m_runStart;
};

} // namespace cdr::gui

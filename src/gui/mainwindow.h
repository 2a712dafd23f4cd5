#pragma once

#include "config/config.h"
#include "config/environment.h"
#include "metatypes.h"
#include "run/runrequest.h"

#include <QMainWindow>

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
    void showTab(int index);
    const RunSummary &lastSummary() const { return m_lastSummary; }

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
    void saveAs();
    void save();
    void showAbout();
    void applyLogging(const LoggingConfig &logging);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<EngineCache> m_engineCache;
    std::shared_ptr<QtLogSink> m_logSink;
    PresetManager *m_presets;
    RunSession *m_session;
    MailSender *m_mail;
    Environment m_environment;
    RunSummary m_lastSummary;
    LoggingConfig m_logging;
    bool m_loggingApplied = false;
    bool m_modified = false;
    bool m_closeAfterRun = false;
};

} // namespace cdr::gui

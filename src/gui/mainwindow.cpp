#include "mainwindow.h"

#include "aboutdialog.h"
#include "config/configloader.h"
#include "config/configwriter.h"
#include "config/connectionsettings.h"
#include "config/datalocations.h"
#include "configeditor.h"
#include "databasepanel.h"
#include "enginecache.h"
#include "events/eventspanel.h"
#include "languagemenu.h"
#include "logging/logsetup.h"
#include "logging/redactingsink.h"
#include "logpane.h"
#include "mailsender.h"
#include "mappanel.h"
#include "mapwidget.h"
#include "presetmanager.h"
#include "previewpanel.h"
#include "qtlogsink.h"
#include "report/reportactions.h"
#include "report/tablesource.h"
#include "runhistorymodel.h"
#include "runpanel.h"
#include "runsession.h"
#include "scenarios/scenariospanel.h"
#include "themeicon.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace cdr::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_engineCache(std::make_shared<EngineCache>()),
      m_logSink(std::make_shared<QtLogSink>()), m_presets(new PresetManager(this)), m_session(new RunSession(this)),
      m_mail(new MailSender(this)), m_history(new RunHistoryModel(RunHistory::defaultFilePath(), this)),
      m_reports(new ReportActions(this))
{
    m_ui->setupUi(this);
    setUpIcons();
    m_ui->menuSettings->menuAction()->setVisible(false);
    QString historyError;
    if (!m_history->load(&historyError))
        spdlog::warn("{}", historyError.toStdString());
    m_ui->runPanel->setHistoryModel(m_history);
    if (QFileInfo::exists(QStringLiteral(":/icons/cdrgen.svg")))
        setWindowIcon(QIcon(QStringLiteral(":/icons/cdrgen.svg")));
    m_ui->configEditor->addExternalSection(m_ui->databasePanel);
    auto currentConfig = [this] { return m_ui->configEditor->config(); };
    m_ui->databasePanel->setConfigProvider(currentConfig);
    m_ui->previewPanel->setConfigProvider(currentConfig);
    m_ui->previewPanel->setEngineCache(m_engineCache);
    m_ui->mapPanel->setEngineCache(m_engineCache);
    m_ui->configEditor->scenariosPanel()->setWorldSource(m_engineCache, currentConfig);
    connect(m_logSink->emitter(), &LogEmitter::message, m_ui->runPanel->logPane(), &LogPane::append,
            Qt::QueuedConnection);
    m_ui->menuBar->insertMenu(m_ui->menuHelp->menuAction(), new LanguageMenu(this));
    connectActions();
    connectPages();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_ui->databasePanel->restoreState(settings);
    m_ui->previewPanel->setRecordCount(settings.value(QStringLiteral("preview/records"), 1000).toInt());
    m_ui->runPanel->setMailWhenDone(settings.value(QStringLiteral("run/mailWhenDone"), false).toBool());
    m_ui->runPanel->logPane()->setMinimumLevel(
        settings.value(QStringLiteral("log/minimumLevel"), int(spdlog::level::info)).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpIcons()
{
    const std::pair<QAction *, const char *> icons[] = {
        {m_ui->actionOpen, "document-open"},        {m_ui->actionSave, "document-save"},
        {m_ui->actionSaveAs, "document-save-as"},   {m_ui->actionLoadEnv, "document-import"},
        {m_ui->actionQuit, "application-exit"},     {m_ui->actionPreview, "view-refresh"},
        {m_ui->actionStart, "media-playback-start"}, {m_ui->actionCancel, "media-playback-stop"},
        {m_ui->actionAbout, "help-about"}};
    for (const auto &[action, name] : icons)
        action->setIcon(themeIcon(QLatin1String(name)));
}

QMenu *MainWindow::settingsMenu() const
{
    // Hidden while empty, so no bare menu shows before anything is added to it.
    m_ui->menuSettings->menuAction()->setVisible(true);
    return m_ui->menuSettings;
}

bool MainWindow::maybeSaveChanges()
{
    if (!m_modified)
        return true;
    QMessageBox::StandardButton answer;
    if (m_unsavedPrompt) {
        answer = m_unsavedPrompt();
    } else {
        answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("The configuration %1 has unsaved changes. Save them first?").arg(m_presets->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::connectActions()
{
    connect(m_ui->actionOpen, &QAction::triggered, this, [this] {
        if (!maybeSaveChanges())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open configuration"), QFileInfo(m_presets->savePath()).path(),
                                                          tr("YAML configuration (*.yml *.yaml);;All files (*)"));
        if (!path.isEmpty())
            openPreset(path);
    });
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionLoadEnv, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load .env"), QString(),
                                                          tr(".env files (.env *.env);;All files (*)"), nullptr,
                                                          QFileDialog::DontUseNativeDialog);
        if (!path.isEmpty())
            loadEnvironment(path);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPreview, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->previewTab);
        m_ui->previewPanel->generate();
    });
    connect(m_ui->actionStart, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, [this] { m_presets->fillRecentMenu(m_ui->menuRecent); });
    connect(m_ui->menuPresets, &QMenu::aboutToShow, this, [this] { m_presets->fillPresetsMenu(m_ui->menuPresets); });
    connect(m_presets, &PresetManager::openRequested, this, [this](const QString &path) {
        if (maybeSaveChanges())
            openPreset(path);
    });
    connect(m_presets, &PresetManager::currentPathChanged, this, &MainWindow::updateTitle);
    m_ui->actionCancel->setEnabled(false);
}

void MainWindow::connectPages()
{
    ConfigEditor *editor = m_ui->configEditor;
    connect(editor, &ConfigEditor::configEdited, this, [this, editor] {
        m_modified = true;
        updateTitle();
        updateStartState();
        m_ui->previewPanel->markStale();
        m_ui->mapPanel->setConfig(editor->config(), !editor->hasErrors());
    });
    connect(editor, &ConfigEditor::canStartChanged, this, &MainWindow::updateStartState);
    connect(m_ui->previewPanel, &PreviewPanel::previewReady, m_ui->mapPanel, &MapPanel::setPreviewRecords);
    connect(m_ui->previewPanel, &PreviewPanel::recordSelected, m_ui->mapPanel, &MapPanel::showRecord);
    connect(m_ui->previewPanel, &PreviewPanel::recordOpened, this, [this](const CdrRecord &record) {
        m_ui->mapPanel->showRecord(record);
        m_ui->tabs->setCurrentWidget(m_ui->mapTab);
        m_ui->mapPanel->map()->zoomToRecord();
    });
    connect(m_ui->mapPanel, &MapPanel::boundingBoxEdited, editor, &ConfigEditor::setBoundingBox);
    // The Events page's map shows the Map tab's world, built for it when the page is shown.
    auto showWorldOnEventsPage = [this, editor] {
        const MapWidget *map = m_ui->mapPanel->map();
        editor->eventsPanel()->showWorld(map->antennas(), map->operatorCodes(), map->antennaTypes());
    };
    connect(m_ui->mapPanel, &MapPanel::worldShown, this, showWorldOnEventsPage);
    connect(editor->eventsPanel(), &EventsPanel::worldWanted, this, [this, showWorldOnEventsPage] {
        m_ui->mapPanel->rebuildNow();
        if (!m_ui->mapPanel->isBuilding())
            showWorldOnEventsPage(); // the world is current (or the config invalid): show what the map has
    });
    connect(m_ui->runPanel, &RunPanel::runAgainRequested, this, &MainWindow::loadRunFromHistory);
    connect(m_ui->previewPanel, &PreviewPanel::busyChanged, m_ui->actionPreview, &QAction::setDisabled);
    connect(m_ui->runPanel, &RunPanel::startRequested, this, &MainWindow::startRun);
    connect(m_ui->runPanel, &RunPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_ui->runPanel, &RunPanel::testMailRequested, this, [this] {
        m_ui->runPanel->setMailStatus(tr("Sending a test e-mail…"), true);
        m_mail->sendTest();
    });
    connect(m_mail, &MailSender::done, m_ui->runPanel, &RunPanel::setMailStatus);
    connect(m_ui->databasePanel, &DatabasePanel::loadEnvRequested, m_ui->actionLoadEnv, &QAction::trigger);
    connect(m_ui->databasePanel, &DatabasePanel::targetChanged, this, &MainWindow::updateStartState);
    connect(m_session, &RunSession::progress, m_ui->runPanel, &RunPanel::showProgress);
    connect(m_session, &RunSession::finished, this, &MainWindow::onRunFinished);
    m_ui->menuRun->addAction(m_reports->openReportAction());
    m_ui->runPanel->setOpenReportAction(m_reports->openReportAction());
    connect(m_ui->databasePanel, &DatabasePanel::profileRequested, this, [this](const QString &file) {
        DatabasePanel *panel = m_ui->databasePanel;
        const Config config = m_ui->configEditor->config();
        m_reports->profile(file.isEmpty() ? targetSource(panel->target(), panel->connection(), panel->table(),
                                                         config.database.connectTimeoutS)
                                          : fileSource(file, panel->table()),
                           config.operators);
    });
}

void MainWindow::initialize(const QString &configPath, const QString &envPath)
{
    const QString env = envPath.isEmpty() ? QStringLiteral(".env") : envPath;
    m_ui->databasePanel->keepRestoredTarget(envPath.isEmpty()); // --env FILE: its connection chooses the target
    if (QFileInfo::exists(env))
        loadEnvironment(env);
    else
        loadEnvironment(QString());
    const QString last = m_presets->lastPreset();
    bool loaded = false;
    if (!configPath.isEmpty())
        loaded = openPreset(configPath);
    else if (!last.isEmpty() && (last == PresetManager::kBuiltInDefault || QFileInfo::exists(last)))
        loaded = openPreset(last);
    if (!loaded)
        openPreset(PresetManager::kBuiltInDefault);
    applyLogging(m_ui->configEditor->config().logging);
}

void MainWindow::applyLogging(const LoggingConfig &logging)
{
    // Replacing the default logger while pool threads (preview, map) may log is avoided when nothing changed.
    if (m_loggingApplied && logging.level == m_logging.level && logging.format == m_logging.format &&
        logging.file == m_logging.file)
        return;
    setupLogging(logging, {m_logSink});
    m_logging = logging;
    m_loggingApplied = true;
}

bool MainWindow::openPreset(const QString &path)
{
    const ConfigLoadResult result = m_presets->load(path);
    QStringList problems;
    for (const ConfigIssue &issue : result.issues)
        problems << QString::fromStdString(issue.toString());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open configuration"),
                             tr("%1 has problems:\n\n%2").arg(path, problems.join(QLatin1Char('\n'))));
        return false;
    }
    m_ui->configEditor->setConfig(result.config);
    m_modified = false;
    updateTitle();
    statusBar()->showMessage(problems.isEmpty() ? tr("Opened %1").arg(m_presets->displayName())
                                                : tr("Opened %1 with warnings: %2").arg(m_presets->displayName(),
                                                                                        problems.join(QStringLiteral("; "))),
                             8000);
    return true;
}

bool MainWindow::savePresetAs(const QString &path)
{
    QString error;
    if (!m_presets->save(m_ui->configEditor->config(), path, &error)) {
        QMessageBox::warning(this, tr("Cannot save configuration"), error);
        return false;
    }
    m_modified = false;
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save()
{
    const QString path = m_presets->savePath();
    return path.isEmpty() ? saveAs() : savePresetAs(path);
}

bool MainWindow::saveAs()
{
    const QString start = m_presets->savePath().isEmpty()
                              ? QString::fromStdString(userPresetDirectory()) + QStringLiteral("/my-preset.yml")
                              : m_presets->savePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration as"), start,
                                                      tr("YAML configuration (*.yml *.yaml)"));
    return !path.isEmpty() && savePresetAs(path);
}

bool MainWindow::loadEnvironment(const QString &path)
{
    std::vector<ConfigIssue> issues;
    m_environment = Environment::load(path.toStdString(), &issues);
    m_mail->setEnvironment(m_environment);
    const ConnectionSettings connection = ConnectionSettings::fromEnvironment(m_environment);
    const QString source = path.isEmpty() ? tr("No .env file found; values from the process environment.")
                                          : tr("Connection values from %1.").arg(QFileInfo(path).absoluteFilePath());
    m_ui->databasePanel->loadConnection(connection, source);
    for (const ConfigIssue &issue : issues)
        spdlog::warn("{}", issue.toString());
    updateStartState();
    return !hasErrors(issues);
}

void MainWindow::updateStartState()
{
    const bool running = m_session->isRunning();
    const bool allowed = m_ui->configEditor->canStart();
    m_ui->actionStart->setEnabled(allowed && !running);
    m_ui->actionCancel->setEnabled(running);
    m_ui->runPanel->setStartAllowed(allowed, allowed ? QString() : tr("Start is blocked: fix the problems shown on the "
                                                                      "Configuration tab first."));
    m_ui->runPanel->setTargetDescription(runDescription());
}

QString MainWindow::runDescription() const
{
    const Config config = m_ui->configEditor->config();
    const QLocale locale;
    return tr("%1, table %2 · %3 records in batches of %4 · seed %5")
        .arg(m_ui->databasePanel->targetDescription(), QString::fromStdString(m_ui->databasePanel->table()),
             locale.toString(qlonglong(config.generation.records)),
             locale.toString(qlonglong(config.generation.batchSize)), QString::number(config.generation.seed));
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1%2 — cdrgen").arg(m_presets->displayName(), m_modified ? QStringLiteral("*") : QString()));
}

bool MainWindow::startRun()
{
    if (m_session->isRunning() || !m_ui->configEditor->canStart())
        return false;
    if (const QString problem = m_ui->databasePanel->problem(); !problem.isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_ui->databaseTab);
        QMessageBox::warning(this, tr("Cannot start"), problem);
        return false;
    }
    RunRequest request;
    request.config = m_ui->configEditor->config();
    request.target = m_ui->databasePanel->target();
    request.connection = m_ui->databasePanel->connection();
    request.table = m_ui->databasePanel->table();
    const std::string &mode = request.config.database.ifExists;
    request.ifExists = mode == "replace" ? IfExists::Replace : mode == "fail" ? IfExists::Fail : IfExists::Resume;
    request.configPath = m_presets->savePath().toStdString();
    // database.*_load_sql file paths are relative to the preset's folder (a new preset: the working folder).
    if (const QString saved = m_presets->savePath(); !saved.isEmpty() && !saved.startsWith(u':'))
        request.configDir = QFileInfo(saved).absolutePath().toStdString();
    request.logPath = request.config.logging.file;
    for (const std::string &secret : {request.connection.password, request.target.password})
        if (!secret.empty())
            registerSecret(secret);
    applyLogging(request.config.logging);
    m_runStart = {QDateTime::currentDateTimeUtc(), QString::fromStdString(configToYaml(request.config)),
                  m_presets->displayName(), m_ui->databasePanel->targetDescription()};
    m_ui->runPanel->setTargetDescription(runDescription());
    m_ui->runPanel->setRunning(true);
    m_ui->tabs->setCurrentWidget(m_ui->runTab);
    m_reports->runStarted(request);
    const bool started = m_session->start(request);
    updateStartState();
    return started;
}

void MainWindow::cancelRun()
{
    if (!m_session->isRunning())
        return;
    m_session->cancel();
    m_ui->actionCancel->setEnabled(false);
    statusBar()->showMessage(tr("Cancelling after the current batch…"));
}

bool MainWindow::isRunning() const
{
    return m_session->isRunning();
}

void MainWindow::onRunFinished(const RunSummary &summary)
{
    m_lastSummary = summary;
    static const char *const outcomes[] = {"completed", "cancelled", "failed"};
    spdlog::info("Run {}: {} rows in {:.1f} s ({:.0f} rows/s) into {}{}{}", outcomes[int(summary.outcome)],
                 summary.inserted, summary.elapsedSeconds, summary.rowsPerSecond, summary.target,
                 summary.error.empty() ? "" : ": ", summary.error);
    m_ui->runPanel->setRunning(false);
    m_ui->runPanel->showSummary(summary);
    recordRunInHistory(summary);
    m_reports->runFinished(summary);
    updateStartState();
    statusBar()->clearMessage();
    if (m_ui->runPanel->mailWhenDone() && !m_closeAfterRun) {
        m_ui->runPanel->setMailStatus(tr("Sending the summary e-mail…"), true);
        m_mail->sendSummary(summary);
    }
    emit runFinished(summary);
    if (m_closeAfterRun)
        close();
}

void MainWindow::recordRunInHistory(const RunSummary &summary)
{
    static const char *const outcomes[] = {"completed", "cancelled", "failed"};
    RunRecord run;
    run.started = m_runStart.time;
    // The sink's description never holds a password; a sink that could not even be created has none, then the
    // Database tab's description (server, database) stands in. Registered secrets are masked all the same.
    const std::string target = summary.target.empty() ? m_runStart.target.toStdString() : summary.target;
    run.target = QString::fromStdString(RedactingSink::redact(target));
    run.records = summary.inserted;
    run.seconds = summary.elapsedSeconds;
    run.rowsPerSecond = summary.rowsPerSecond;
    run.outcome = QLatin1String(outcomes[int(summary.outcome)]);
    run.error = QString::fromStdString(RedactingSink::redact(summary.error));
    run.presetName = m_runStart.presetName;
    run.configYaml = m_runStart.configYaml;
    QString error;
    if (!m_history->add(run, &error)) {
        spdlog::warn("Run history: {}", error.toStdString());
        statusBar()->showMessage(tr("The run history was not saved: %1").arg(error), 8000);
    }
}

bool MainWindow::loadRunFromHistory(int row)
{
    if (row < 0 || row >= m_history->rowCount() || !maybeSaveChanges())
        return false;
    const RunRecord &run = m_history->run(row);
    if (run.configYaml.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Cannot load this run"), tr("The history holds no configuration for this run."));
        return false;
    }
    const ConfigLoadResult result = loadConfigText(run.configYaml.toStdString(), "run history");
    if (!result.ok()) {
        QStringList problems;
        for (const ConfigIssue &issue : result.issues)
            problems << QString::fromStdString(issue.toString());
        QMessageBox::warning(this, tr("Cannot load this run"), problems.join(QLatin1Char('\n')));
        return false;
    }
    m_ui->configEditor->setConfig(result.config); // marks the window modified: this config is in no file yet
    statusBar()->showMessage(tr("Loaded the configuration of the run started %1 (preset %2); Start runs it again.")
                                 .arg(QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat),
                                      run.presetName),
                             10000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // After "cancel the run and quit" the user already chose to leave; the question comes before that one.
    if (!m_closeAfterRun && !maybeSaveChanges()) {
        event->ignore();
        return;
    }
    if (m_session->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Run in progress"),
            tr("A run is in progress. Cancel it and quit?\n\nThe current batch is finished first; the table stays "
               "resumable."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            m_closeAfterRun = true;
            cancelRun();
        }
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_ui->tabs->currentIndex());
    settings.setValue(QStringLiteral("preview/records"), m_ui->previewPanel->recordCount());
    settings.setValue(QStringLiteral("run/mailWhenDone"), m_ui->runPanel->mailWhenDone());
    settings.setValue(QStringLiteral("log/minimumLevel"), m_ui->runPanel->logPane()->minimumLevel());
    m_ui->databasePanel->saveState(settings);
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showTab(int index)
{
    m_ui->tabs->setCurrentIndex(index);
}

ConfigEditor *MainWindow::configEditor() const { return m_ui->configEditor; }
DatabasePanel *MainWindow::databasePanel() const { return m_ui->databasePanel; }
PreviewPanel *MainWindow::previewPanel() const { return m_ui->previewPanel; }
MapPanel *MainWindow::mapPanel() const { return m_ui->mapPanel; }
RunPanel *MainWindow::runPanel() const { return m_ui->runPanel; }

} // namespace cdr::gui

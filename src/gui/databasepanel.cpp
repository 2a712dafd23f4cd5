#include "databasepanel.h"

#include "config/tablename.h"
#include "loadsql/loadsql.h"
#include "report/cdrrowsource.h"
#include "run/loadsqlstep.h"
#include "split/splitsinkfactory.h"
#include "connectiontester.h"
#include "formwiring.h"
#include "odbcdrivers.h"
#include "sqlddldialog.h"
#include "targetfiles.h"
#include "ui_databasepanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QSettings>

#include <utility>

namespace cdr::gui {

namespace {
const char *const kIfExists[] = {"resume", "replace", "fail"};
constexpr TargetSpec::Kind kKinds[] = {TargetSpec::Kind::Sqlite, TargetSpec::Kind::Csv,      TargetSpec::Kind::Odbc,
                                       TargetSpec::Kind::Postgres, TargetSpec::Kind::Tsql, TargetSpec::Kind::Bcp};
const QString kSplitKey = QStringLiteral("database/split");
} // namespace

DatabasePanel::DatabasePanel(QWidget *parent)
    : SectionPanel(parent), m_ui(std::make_unique<Ui::DatabasePanel>())
{
    m_ui->setupUi(this);
    setIssueLabel(m_ui->issueLabel);
    for (TargetSpec::Kind kind : kKinds)
        if (TargetFiles::isFile(kind))
            m_paths[kind] = QDir::current().absoluteFilePath(TargetFiles::defaultName(kind));
    // Order = TargetSpec::Kind.
    m_ui->targetKind->addItems({tr("SQLite file (embedded)"), tr("CSV file"), tr("ODBC (SQL Server, PostgreSQL, …)"),
                                tr("PostgreSQL (native, COPY)"), tr("T-SQL script for SQL Server (.sql, .sql.gz)"),
                                tr("bcp files for SQL Server (folder)")});
    m_ui->splitPeriod->addItem(tr("none (one file)"), int(SplitPeriod::None));
    m_ui->splitPeriod->addItem(tr("day"), int(SplitPeriod::Day));
    m_ui->splitPeriod->addItem(tr("hour"), int(SplitPeriod::Hour));
    m_loadSqlHint = m_ui->loadSqlHint->text();
    // A wrapped label in a form gets the width of its size hint only: a few words a line without this.
    m_ui->splitHint->setMinimumWidth(m_ui->splitHint->fontMetrics().averageCharWidth() * 60);
    connect(m_ui->splitPeriod, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->splitPeriod->isEnabled())
            m_split = static_cast<SplitPeriod>(m_ui->splitPeriod->currentData().toInt());
    });
    // Shown in the user's language; the item's data is the config.yml keyword.
    const QString ifExistsTitles[] = {tr("resume"), tr("replace"), tr("fail")};
    for (std::size_t i = 0; i < std::size(kIfExists); ++i)
        m_ui->ifExists->addItem(ifExistsTitles[i], QString::fromLatin1(kIfExists[i]));
    m_ui->table->setText(QStringLiteral("cdr"));
    m_ui->server->setPlaceholderText(tr("e.g. sql.example.com"));
    m_ui->database->setPlaceholderText(tr("e.g. cdrdb"));
    m_ui->envLabel->setText(tr("No .env file loaded."));
    refreshDrivers();
    // database.* keys only: the connection fields are not part of config.yml.
    connectEdits(m_ui->behaviourGroup, this, [this] { notifyEdited(); });
    connect(m_ui->worldTables, &QCheckBox::toggled, this, [this] { notifyEdited(); });
    connectEdits(m_ui->targetGroup, this, [this] { emit targetChanged(); });
    connect(this, &DatabasePanel::targetChanged, this, &DatabasePanel::updateTargetDependents);
    connect(m_ui->targetKind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleRows();
        m_ui->testResult->clear();
    });
    connect(m_ui->filePath, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (TargetFiles::isFile(kind()))
            m_paths[kind()] = path;
    });
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString path = TargetFiles::choose(this, kind(), m_ui->filePath->text());
        if (path.isEmpty())
            return;
        m_ui->filePath->setText(path);
        emit targetChanged();
    });
    for (QPlainTextEdit *edit : {m_ui->beforeLoadSql, m_ui->afterLoadSql})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            updateLoadSqlFields();
            notifyEdited();
        });
    connect(m_ui->beforeLoadSqlFileButton, &QToolButton::clicked, this, [this] { chooseSqlFile(m_ui->beforeLoadSql); });
    connect(m_ui->afterLoadSqlFileButton, &QToolButton::clicked, this, [this] { chooseSqlFile(m_ui->afterLoadSql); });
    connect(m_ui->refreshDriversButton, &QToolButton::clicked, this, &DatabasePanel::refreshDrivers);
    connect(m_ui->testButton, &QPushButton::clicked, this, &DatabasePanel::testConnection);
    connect(m_ui->showSqlButton, &QPushButton::clicked, this, &DatabasePanel::showSql);
    connect(m_ui->loadEnvButton, &QPushButton::clicked, this, &DatabasePanel::loadEnvRequested);
    auto *profileMenu = new QMenu(m_ui->profileButton);
    profileMenu->setToolTipsVisible(true); // why *This target's table* is disabled
    m_profileTarget = profileMenu->addAction(tr("This target's table"));
    m_profileTarget->setObjectName(QStringLiteral("actionProfileTarget"));
    connect(m_profileTarget, &QAction::triggered, this, [this] { emit profileRequested(QString()); });
    QAction *profileFile = profileMenu->addAction(tr("A CSV or SQLite file…"));
    profileFile->setObjectName(QStringLiteral("actionProfileFile"));
    connect(profileFile, &QAction::triggered, this, &DatabasePanel::chooseFileToProfile);
    m_ui->profileButton->setMenu(profileMenu);
    setTarget(TargetSpec::Kind::Sqlite);
}

void DatabasePanel::chooseFileToProfile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Profile a table"), QFileInfo(m_ui->filePath->text()).absolutePath(),
        tr("CDR tables (*.csv *.csv.gz *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        emit profileRequested(path);
}

DatabasePanel::~DatabasePanel() = default;

void DatabasePanel::refreshDrivers()
{
    const QString current = m_ui->driver->currentText();
    m_ui->driver->clear();
    m_ui->driver->addItems(OdbcDrivers::installed());
    m_ui->driver->setCurrentText(current);
}

void DatabasePanel::setTarget(TargetSpec::Kind kind, const QString &path)
{
    m_ui->targetKind->setCurrentIndex(static_cast<int>(kind));
    if (!path.isEmpty() && TargetFiles::isFile(kind))
        m_paths[kind] = path;
    updateVisibleRows();
}

TargetSpec::Kind DatabasePanel::kind() const
{
    return static_cast<TargetSpec::Kind>(m_ui->targetKind->currentIndex());
}

void DatabasePanel::updateVisibleRows()
{
    const TargetSpec::Kind kind = this->kind();
    const bool file = TargetFiles::isFile(kind);
    const bool odbc = kind == TargetSpec::Kind::Odbc;
    QFormLayout *form = m_ui->targetForm;
    form->setRowVisible(m_ui->filePathRow, file);
    m_ui->filePathLabel->setText(TargetFiles::isFolder(kind) ? tr("F&older:") : tr("&File:"));
    const bool splittable = TargetFiles::canSplit(kind);
    {
        const QSignalBlocker blocker(m_ui->splitPeriod);
        m_ui->splitPeriod->setCurrentIndex(m_ui->splitPeriod->findData(int(splittable ? m_split : SplitPeriod::None)));
    }
    m_ui->splitPeriod->setEnabled(splittable);
    m_ui->splitPeriod->setToolTip(
        splittable ? tr("One file per day or hour of the records' start times, with a manifest of the files (the "
                        "command line's --split)")
                   : tr("Only files are split: choose a CSV file, a T-SQL script or bcp files (the command line's "
                        "--split refuses a database target)"));
    form->setRowVisible(m_ui->driverRow, odbc);
    form->setRowVisible(m_ui->dsn, odbc);
    form->setRowVisible(m_ui->options, odbc);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->server), static_cast<QWidget *>(m_ui->port),
                       static_cast<QWidget *>(m_ui->database), static_cast<QWidget *>(m_ui->user),
                       static_cast<QWidget *>(m_ui->password)})
        form->setRowVisible(w, !file);
    form->setRowVisible(m_ui->table, kind != TargetSpec::Kind::Csv);
    const QSignalBlocker blocker(m_ui->filePath);
    m_ui->filePath->setText(file ? m_paths[kind] : QString());
    emit targetChanged();
}

void DatabasePanel::updateTargetDependents()
{
    const TargetSpec spec = target();
    const bool split = spec.split != SplitPeriod::None;
    m_ui->targetForm->setRowVisible(m_ui->splitHint, split);
    if (split) {
        const std::string periodStart = m_configProvider ? m_configProvider().generation.periodStart : m_periodStart;
        m_ui->splitHint->setText(TargetFiles::splitHint(spec, table().empty() ? "cdr" : table(), periodStart));
    }
    const bool readable = canReadBack(spec);
    m_profileTarget->setEnabled(readable);
    m_profileTarget->setToolTip(readable ? QString()
                                         : tr("A T-SQL script, bcp files and split files cannot be read back: load "
                                              "them into a database and profile its table, or profile a CSV file"));
    updateLoadSqlFields();
}

void DatabasePanel::updateLoadSqlFields()
{
    const TargetSpec spec = target();
    const bool refused = !LoadSqlStep::targetRefusal(spec, std::string(LoadSql::kBeforeKey)).empty();
    QString why;
    if (spec.kind == TargetSpec::Kind::Csv)
        why = tr("A CSV file runs no SQL: load it into a database and run the SQL there.");
    else if (spec.split != SplitPeriod::None)
        why = tr("Split files are each loaded on their own: run the SQL once with sqlcmd -i (or psql -f) before and "
                 "after loading them.");
    else if (spec.kind == TargetSpec::Kind::Bcp)
        why = tr("A bcp folder runs no SQL: run it with sqlcmd -i before and after load.sh, or write a T-SQL script, "
                 "which holds it.");
    bool holdsText = false;
    const std::pair<QPlainTextEdit *, QToolButton *> fields[] = {{m_ui->beforeLoadSql, m_ui->beforeLoadSqlFileButton},
                                                                 {m_ui->afterLoadSql, m_ui->afterLoadSqlFileButton}};
    for (const auto &[edit, button] : fields) {
        const bool text = !edit->toPlainText().isEmpty();
        holdsText = holdsText || text;
        // Left enabled while it holds text, so that it can be emptied.
        edit->setEnabled(!refused || text);
        button->setEnabled(!refused);
        button->setToolTip(refused ? why : tr("Choose a .sql file to run instead of typed statements"));
    }
    QString hint = m_loadSqlHint;
    if (refused)
        hint = holdsText ? tr("%1 A run with this target stops before it starts while these fields hold text: empty "
                              "them.").arg(why)
                         : why;
    m_ui->loadSqlHint->setText(hint);
    m_ui->loadSqlGroup->setToolTip(refused ? why : QString());
}

void DatabasePanel::showEvent(QShowEvent *event)
{
    SectionPanel::showEvent(event);
    updateTargetDependents(); // the period may have changed on the Configuration tab
}

void DatabasePanel::loadConfig(const Config &config)
{
    const LoadGuard guard(this);
    const DatabaseConfig &d = config.database;
    const int mode = m_ui->ifExists->findData(QString::fromStdString(d.ifExists));
    m_ui->ifExists->setCurrentIndex(mode >= 0 ? mode : 0);
    m_ui->connectTimeout->setValue(d.connectTimeoutS);
    m_ui->queryTimeout->setValue(d.queryTimeoutS);
    m_ui->retryAttempts->setValue(d.retryAttempts);
    m_ui->retryInitialDelay->setValue(d.retryInitialDelayMs);
    m_ui->retryMultiplier->setValue(d.retryMultiplier);
    m_ui->retryMaxDelay->setValue(d.retryMaxDelayMs);
    m_ui->retryJitter->setValue(d.retryJitter);
    m_ui->worldTables->setChecked(d.worldTables);
    m_ui->beforeLoadSql->setPlainText(QString::fromStdString(d.beforeLoadSql));
    m_ui->afterLoadSql->setPlainText(QString::fromStdString(d.afterLoadSql));
    m_periodStart = config.generation.periodStart;
}

void DatabasePanel::applyTo(Config &config) const
{
    DatabaseConfig &d = config.database;
    d.ifExists = m_ui->ifExists->currentData().toString().toStdString();
    d.connectTimeoutS = m_ui->connectTimeout->value();
    d.queryTimeoutS = m_ui->queryTimeout->value();
    d.retryAttempts = m_ui->retryAttempts->value();
    d.retryInitialDelayMs = m_ui->retryInitialDelay->value();
    d.retryMultiplier = m_ui->retryMultiplier->value();
    d.retryMaxDelayMs = m_ui->retryMaxDelay->value();
    d.retryJitter = m_ui->retryJitter->value();
    d.worldTables = m_ui->worldTables->isChecked();
    d.beforeLoadSql = m_ui->beforeLoadSql->toPlainText().toStdString();
    d.afterLoadSql = m_ui->afterLoadSql->toPlainText().toStdString();
}

void DatabasePanel::chooseSqlFile(QPlainTextEdit *field)
{
    const QString current = field->toPlainText().trimmed();
    const QString start = LoadSql::isFilePath(current.toStdString()) ? current : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("SQL file"), start,
                                                      tr("SQL files (*.sql)"));
    if (!path.isEmpty())
        field->setPlainText(path);
}

QStringList DatabasePanel::issuePrefixes() const
{
    return {QStringLiteral("database")};
}

void DatabasePanel::loadConnection(const ConnectionSettings &c, const QString &sourceDescription)
{
    m_ui->envLabel->setText(sourceDescription);
    if (c.driver.empty() && m_ui->driver->count() > 0)
        m_ui->driver->setCurrentIndex(0); // an installed driver is a better start than nothing
    else
        m_ui->driver->setCurrentText(QString::fromStdString(c.driver));
    m_ui->dsn->setText(QString::fromStdString(c.dsn));
    m_ui->server->setText(QString::fromStdString(c.server));
    m_ui->port->setText(QString::fromStdString(c.port));
    m_ui->database->setText(QString::fromStdString(c.database));
    m_ui->user->setText(QString::fromStdString(c.user));
    m_ui->password->setText(QString::fromStdString(c.password));
    m_ui->options->setText(QString::fromStdString(c.options));
    m_ui->table->setText(QString::fromStdString(c.table.empty() ? std::string("cdr") : c.table));
    // The .env read at start-up leaves the target of the last session; one loaded later chooses as the CLI does.
    if (std::exchange(m_keepRestoredTarget, false))
        updateVisibleRows();
    else
        setTarget(TargetSpec::defaultFor(c).kind);
}

void DatabasePanel::restoreState(const QSettings &settings)
{
    for (auto &[kind, path] : m_paths)
        path = settings.value(TargetFiles::settingsKey(kind), path).toString();
    m_split = parseSplitPeriod(settings.value(kSplitKey).toString().toStdString()).value_or(SplitPeriod::None);
    m_keepRestoredTarget = settings.contains(QStringLiteral("database/target"));
    const int kind = settings.value(QStringLiteral("database/target"), m_ui->targetKind->currentIndex()).toInt();
    setTarget(static_cast<TargetSpec::Kind>(std::clamp(kind, 0, m_ui->targetKind->count() - 1)));
}

void DatabasePanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("database/target"), m_ui->targetKind->currentIndex());
    for (const auto &[kind, path] : m_paths)
        settings.setValue(TargetFiles::settingsKey(kind), path);
    settings.setValue(kSplitKey, QString::fromLatin1(splitPeriodName(m_split)));
}

TargetSpec DatabasePanel::target() const
{
    TargetSpec spec;
    spec.kind = kind();
    spec.path = m_ui->filePath->text().trimmed().toStdString();
    // A file target as the command line reads -o (tsql:, bcp:, ...); problem() names what it refuses.
    if (const auto parsed = TargetFiles::parse(spec.kind, spec.path, nullptr))
        spec = *parsed;
    if (m_ui->splitPeriod->isEnabled())
        spec.split = static_cast<SplitPeriod>(m_ui->splitPeriod->currentData().toInt());
    if (spec.kind == TargetSpec::Kind::Postgres) {
        spec.host = m_ui->server->text().trimmed().toStdString();
        spec.port = m_ui->port->text().trimmed().toStdString();
        spec.user = m_ui->user->text().trimmed().toStdString();
        spec.password = m_ui->password->text().toStdString();
        spec.database = m_ui->database->text().trimmed().toStdString();
    }
    return spec;
}

ConnectionSettings DatabasePanel::connection() const
{
    ConnectionSettings c;
    c.driver = m_ui->driver->currentText().trimmed().toStdString();
    c.dsn = m_ui->dsn->text().trimmed().toStdString();
    c.server = m_ui->server->text().trimmed().toStdString();
    c.port = m_ui->port->text().trimmed().toStdString();
    c.database = m_ui->database->text().trimmed().toStdString();
    c.user = m_ui->user->text().trimmed().toStdString();
    c.password = m_ui->password->text().toStdString();
    c.options = m_ui->options->text().trimmed().toStdString();
    c.table = table();
    return c;
}

std::string DatabasePanel::table() const
{
    return m_ui->table->text().trimmed().toStdString();
}

QString DatabasePanel::targetDescription() const
{
    const TargetSpec spec = target();
    QString text;
    switch (spec.kind) {
    case TargetSpec::Kind::Sqlite: text = tr("SQLite %1").arg(m_ui->filePath->text()); break;
    case TargetSpec::Kind::Csv: text = tr("CSV %1").arg(m_ui->filePath->text()); break;
    case TargetSpec::Kind::Odbc:
        text = tr("ODBC %1 %2/%3").arg(m_ui->dsn->text().isEmpty() ? m_ui->driver->currentText() : m_ui->dsn->text(),
                                       m_ui->server->text(), m_ui->database->text());
        break;
    case TargetSpec::Kind::Postgres: text = tr("PostgreSQL %1/%2").arg(m_ui->server->text(), m_ui->database->text()); break;
    case TargetSpec::Kind::Tsql: text = tr("T-SQL script %1").arg(m_ui->filePath->text()); break;
    case TargetSpec::Kind::Bcp: text = tr("bcp files in %1").arg(m_ui->filePath->text()); break;
    }
    switch (spec.split) {
    case SplitPeriod::Day: return tr("%1, one file per day").arg(text);
    case SplitPeriod::Hour: return tr("%1, one file per hour").arg(text);
    case SplitPeriod::None: break;
    }
    return text;
}

QString DatabasePanel::problem() const
{
    const TargetSpec spec = target();
    if (TargetFiles::isFile(spec.kind)) {
        if (spec.path.empty())
            return TargetFiles::isFolder(spec.kind) ? tr("Choose the folder to write.") : tr("Choose the file to write.");
        std::string error;
        if (!TargetFiles::parse(spec.kind, spec.path, &error))
            return QString::fromStdString(error);
        if (const std::string problem = splitTargetProblem(spec); !problem.empty())
            return QString::fromStdString(problem);
    }
    if (spec.kind == TargetSpec::Kind::Odbc && connection().driver.empty() && connection().dsn.empty())
        return tr("Choose an ODBC driver or a DSN.");
    std::string error;
    if (spec.kind != TargetSpec::Kind::Csv && !isValidTableName(table(), &error))
        return tr("Table: %1").arg(QString::fromStdString(error));
    return {};
}

SqlDialect::Kind DatabasePanel::sqlDialect(QString *note) const
{
    if (note)
        note->clear();
    switch (target().kind) {
    case TargetSpec::Kind::Sqlite: return SqlDialect::Kind::Sqlite;
    case TargetSpec::Kind::Postgres: return SqlDialect::Kind::PostgreSql;
    case TargetSpec::Kind::Tsql:
    case TargetSpec::Kind::Bcp: return SqlDialect::Kind::SqlServer;
    case TargetSpec::Kind::Odbc: {
        SqlDialect::Kind kind = SqlDialect::Kind::SqlServer;
        if (!SqlDialect::detect({}, connection().driver, &kind) && note)
            *note = tr("The database behind this ODBC target is known only once connected: SQL Server is shown, "
                       "choose another dialect if needed.");
        return kind;
    }
    case TargetSpec::Kind::Csv:
        if (note)
            *note = tr("A CSV target runs no SQL. Choose the database you will load the file into.");
        return SqlDialect::Kind::Sqlite;
    }
    return SqlDialect::Kind::Sqlite;
}

void DatabasePanel::showSql()
{
    QString note;
    const SqlDialect::Kind kind = sqlDialect(&note);
    const std::string name = table().empty() ? std::string("cdr") : table();
    auto *dialog = new SqlDdlDialog(kind, name, m_ui->worldTables->isChecked(), note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DatabasePanel::testConnection()
{
    if (const QString issue = problem(); !issue.isEmpty()) {
        m_ui->testResult->setText(issue);
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setStyleSheet({});
    m_ui->testResult->setText(tr("Connecting…"));
    auto *watcher = new QFutureWatcher<ConnectionTestResult>(this);
    connect(watcher, &QFutureWatcher<ConnectionTestResult>::finished, this, [this, watcher] {
        const ConnectionTestResult result = watcher->result();
        watcher->deleteLater();
        m_ui->testButton->setEnabled(true);
        m_ui->testResult->setStyleSheet(result.ok ? QStringLiteral("QLabel { color: #1b7f3b; }")
                                                  : QStringLiteral("QLabel { color: #b00020; }"));
        m_ui->testResult->setText(result.ok ? tr("✓ Connected: %1").arg(result.message)
                                            : tr("✗ %1").arg(result.message));
        emit connectionTested(result.ok, result.message);
    });
    const Config config = m_configProvider ? m_configProvider() : Config::seedDefaults();
    watcher->setFuture(ConnectionTester::start(target(), connection(), table(), config));
}

} // namespace cdr::gui

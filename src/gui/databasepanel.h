#pragma once

#include "config/connectionsettings.h"
#include "sectionpanel.h"
#include "sink/sqldialect.h"
#include "sink/targetspec.h"

#include <functional>
#include <map>
#include <memory>

class QAction;
class QPlainTextEdit;
class QSettings;

namespace Ui {
class DatabasePanel;
}

namespace cdr::gui {

// Where a run writes (SQLite file, CSV file, ODBC, native PostgreSQL, T-SQL script, bcp folder; the files split per
// day or hour as --split does), the connection fields (seeded from .env) and
// the database.* section of config.yml. The password stays in memory: neither presets nor QSettings get it.
class DatabasePanel : public SectionPanel {
    Q_OBJECT
public:
    explicit DatabasePanel(QWidget *parent = nullptr);
    ~DatabasePanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;

    // Also chooses the target as the CLI does without -o (odbc when DB_DRIVER or DB_DSN is set, else SQLite), but
    // not on the first call after restoreState() found a stored target: that keeps the last session's, unless
    // keepRestoredTarget(false) was called (an .env named on the command line chooses).
    void loadConnection(const ConnectionSettings &connection, const QString &sourceDescription);
    void keepRestoredTarget(bool keep) { m_keepRestoredTarget = m_keepRestoredTarget && keep; }
    // Non-secret GUI state: target kind, file paths and split.
    void restoreState(const QSettings &settings);
    void saveState(QSettings &settings) const;

    TargetSpec target() const;
    ConnectionSettings connection() const;
    std::string table() const;
    QString targetDescription() const;
    // Validates the fields core cannot see in Config (table name, file path). Empty = fine.
    QString problem() const;

    void setTarget(TargetSpec::Kind kind, const QString &path = {});
    // The SQL dialect of the chosen target (ODBC: recognised from the driver name, else SQL Server; CSV, which runs
    // no SQL: SQLite, with *note saying so).
    SqlDialect::Kind sqlDialect(QString *note = nullptr) const;
    // The test needs the current Config (makeSink takes it); MainWindow provides it.
    void setConfigProvider(std::function<Config()> provider) { m_configProvider = std::move(provider); }

signals:
    void connectionTested(bool ok, const QString &message);
    void loadEnvRequested();
    void targetChanged();
    // *Profile a table...*: of this target's table (`file` empty) or of a CSV or SQLite file the user picked.
    void profileRequested(const QString &file);

protected:
    void showEvent(QShowEvent *event) override;

private:
    TargetSpec::Kind kind() const;
    void updateVisibleRows();
    // What depends on the whole target: the split hint, the load SQL fields, *This target's table*.
    void updateTargetDependents();
    void updateLoadSqlFields();
    void refreshDrivers();
    void testConnection();
    void showSql();
    void chooseFileToProfile();
    // Puts the path of a chosen .sql file into a load-SQL field.
    void chooseSqlFile(QPlainTextEdit *field);

    std::unique_ptr<Ui::DatabasePanel> m_ui;
    std::function<Config()> m_configProvider;
    std::map<TargetSpec::Kind, QString> m_paths; // of the file targets (TargetFiles::isFile)
    SplitPeriod m_split = SplitPeriod::None;     // the user's choice, kept while a database target is shown
    QAction *m_profileTarget = nullptr;
    bool m_keepRestoredTarget = false;
    QString m_loadSqlHint;
    std::string m_periodStart; // generation.period.start, for the split hint
};

} // namespace cdr::gui

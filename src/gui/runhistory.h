#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace cdr::gui {

// One finished run as the history keeps it. The target is the sink's description (server, database, table —
// never a password); configYaml is the whole effective config of the run, so "Run again" repeats exactly that
// run even if its preset file was edited or never saved.
struct RunRecord {
    QDateTime started;
    QString target;
    qint64 records = 0; // rows written by the run
    double seconds = 0;
    double rowsPerSecond = 0;
    QString outcome; // "completed", "cancelled" or "failed"
    QString error;
    QString presetName;
    QString configYaml;
};

// The last kMaxRuns runs, newest first, kept in a small JSON file written atomically (QSaveFile).
class RunHistory {
    Q_DECLARE_TR_FUNCTIONS(RunHistory)

public:
    static constexpr int kMaxRuns = 50;

    explicit RunHistory(QString filePath);

    // run-history.json next to the settings file, so a scratch settings path (tests, screenshots) isolates it.
    static QString defaultFilePath();

    const QString &filePath() const { return m_filePath; }
    const std::vector<RunRecord> &runs() const { return m_runs; }
    // Reads the file; a missing file is an empty history. Returns false with *error for an unreadable one.
    bool load(QString *error = nullptr);
    // Adds the run in front, drops the oldest beyond kMaxRuns and saves.
    bool add(const RunRecord &run, QString *error = nullptr);

private:
    bool save(QString *error) const;

    QString m_filePath;
    std::vector<RunRecord> m_runs;
};

} // namespace cdr::gui

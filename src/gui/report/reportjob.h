#pragma once

#include "report/cdrrowsource.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

namespace cdr::gui {

// Profiles one source and writes its HTML report (in the GUI's language) to a file, on a thread of the pool: the
// rows read so far as progress, cancel stops the read. Finishes once, with the report's path or the reason.
class ReportJob : public QObject {
    Q_OBJECT
public:
    ReportJob(RowSourceSpec source, std::vector<OperatorConfig> operators, QString reportPath,
              QObject *parent = nullptr);
    ~ReportJob() override; // cancels and waits

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString sourceDescription() const { return QString::fromStdString(m_source.describe()); }

signals:
    void progress(qint64 rowsRead);
    // ok: `detail` is the report's path; otherwise the reason ("" when cancelled).
    void finished(bool ok, const QString &detail);

private:
    RowSourceSpec m_source;
    std::vector<OperatorConfig> m_operators;
    QString m_reportPath;
    std::atomic_bool m_cancel{false};
    QFutureWatcher<QString> m_watcher;
};

} // namespace cdr::gui

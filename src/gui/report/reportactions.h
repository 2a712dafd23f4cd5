#pragma once

#include "report/cdrrowsource.h"
#include "run/runrequest.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QAction;
class QProgressDialog;
class QWidget;

namespace cdr::gui {

class ReportJob;

// The desktop app's reports: *Open report* after a run (the run's rows read back from its target) and *Profile a
// table...* (any source). Each is profiled in the background behind a progress dialog with Cancel, written to
// reportPathFor() and opened in the system browser (QDesktopServices); a failure is shown in a message box.
class ReportActions : public QObject {
    Q_OBJECT
public:
    explicit ReportActions(QWidget *window);
    ~ReportActions() override;

    QAction *openReportAction() const { return m_openReport; }
    bool isBusy() const { return m_job != nullptr; }

    // The run that starts now: its target is what Open report reads back once it completes.
    void runStarted(const RunRequest &request);
    void runFinished(const RunSummary &summary);

    // Profiles `source` into `reportPath` (empty: reportPathFor(source)) and opens the report.
    // operators: whose number blocks the callers are checked against (the config's).
    void profile(const RowSourceSpec &source, const std::vector<OperatorConfig> &operators,
                 const QString &reportPath = {});
    void openRunReport();

    // Where a report of `source` goes: the app's data folder, reports/<file or table>-<UTC time>.html.
    static QString reportPathFor(const RowSourceSpec &source);

signals:
    void reportOpened(const QString &path);
    void reportFailed(const QString &message);

private:
    void onFinished(bool ok, const QString &detail);
    static QString readableTip();

    QWidget *m_window;
    QAction *m_openReport;
    std::optional<RowSourceSpec> m_runSource; // the running or last completed run's target
    std::vector<OperatorConfig> m_runOperators;
    bool m_runCompleted = false;
    ReportJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace cdr::gui

#pragma once

#include "metatypes.h"
#include "run/runrequest.h"

#include <QWidget>

#include <memory>

class QAction;
class QTableView;

namespace Ui {
class RunPanel;
}

namespace cdr::gui {

class LogPane;
class RunChart;
class RunHistoryModel;

// Start / Cancel, the live progress (records, %, rows/s, ETA and a chart of the speed), the end-of-run summary,
// the e-mail options, the run history and the log pane. It shows; MainWindow decides.
class RunPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    LogPane *logPane() const;
    RunChart *chart() const;
    QTableView *historyView() const;
    void setHistoryModel(RunHistoryModel *model);
    bool mailWhenDone() const;
    void setMailWhenDone(bool on);
    // The *Open report* action, shown as a button beside Cancel.
    void setOpenReportAction(QAction *action);

    // reason is shown while the start is blocked ("" when allowed).
    void setStartAllowed(bool allowed, const QString &reason);
    void setRunning(bool running);
    void setTargetDescription(const QString &text);
    void setMailStatus(const QString &text, bool ok);
    void showProgress(const RunProgress &progress);
    void showSummary(const RunSummary &summary);

    static QString formatDuration(double seconds);

signals:
    void startRequested();
    void cancelRequested();
    void testMailRequested();
    // "Run again with this preset" on the history row (a RunHistoryModel row).
    void runAgainRequested(int row);

private:
    void updateStartButton();

    std::unique_ptr<Ui::RunPanel> m_ui;
    bool m_allowed = false;
    bool m_running = false;
};

} // namespace cdr::gui

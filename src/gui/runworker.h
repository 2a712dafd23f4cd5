#pragma once

#include "metatypes.h"
#include "run/runrequest.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>

namespace cdr::gui {

// Lives in the run's QThread: RunController (and so the sink and its database connection) runs in that thread.
// Progress and the summary reach the GUI as queued signals; cancel is an atomic flag set from the GUI thread.
class RunWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe; the current batch is committed or rolled back, then the run returns Cancelled.
    void requestCancel() { m_cancel = true; }
    bool cancelRequested() const { return m_cancel; }

public slots:
    void run(const cdr::RunRequest &request);

signals:
    void progress(const cdr::RunProgress &progress);
    void finished(const cdr::RunSummary &summary);

private:
    std::atomic_bool m_cancel{false};
    QElapsedTimer m_sinceProgress;
};

} // namespace cdr::gui

#pragma once

#include "metatypes.h"
#include "run/runrequest.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace cdr::gui {

class RunWorker;

// Owns one run: a QThread with a RunWorker moved into it, started with a RunRequest. The thread and the worker
// delete themselves when the run ends; the session can start the next run then.
class RunSession : public QObject {
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override; // cancels and waits for a run in progress

    bool isRunning() const { return m_thread != nullptr; }
    bool start(const RunRequest &request);
    void cancel();
    // Blocks until the thread has ended (used on exit).
    void wait();

signals:
    void started();
    void progress(const cdr::RunProgress &progress);
    void finished(const cdr::RunSummary &summary);

private:
    QThread *m_thread = nullptr;
    QPointer<RunWorker> m_worker;
};

} // namespace cdr::gui

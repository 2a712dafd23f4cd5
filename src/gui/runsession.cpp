#include "runsession.h"

#include "runworker.h"

#include <QCoreApplication>
#include <QThread>

namespace cdr::gui {

RunSession::RunSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<cdr::RunRequest>();
    qRegisterMetaType<cdr::RunProgress>();
    qRegisterMetaType<cdr::RunSummary>();
}

RunSession::~RunSession()
{
    cancel();
    wait();
}

bool RunSession::start(const RunRequest &request)
{
    if (m_thread)
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("cdrgen-run"));
    auto *worker = new RunWorker;
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(worker, &RunWorker::progress, this, &RunSession::progress, Qt::QueuedConnection);
    connect(worker, &RunWorker::finished, this, [this](const RunSummary &summary) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished(summary);
    }, Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::started, worker, [worker, request] { worker->run(request); });
    m_thread->start();
    emit started();
    return true;
}

void RunSession::cancel()
{
    if (m_worker)
        m_worker->requestCancel();
}

void RunSession::wait()
{
    if (!m_thread)
        return;
    // Let the worker's finished() reach us so the thread is stopped and the summary delivered.
    while (m_thread) {
        QThread::msleep(10);
        QCoreApplication::sendPostedEvents(this);
    }
}

} // namespace cdr::gui

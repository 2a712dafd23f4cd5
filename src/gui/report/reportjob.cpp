#include "report/reportjob.h"

#include "report/reportpage.h"
#include "report/rowfeed.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent>

namespace cdr::gui {

namespace {

// The error text of writing `text` to `path`, empty on success.
QString writeFile(const QString &path, const std::string &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.data(), qint64(text.size())) == qint64(text.size())
        && file.commit())
        return {};
    return ReportJob::tr("cannot write %1: %2").arg(path, file.errorString());
}

} // namespace

ReportJob::ReportJob(RowSourceSpec source, std::vector<OperatorConfig> operators, QString reportPath, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_operators(std::move(operators)),
      m_reportPath(std::move(reportPath))
{
    m_source.cancel = &m_cancel;
    m_source.progress = [this](std::int64_t rows) {
        QMetaObject::invokeMethod(this, [this, rows] { emit progress(rows); }, Qt::QueuedConnection);
    };
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        if (m_cancel.load())
            emit finished(false, QString());
        else
            emit finished(error.isEmpty(), error.isEmpty() ? m_reportPath : error);
    });
}

ReportJob::~ReportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ReportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this]() -> QString {
        CdrProfile::Figures figures;
        const std::string error = CdrProfile::profile(m_source, figures, m_operators);
        if (!error.empty())
            return error == RowFeed::kCancelled ? QString() : QString::fromStdString(error);
        return writeFile(m_reportPath, reportPageInGuiLanguage(figures, m_source.describe()));
    }));
}

void ReportJob::cancel()
{
    m_cancel.store(true);
}

} // namespace cdr::gui

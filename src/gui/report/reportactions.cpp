#include "report/reportactions.h"

#include "report/reportjob.h"
#include "report/tablesource.h"
#include "themeicon.h"

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QWidget>

namespace cdr::gui {

ReportActions::ReportActions(QWidget *window) : QObject(window), m_window(window), m_openReport(new QAction(this))
{
    m_openReport->setObjectName(QStringLiteral("actionOpenReport"));
    m_openReport->setIcon(themeIcon(QStringLiteral("x-office-document")));
    m_openReport->setText(tr("Open &report"));
    m_openReport->setToolTip(readableTip());
    m_openReport->setEnabled(false);
    connect(m_openReport, &QAction::triggered, this, &ReportActions::openRunReport);
}

ReportActions::~ReportActions() = default;

QString ReportActions::readableTip()
{
    return tr("Profile the rows of the last run, read back from its target, and open the report in the browser");
}

void ReportActions::runStarted(const RunRequest &request)
{
    m_runCompleted = false;
    m_runSource.reset();
    m_runOperators = request.config.operators;
    const bool readable = canReadBack(request.target);
    if (readable)
        m_runSource = targetSource(request.target, request.connection, request.table,
                                   request.config.database.connectTimeoutS);
    // As --report refuses them: the run writes files a report cannot read back.
    m_openReport->setToolTip(readable ? readableTip()
                                      : tr("This run writes a T-SQL script, bcp files or split files, which a report "
                                           "cannot read back: load them into a database and profile its table with "
                                           "Profile a table… on the Database tab"));
    m_openReport->setEnabled(false);
}

void ReportActions::runFinished(const RunSummary &summary)
{
    m_runCompleted = summary.outcome == RunSummary::Outcome::Completed && m_runSource;
    m_openReport->setEnabled(m_runCompleted && !isBusy());
}

void ReportActions::openRunReport()
{
    if (m_runCompleted && m_runSource)
        profile(*m_runSource, m_runOperators);
}

QString ReportActions::reportPathFor(const RowSourceSpec &source)
{
    const bool file = source.target.kind == TargetSpec::Kind::Csv || source.target.kind == TargetSpec::Kind::Sqlite;
    QString name = file ? QFileInfo(QString::fromStdString(source.target.path)).completeBaseName()
                        : QString::fromStdString(source.table);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/reports");
    return folder + '/' + name + '-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".html");
}

void ReportActions::profile(const RowSourceSpec &source, const std::vector<OperatorConfig> &operators,
                            const QString &reportPath)
{
    if (m_job)
        return;
    m_job = new ReportJob(source, operators, reportPath.isEmpty() ? reportPathFor(source) : reportPath, this);
    m_openReport->setEnabled(false);
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Report"));
    m_progress->setLabelText(tr("Reading the rows of %1…").arg(m_job->sourceDescription()));
    m_progress->setRange(0, 0); // the number of rows is not known before the end
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ReportJob::cancel);
    connect(m_job, &ReportJob::progress, this, [this](qint64 rows) {
        if (m_progress)
            m_progress->setLabelText(tr("Reading the rows of %1: %2 so far…")
                                         .arg(m_job->sourceDescription(), QLocale().toString(rows)));
    });
    connect(m_job, &ReportJob::finished, this, &ReportActions::onFinished);
    m_progress->show();
    m_job->start();
}

void ReportActions::onFinished(bool ok, const QString &detail)
{
    m_job->deleteLater();
    m_job = nullptr;
    if (m_progress)
        m_progress->close();
    m_openReport->setEnabled(m_runCompleted);
    if (ok) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(detail));
        emit reportOpened(detail);
        return;
    }
    if (detail.isEmpty())
        return; // cancelled
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No report"), tr("The report could not be made: %1").arg(detail),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("reportError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit reportFailed(detail);
}

} // namespace cdr::gui

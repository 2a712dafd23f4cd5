#include "runpanel.h"

#include "logpane.h"
#include "runchart.h"
#include "runhistorymodel.h"
#include "ui_runpanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <cmath>

namespace cdr::gui {

RunPanel::RunPanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RunPanel>())
{
    m_ui->setupUi(this);
    m_ui->blockedLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_ui->blockedLabel->hide();
    m_ui->summaryLabel->hide();
    m_ui->mailLabel->hide();
    m_ui->recordsLabel->setText(tr("No run yet."));
    connect(m_ui->startButton, &QPushButton::clicked, this, &RunPanel::startRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    connect(m_ui->testMailButton, &QPushButton::clicked, this, &RunPanel::testMailRequested);
    connect(m_ui->runAgainButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_ui->historyTable->selectionModel()
                                         ? m_ui->historyTable->selectionModel()->selectedRows()
                                         : QModelIndexList();
        if (!rows.isEmpty())
            emit runAgainRequested(rows.first().row());
    });
    connect(m_ui->historyTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { emit runAgainRequested(index.row()); });
    m_ui->historyTable->verticalHeader()->setVisible(false);
    m_ui->historyTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->historyTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->bottomSplitter->setStretchFactor(0, 2);
    m_ui->bottomSplitter->setStretchFactor(1, 3);
    updateStartButton();
}

RunPanel::~RunPanel() = default;

LogPane *RunPanel::logPane() const
{
    return m_ui->logPane;
}

RunChart *RunPanel::chart() const
{
    return m_ui->chart;
}

QTableView *RunPanel::historyView() const
{
    return m_ui->historyTable;
}

void RunPanel::setHistoryModel(RunHistoryModel *model)
{
    m_ui->historyTable->setModel(model);
    auto updateButton = [this] {
        m_ui->runAgainButton->setEnabled(m_ui->historyTable->selectionModel()->hasSelection());
    };
    connect(model, &QAbstractItemModel::modelReset, this, [this, updateButton] {
        m_ui->historyTable->resizeColumnsToContents();
        updateButton();
    });
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButton);
    m_ui->historyTable->resizeColumnsToContents();
    updateButton();
}

bool RunPanel::mailWhenDone() const
{
    return m_ui->mailWhenDone->isChecked();
}

void RunPanel::setMailWhenDone(bool on)
{
    m_ui->mailWhenDone->setChecked(on);
}

void RunPanel::setOpenReportAction(QAction *action)
{
    m_ui->openReportButton->setDefaultAction(action);
}

void RunPanel::setStartAllowed(bool allowed, const QString &reason)
{
    m_allowed = allowed;
    m_ui->blockedLabel->setText(reason);
    m_ui->blockedLabel->setVisible(!allowed && !reason.isEmpty());
    updateStartButton();
}

void RunPanel::setRunning(bool running)
{
    m_running = running;
    m_ui->cancelButton->setEnabled(running);
    if (running) {
        m_ui->summaryLabel->hide();
        m_ui->progressBar->setValue(0);
        m_ui->recordsLabel->setText(tr("Preparing the target and building the world…"));
        m_ui->percentLabel->clear();
        m_ui->rateLabel->clear();
        m_ui->etaLabel->clear();
        m_ui->chart->clear();
    }
    updateStartButton();
}

void RunPanel::updateStartButton()
{
    m_ui->startButton->setEnabled(m_allowed && !m_running);
}

void RunPanel::setTargetDescription(const QString &text)
{
    m_ui->targetLabel->setText(tr("<b>Target:</b> %1").arg(text.toHtmlEscaped()));
}

void RunPanel::setMailStatus(const QString &text, bool ok)
{
    m_ui->mailLabel->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b7f3b; }")
                                      : QStringLiteral("QLabel { color: #b00020; }"));
    m_ui->mailLabel->setText(text);
    m_ui->mailLabel->setVisible(!text.isEmpty());
}

QString RunPanel::formatDuration(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return QStringLiteral("–");
    const auto total = static_cast<qint64>(std::llround(seconds));
    if (total < 60)
        return tr("%1 s").arg(seconds < 10 ? QLocale().toString(seconds, 'f', 1) : QLocale().toString(total));
    if (total < 3600)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(total / 3600).arg(total % 3600 / 60, 2, 10, QLatin1Char('0'));
}

void RunPanel::showProgress(const RunProgress &p)
{
    const QLocale locale;
    const double fraction = p.total > 0 ? static_cast<double>(p.done) / static_cast<double>(p.total) : 0.0;
    m_ui->progressBar->setValue(static_cast<int>(std::lround(fraction * 1000)));
    m_ui->recordsLabel->setText(tr("%1 / %2 records").arg(locale.toString(qlonglong(p.done)),
                                                          locale.toString(qlonglong(p.total))));
    m_ui->percentLabel->setText(tr("%1 %").arg(locale.toString(fraction * 100, 'f', 1)));
    m_ui->rateLabel->setText(tr("%1 rows/s").arg(locale.toString(p.rowsPerSecond, 'f', 0)));
    m_ui->etaLabel->setText(tr("ETA %1").arg(formatDuration(p.etaSeconds)));
    m_ui->chart->addProgress(p);
}

void RunPanel::showSummary(const RunSummary &s)
{
    const QLocale locale;
    const QString rows = locale.toString(qlonglong(s.inserted));
    // Sinks usually name the table in their description already.
    QString where = QString::fromStdString(s.target);
    if (!where.contains(QStringLiteral("table %1").arg(QString::fromStdString(s.table))))
        where = tr("%1, table %2").arg(where, QString::fromStdString(s.table));
    const QString details = tr("%1 rows in %2 (%3 rows/s) into %4.")
                                .arg(rows, formatDuration(s.elapsedSeconds), locale.toString(s.rowsPerSecond, 'f', 0), where);
    QString text;
    switch (s.outcome) {
    case RunSummary::Outcome::Completed:
        text = tr("✓ Completed: %1").arg(details);
        if (s.inserted > 0)
            text += tr(" Ids %1–%2.").arg(locale.toString(qlonglong(s.firstId)), locale.toString(qlonglong(s.lastId)));
        m_ui->summaryLabel->setStyleSheet(QStringLiteral("QLabel { color: #1b7f3b; }"));
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
        break;
    case RunSummary::Outcome::Cancelled:
        text = tr("Cancelled: %1 The table is resumable: start again to continue after id %2.")
                   .arg(details, locale.toString(qlonglong(s.lastId)));
        m_ui->summaryLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a6700; }"));
        break;
    case RunSummary::Outcome::Failed:
        text = tr("✗ Failed: %1 %2").arg(QString::fromStdString(s.error), details);
        m_ui->summaryLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        break;
    }
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->show();
    m_ui->etaLabel->clear(); // the run is over: no time left to estimate
    m_ui->rateLabel->setText(tr("%1 rows/s on average").arg(locale.toString(s.rowsPerSecond, 'f', 0)));
}

} // namespace cdr::gui

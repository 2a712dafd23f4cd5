#include "previewpanel.h"

#include "config/configloader.h"
#include "defects/defectinjector.h"
#include "enginecache.h"
#include "previewcharts.h"
#include "recordtablemodel.h"
#include "scenarios/scenarioplan.h"
#include "ui_previewpanel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QtConcurrent>

#include <algorithm>

namespace cdr::gui {

namespace {
// Records computed for the chart over the period: about ten per hour of a year (sampleHourlyRecords).
constexpr std::int64_t kPeriodSample = 100'000;
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PreviewPanel>()), m_model(new RecordTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_ui->recordsTable->setModel(m_proxy);
    m_ui->recordsTable->sortByColumn(0, Qt::AscendingOrder);
    m_ui->recordsTable->verticalHeader()->setVisible(false); // the id column numbers the rows
    m_ui->recordsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->statusLabel->setText(tr("Nothing previewed yet."));
    connect(m_ui->generateButton, &QPushButton::clicked, this, &PreviewPanel::generate);
    connect(m_ui->recordsTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (const CdrRecord *record = recordAt(index))
            emit recordSelected(*record);
    });
    connect(m_ui->recordsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CdrRecord *record = recordAt(index))
            emit recordOpened(*record);
    });
}

const CdrRecord *PreviewPanel::recordAt(const QModelIndex &proxyIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const auto row = static_cast<std::size_t>(source.row());
    if (!source.isValid() || row >= m_model->records().size())
        return nullptr;
    return &m_model->records()[row];
}

PreviewPanel::~PreviewPanel() = default;

PreviewCharts *PreviewPanel::charts() const
{
    return m_ui->charts;
}

int PreviewPanel::recordCount() const
{
    return m_ui->recordCount->value();
}

void PreviewPanel::setRecordCount(int count)
{
    m_ui->recordCount->setValue(count);
}

void PreviewPanel::markStale()
{
    if (m_model->rowCount() > 0 && !m_busy)
        m_ui->statusLabel->setText(tr("The configuration changed since this preview; generate it again to update."));
}

void PreviewPanel::generate()
{
    if (m_busy || !m_cache || !m_configProvider)
        return;
    const Config config = m_configProvider();
    if (hasErrors(validateConfig(config))) {
        // The engine only accepts a valid config; the Configuration tab names the problems.
        m_ui->statusLabel->setText(tr("Fix the problems on the Configuration tab first."));
        return;
    }
    const std::int64_t count = std::min<std::int64_t>(recordCount(), config.generation.records);
    m_busy = true;
    emit busyChanged(true);
    m_ui->generateButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Building the world and generating %n record(s)…", nullptr, int(count)));
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        Result result = watcher->result();
        watcher->deleteLater();
        show(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run([cache = m_cache, config, count] {
        Result result;
        QElapsedTimer timer;
        timer.start();
        try {
            result.engine = cache->engineFor(config);
            result.engine->generate(1, count, result.records);
            if (config.defects.enabled()) {
                const DefectInjector injector(*result.engine);
                injector.damage(result.records);
                injector.describe(1, count, result.defects);
            }
            if (config.scenarios.enabled())
                result.labels = answerKeyLabels(result.engine->scenarios(), result.records);
            result.hourly = sampleHourlyRecords(*result.engine, kPeriodSample);
            result.events = EventCalendar(config, result.engine->world().antennas()).events();
        } catch (const std::exception &error) {
            result.error = QString::fromStdString(error.what());
        }
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    }));
}

void PreviewPanel::show(Result result)
{
    m_busy = false;
    m_ui->generateButton->setEnabled(true);
    if (!result.error.isEmpty()) {
        m_ui->statusLabel->setText(tr("Preview failed: %1").arg(result.error));
        emit busyChanged(false);
        return;
    }
    m_ui->charts->setRecords(result.engine->config(), result.records);
    m_ui->charts->setPeriod(result.hourly, result.events);
    const auto labelled = std::count_if(result.labels.begin(), result.labels.end(),
                                        [](const RecordLabels &labels) { return labels.any(); });
    m_model->setRecords(result.engine, result.records, std::move(result.labels), std::move(result.defects));
    m_ui->recordsTable->resizeColumnsToContents();
    QString status = tr("%1 records (ids 1–%1) in %2 s. Nothing was written.")
                         .arg(QLocale().toString(qlonglong(result.records.size())))
                         .arg(QLocale().toString(result.seconds, 'f', 2));
    if (m_model->labelColumn() >= 0)
        status += QLatin1Char(' ') + tr("The answer key names a number of %n of them (last column).", nullptr,
                                        static_cast<int>(labelled));
    if (!m_model->defects().empty())
        status += QLatin1Char(' ') + tr("%n of them damaged on purpose (tinted cells; the tooltip names the defect).",
                                        nullptr, static_cast<int>(m_model->defects().damagedRecords()));
    m_ui->statusLabel->setText(status);
    emit previewReady(m_model->records());
    emit busyChanged(false);
}

} // namespace cdr::gui

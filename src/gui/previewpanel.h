#pragma once

#include "config/config.h"
#include "calendar/eventcalendar.h"
#include "defects/defectkeyrow.h"
#include "model/cdrrecord.h"
#include "periodsample.h"
#include "scenarios/recordlabels.h"
#include "synth/cdrengine.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QSortFilterProxyModel;

namespace Ui {
class PreviewPanel;
}

namespace cdr::gui {

class EngineCache;
class PreviewCharts;
class RecordTableModel;

// "Generate preview": the first N records of the current config (exactly the rows a run writes first), computed on
// a pool thread, shown in a sortable table and three charts; and records per hour over the whole period, from a
// sample of the whole run, with the calendar's events. With scenarios on, a last column gives the answer key's
// label of each record's caller and callee, looked up in the run's ScenarioPlan, never read from the record. With
// defects on, the records are damaged as a run writes them (DefectInjector) and the cells the answer key names are
// tinted, with the kind and variant in their tooltip.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget *parent = nullptr);
    ~PreviewPanel() override;

    // Shared with the pool thread: a job still running when the window closes keeps the cache alive.
    void setEngineCache(std::shared_ptr<EngineCache> cache) { m_cache = std::move(cache); }
    void setConfigProvider(std::function<Config()> provider) { m_configProvider = std::move(provider); }
    int recordCount() const;
    void setRecordCount(int count);
    bool isBusy() const { return m_busy; }
    RecordTableModel *model() const { return m_model; }
    PreviewCharts *charts() const;

public slots:
    void generate();
    // The config changed: the shown preview no longer matches it.
    void markStale();

signals:
    void previewReady(const std::vector<cdr::CdrRecord> &records);
    void busyChanged(bool busy);
    // A row was clicked (shown on the map) or double-clicked (the map tab should open too).
    void recordSelected(const cdr::CdrRecord &record);
    void recordOpened(const cdr::CdrRecord &record);

private:
    struct Result {
        std::shared_ptr<const CdrEngine> engine;
        std::vector<CdrRecord> records;
        std::vector<RecordLabels> labels; // with scenarios on: the answer key's word on each record
        std::vector<DefectKeyRow> defects; // with defects on: the defects answer key of the previewed ids
        HourlyRecords hourly;
        std::vector<CalendarEvent> events;
        QString error;
        double seconds = 0;
    };
    void show(Result result);
    const CdrRecord *recordAt(const QModelIndex &proxyIndex) const;

    std::unique_ptr<Ui::PreviewPanel> m_ui;
    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::shared_ptr<EngineCache> m_cache;
    std::function<Config()> m_configProvider;
    bool m_busy = false;
};

} // namespace cdr::gui

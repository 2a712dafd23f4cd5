#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace Ui {
class MapPanel;
}

namespace cdr::gui {

class EngineCache;
class MapWidget;
struct MapRecord;

// The map tab. It follows the config: the bounding box and the events' circles at once, the antennas after a debounced world rebuild on a
// pool thread — only while the tab is shown, so editing elsewhere costs nothing. A box dragged on the map is
// checked by core's validateConfig() like the fields: a valid one goes to the editor (boundingBoxEdited), an
// invalid one is put back and the fields' message is shown.
class MapPanel : public QWidget {
    Q_OBJECT
public:
    explicit MapPanel(QWidget *parent = nullptr);
    ~MapPanel() override;

    void setEngineCache(std::shared_ptr<EngineCache> cache) { m_cache = std::move(cache); }
    MapWidget *map() const;
    bool isBuilding() const { return m_building; }
    // The refusal message of the last dragged box, empty when it was accepted.
    QString boxMessage() const;
    // The points of one record a map can show; an antenna with id 0 (an empty column) is left out.
    static MapRecord mapRecordOf(const CdrRecord &record);

public slots:
    void setConfig(const cdr::Config &config, bool valid);
    void setPreviewRecords(const std::vector<cdr::CdrRecord> &records);
    void showRecord(const cdr::CdrRecord &record);
    void rebuildNow();

signals:
    void worldShown(int antennas);
    void boundingBoxEdited(const cdr::DoubleRange &latitude, const cdr::DoubleRange &longitude);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onBoxDragged(const DoubleRange &latitude, const DoubleRange &longitude);

    std::unique_ptr<Ui::MapPanel> m_ui;
    std::shared_ptr<EngineCache> m_cache;
    QTimer *m_debounce;
    Config m_config;
    bool m_valid = false;
    bool m_dirty = true;
    bool m_building = false;
};

} // namespace cdr::gui

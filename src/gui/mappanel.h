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

// The map tab. It follows the config: the bounding box at once, the antennas after a debounced world rebuild on a
// pool thread — only while the tab is shown, so editing elsewhere costs nothing.
class MapPanel : public QWidget {
    Q_OBJECT
public:
    explicit MapPanel(QWidget *parent = nullptr);
    ~MapPanel() override;

    void setEngineCache(std::shared_ptr<EngineCache> cache) { m_cache = std::move(cache); }
    MapWidget *map() const;
    bool isBuilding() const { return m_building; }

public slots:
    void setConfig(const cdr::Config &config, bool valid);
    void setPreviewRecords(const std::vector<cdr::CdrRecord> &records);
    void rebuildNow();

signals:
    void worldShown(int antennas);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::MapPanel> m_ui;
    std::shared_ptr<EngineCache> m_cache;
    QTimer *m_debounce;
    Config m_config;
    bool m_valid = false;
    bool m_dirty = true;
    bool m_building = false;
};

} // namespace cdr::gui

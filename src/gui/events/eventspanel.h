#pragma once

#include "sectionpanel.h"
#include "synth/worldmodel.h"

#include <memory>
#include <vector>

namespace Ui {
// events.*: holidays, New Year, gatherings and outages, with the selected event placed on a map.
class EventsPanel;
}

class QListWidget;

namespace cdr::gui {

class MapWidget;

// events.*: holidays on/off, New Year's surge, and the lists of gatherings and outages. One form edits the
// selected event; a click on the page's map moves its point there, and the map draws every event's circle.
class EventsPanel : public SectionPanel {
    Q_OBJECT
public:
    enum class List { Gatherings, Outages };

    explicit EventsPanel(QWidget *parent = nullptr);
    ~EventsPanel() override;

    void loadConfig(const Config &config) override;
    void applyTo(Config &config) const override;
    QStringList issuePrefixes() const override;

    MapWidget *map() const;
    QListWidget *list(List which) const;
    // Makes a row of a list the selected event (-1: none), as a click on it does.
    void select(List which, int row);
    // The world's antennas for the page's map; the selected event's antennas are ringed.
    void showWorld(std::vector<Antenna> antennas, QStringList operatorCodes, QStringList antennaTypes);

signals:
    // The page is shown: its map wants the current world's antennas (showWorld).
    void worldWanted();
    void worldShown(int antennas);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentRowChanged(List which, int row);
    void addEvent(List which);
    void removeSelected(List which);
    void showSelected();
    void writeSelected();
    void placeSelected(double latitude, double longitude);
    void refreshLists();
    void refreshListItem(List which, int row);
    void refreshMap();
    void refreshHighlight();
    void updateHint();

    std::unique_ptr<Ui::EventsPanel> m_ui;
    std::vector<GatheringConfig> m_gatherings;
    std::vector<OutageConfig> m_outages;
    List m_selectedList = List::Gatherings;
    int m_selectedRow = -1;
    std::string m_periodStart;
    EventArea m_newArea; // where an added event starts: the middle of the configured box
    bool m_filling = false; // the form is being filled from the selected event: no write back
};

} // namespace cdr::gui

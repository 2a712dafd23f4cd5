// The Events page edits config.yml's events: section (holidays, a gathering added and placed by a click on its map,
// an outage removed) and a saved preset keeps the edits; the busy-year preset shows its two gatherings and two
// outages; the preview's chart over the period shades one band per event of the period.
#include "guitestsupport.h"

#include "config/configloader.h"
#include "config/periodtime.h"
#include "events/eventspanel.h"
#include "mappanel.h"
#include "mapwidget.h"
#include "periodchart.h"
#include "presetmanager.h"
#include "previewcharts.h"
#include "previewpanel.h"
#include "translations.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGroupBox>
#include <QLineSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <cstdint>
#include <map>

using namespace cdr;
using namespace cdr::gui;

namespace {

const QString kBusyYear = QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/busy-year.yml");

EventsPanel *showEventsPage(MainWindow &window, const QString &preset)
{
    window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    window.initialize(preset);
    window.resize(1400, 900);
    window.show();
    window.showTab(0);
    window.configEditor()->showSection(5);
    auto *panel = window.findChild<EventsPanel *>();
    if (panel && !QTest::qWaitForWindowExposed(&window))
        return nullptr;
    return panel;
}

template <typename Widget> Widget *child(QWidget *parent, const char *name)
{
    return parent->findChild<Widget *>(QLatin1String(name));
}

QStringList texts(const QListWidget *list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result << list->item(row)->text();
    return result;
}

} // namespace

class TestGuiEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void busyYearShowsItsGatheringsAndOutages()
    {
        MainWindow window;
        QSignalSpy world(window.configEditor()->eventsPanel(), &EventsPanel::worldShown);
        EventsPanel *panel = showEventsPage(window, kBusyYear);
        QVERIFY(panel);
        QCOMPARE(texts(panel->list(EventsPanel::List::Gatherings)),
                 QStringList({QStringLiteral("Concert night, King Baudouin Stadium"),
                              QStringLiteral("Rock Werchter festival day")}));
        QCOMPARE(texts(panel->list(EventsPanel::List::Outages)),
                 QStringList({QStringLiteral("Power cut, Antwerp centre"), QStringLiteral("Storm damage, Bouillon")}));
        // Every event has its circle on the page's map, the first gathering selected.
        QCOMPARE(panel->map()->areas().size(), std::size_t(4));
        QVERIFY(panel->map()->areas()[0].selected);
        QCOMPARE(child<QLineEdit>(panel, "eventName")->text(), QStringLiteral("Concert night, King Baudouin Stadium"));
        // Shown, the page's map gets the world's antennas and rings the selected event's: those core counts as its.
        QVERIFY(!world.isEmpty() || world.wait(60'000));
        const std::vector<Antenna> &antennas = panel->map()->antennas();
        QVERIFY(antennas.size() > 1000);
        const Config config = window.configEditor()->config();
        const std::vector<std::uint32_t> venue = EventCalendar::antennasOf(config.events.gatherings[0].area, antennas);
        QVERIFY(venue.size() >= config.operators.size()); // at least the nearest antenna of every operator
        QCOMPARE(panel->map()->highlightedAntennas(), venue);
        QVERIFY2(child<QLabel>(panel, "mapHint")->text().contains(QString::number(venue.size())),
                 qPrintable(child<QLabel>(panel, "mapHint")->text()));
        panel->select(EventsPanel::List::Outages, 1);
        QCOMPARE(panel->map()->highlightedAntennas(),
                 EventCalendar::antennasOf(config.events.outages[1].area, antennas));
        QVERIFY(panel->map()->highlightedAntennas() != venue);
        // Zoomed to the Bouillon outage, its 4 km circle spans about a third of the map.
        QTest::mouseClick(child<QPushButton>(panel, "zoomToEventButton"), Qt::LeftButton);
        const QPointF centre = panel->map()->toWidget(49.7936, 5.0672);
        const QPointF north = panel->map()->toWidget(49.7936 + 4.0 / 111.2, 5.0672);
        // QRectF: QRect::center() rounds down, the view centre is (width / 2, height / 2) exactly.
        QVERIFY((centre - QRectF(panel->map()->rect()).center()).manhattanLength() < 0.01);
        const double diameter = 2 * (centre.y() - north.y());
        const int side = std::min(panel->map()->width(), panel->map()->height());
        QVERIFY2(std::abs(diameter - side / 3.0) < 2, qPrintable(QString::number(diameter)));
        panel->select(EventsPanel::List::Gatherings, 0);

        // The Map tab draws them too, over its antennas.
        QCOMPARE(window.mapPanel()->map()->areas().size(), std::size_t(4));
        QCOMPARE(window.mapPanel()->map()->areas()[3].label, QStringLiteral("Storm damage, Bouillon"));

        // The default config has the two example gatherings switched off and no outage.
        window.openPreset(PresetManager::kBuiltInDefault);
        QCOMPARE(panel->list(EventsPanel::List::Gatherings)->count(), 2);
        QVERIFY(panel->list(EventsPanel::List::Gatherings)->item(0)->text().endsWith(QStringLiteral("(off)")));
        QCOMPARE(panel->list(EventsPanel::List::Outages)->count(), 0);
        QVERIFY(!panel->map()->areas()[0].enabled);
    }

    void editsReachTheConfigAndTheSavedPreset()
    {
        MainWindow window;
        EventsPanel *panel = showEventsPage(window, kBusyYear);
        QVERIFY(panel);
        auto config = [&window] { return window.configEditor()->config().events; };
        QVERIFY(config().holidays);

        child<QCheckBox>(panel, "holidays")->click();
        QVERIFY(!config().holidays);
        QVERIFY(window.isModified());

        // Add a gathering, name it, and place it with a click on the map.
        QTest::mouseClick(child<QPushButton>(panel, "addGatheringButton"), Qt::LeftButton);
        QCOMPARE(config().gatherings.size(), std::size_t(3));
        QCOMPARE(panel->list(EventsPanel::List::Gatherings)->currentRow(), 2);
        QTest::keyClicks(child<QLineEdit>(panel, "eventName"), QStringLiteral("Ghent Festivities"));
        QCOMPARE(config().gatherings[2].name, std::string("Ghent Festivities"));
        MapWidget *map = panel->map();
        const QPoint ghent = map->toWidget(51.0543, 3.7174).toPoint();
        QVERIFY(map->rect().contains(ghent));
        QTest::mouseClick(map, Qt::LeftButton, {}, ghent);
        const GatheringConfig added = config().gatherings[2];
        // One pixel of the map at this zoom is well under 0.01 degree.
        QVERIFY2(std::abs(added.area.latitude - 51.0543) < 0.01, qPrintable(QString::number(added.area.latitude)));
        QVERIFY2(std::abs(added.area.longitude - 3.7174) < 0.01, qPrintable(QString::number(added.area.longitude)));
        QCOMPARE(map->areas().size(), std::size_t(5));
        QVERIFY(map->areas()[2].selected);
        QCOMPARE(map->areas()[2].latitude, added.area.latitude);
        // The new event's times lie in the period, so it is valid as added.
        QVERIFY(parsePeriodTime(added.start) && parsePeriodTime(added.end));
        QVERIFY(!window.configEditor()->hasErrors());

        // A problem of an event is the core's message, on this page, naming the key.
        QLineEdit *name = child<QLineEdit>(panel, "eventName");
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QVERIFY(window.configEditor()->hasErrors());
        auto *issues = child<QLabel>(panel, "issueLabel");
        QVERIFY(issues->isVisibleTo(panel));
        QVERIFY2(issues->text().contains(QStringLiteral("events.gatherings[2].name")), qPrintable(issues->text()));
        QTest::keyClicks(name, QStringLiteral("Ghent Festivities"));
        QVERIFY(!window.configEditor()->hasErrors());
        QVERIFY(!issues->isVisibleTo(panel));

        // A pan is no click: the point stays.
        QTest::mousePress(map, Qt::LeftButton, {}, ghent);
        QTest::mouseMove(map, ghent + QPoint(60, 40));
        QTest::mouseRelease(map, Qt::LeftButton, {}, ghent + QPoint(60, 40));
        QCOMPARE(config().gatherings[2].area.latitude, added.area.latitude);

        // Remove the first outage.
        panel->select(EventsPanel::List::Outages, 0);
        QCOMPARE(child<QLineEdit>(panel, "eventName")->text(), QStringLiteral("Power cut, Antwerp centre"));
        QVERIFY(child<QPushButton>(panel, "removeOutageButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(panel, "removeOutageButton"), Qt::LeftButton);
        QCOMPARE(config().outages.size(), std::size_t(1));
        QCOMPARE(config().outages[0].name, std::string("Storm damage, Bouillon"));
        QCOMPARE(texts(panel->list(EventsPanel::List::Outages)), QStringList({QStringLiteral("Storm damage, Bouillon")}));

        // Saved and read back, the preset holds exactly the edited events.
        const QString path = m_dir.filePath(QStringLiteral("edited-events.yml"));
        QVERIFY(window.savePresetAs(path));
        const ConfigLoadResult saved = loadConfigFile(path.toStdString());
        QVERIFY(saved.ok());
        QVERIFY(saved.config.events == config());
        QVERIFY(!saved.config.events.holidays);
        QCOMPARE(saved.config.events.gatherings.size(), std::size_t(3));
        QCOMPARE(saved.config.events.gatherings[2].name, std::string("Ghent Festivities"));

        // Reopening the busy-year preset puts its events back on the page (discarding nothing unsaved now).
        QVERIFY(window.openPreset(kBusyYear));
        QCOMPARE(panel->list(EventsPanel::List::Gatherings)->count(), 2);
        QCOMPARE(panel->list(EventsPanel::List::Outages)->count(), 2);
        QVERIFY(child<QCheckBox>(panel, "holidays")->isChecked());
    }

    void periodChartShadesEachEvent()
    {
        MainWindow window;
        window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
        window.initialize(kBusyYear);
        // A small run: the chart's sample then takes every record, and the hours add up to the run.
        test::editConfig(window, [](Config &c) { c.generation.records = 20'000; });
        PreviewPanel *preview = window.previewPanel();
        preview->setRecordCount(100);
        QSignalSpy ready(preview, &PreviewPanel::previewReady);
        preview->generate();
        QVERIFY(ready.wait(120'000));
        const PeriodChart *chart = preview->charts()->periodChart();
        QCOMPARE(chart->hourly().sampled, std::int64_t(20'000));
        QCOMPARE(chart->hourly().perHour.size(), std::size_t(366 * 24)); // 2024 is a leap year
        QCOMPARE(qRound64(chart->hourly().total()), qint64(20'000));

        std::map<CalendarEvent::Kind, int> perKind;
        for (const PeriodChart::Band &band : chart->bands())
            ++perKind[band.kind];
        QCOMPARE(perKind[CalendarEvent::Kind::Holiday], 10);
        QCOMPARE(perKind[CalendarEvent::Kind::NewYear], 1);
        QCOMPARE(perKind[CalendarEvent::Kind::Gathering], 2);
        QCOMPARE(perKind[CalendarEvent::Kind::Outage], 2);
        // Each configured gathering and outage is shaded over its own window.
        const Config config = window.configEditor()->config();
        auto bandNamed = [chart](const std::string &name) -> const PeriodChart::Band * {
            for (const PeriodChart::Band &band : chart->bands())
                if (band.name == QString::fromStdString(name))
                    return &band;
            return nullptr;
        };
        for (const OutageConfig &outage : config.events.outages) {
            const PeriodChart::Band *band = bandNamed(outage.name);
            QVERIFY2(band, outage.name.c_str());
            QCOMPARE(band->start, *parsePeriodTime(outage.start));
            QCOMPARE(band->end, *parsePeriodTime(outage.end));
        }
        for (const GatheringConfig &gathering : config.events.gatherings)
            QVERIFY2(bandNamed(gathering.name), gathering.name.c_str());
        // The chart draws them: one shaded area per event, behind the two curves (hours, daily means).
        int areas = 0;
        for (QAbstractSeries *series : chart->view()->chart()->series())
            areas += series->type() == QAbstractSeries::SeriesTypeArea ? 1 : 0;
        QCOMPARE(areas, 15);
        QCOMPARE(chart->view()->chart()->series().size(), 17);

        // Switching a gathering off on the Events page takes its band away at the next preview.
        auto *panel = window.findChild<EventsPanel *>();
        panel->select(EventsPanel::List::Gatherings, 1);
        child<QCheckBox>(panel, "eventEnabled")->click();
        QVERIFY(!window.configEditor()->config().events.gatherings[1].enabled);
        preview->generate();
        QVERIFY(ready.wait(120'000));
        QCOMPARE(static_cast<int>(chart->bands().size()), 14);
        QVERIFY(!bandNamed("Rock Werchter festival day"));
    }

    void periodSampleIsCappedAndShortEventsWidened()
    {
        MainWindow window;
        window.initialize(kBusyYear); // 10,000,000 records
        PreviewPanel *preview = window.previewPanel();
        preview->setRecordCount(10);
        QSignalSpy ready(preview, &PreviewPanel::previewReady);
        preview->generate();
        QVERIFY(ready.wait(120'000));
        const PeriodChart *chart = preview->charts()->periodChart();
        // 100,000 ids spread over the run, each standing for 100 records.
        QCOMPARE(chart->hourly().sampled, std::int64_t(100'000));
        QCOMPARE(qRound64(chart->hourly().total()), qint64(10'000'000));

        // New Year's 45 minutes are drawn 1/400 of the period wide, inside the period; a holiday keeps its day.
        const double periodMs = 366.0 * 86'400'000;
        std::map<QString, double> widths;
        for (QAbstractSeries *series : chart->view()->chart()->series())
            if (auto *band = qobject_cast<QAreaSeries *>(series)) {
                const QList<QPointF> points = band->upperSeries()->points();
                const double width = points.last().x() - points.first().x();
                widths[band->name()] = std::max(widths[band->name()], width);
            }
        const double newYear = widths[QStringLiteral("New Year's midnight")];
        QVERIFY2(std::abs(newYear - periodMs / 400) < 3'600'000, qPrintable(QString::number(newYear)));
        QVERIFY2(std::abs(widths[QStringLiteral("Public holiday")] - 86'400'000) < 3'600'000,
                 qPrintable(QString::number(widths[QStringLiteral("Public holiday")])));
    }

    // Alt + a letter reaches one field or button of the page only, in every language.
    void pageAcceleratorsAreUnique_data()
    {
        test::addLanguageRows();
    }
    void pageAcceleratorsAreUnique()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(*qApp, language, QLocale::c()));
        MainWindow window;
        auto *panel = window.findChild<EventsPanel *>();
        QVERIFY(panel);
        QStringList clashes;
        const QMap<QChar, QString> owners = test::acceleratorOwners(test::acceleratorTexts(panel), clashes);
        Translations::install(*qApp, QStringLiteral("en"), QLocale::c());
        QVERIFY(owners.size() >= 15);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiEvents)
#include "test_gui_events.moc"

// The map as an editor and a reader: dragging the bounding box's edges and corners changes the Ranges fields (and
// a drag the fields would refuse is put back with their message); clicking a preview row shows that record's home
// and antennas on the map; hovering an antenna still names it.
#include "guitestsupport.h"

#include "mappanel.h"
#include "mapwidget.h"
#include "presetmanager.h"
#include "previewpanel.h"
#include "recordtablemodel.h"
#include "sectionpanel.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

Q_DECLARE_METATYPE(cdr::DoubleRange)

namespace {

void showMap(MainWindow &window, const DoubleRange &latitude, const DoubleRange &longitude)
{
    window.initialize(PresetManager::kBuiltInDefault);
    test::editConfig(window, [&](Config &c) {
        c.generation.records = 1'000'000; // enough for the 1,000 subscribers' floor not to draw the "quiet" warning
        c.latitude = latitude;
        c.longitude = longitude;
    });
    window.setUnsavedChangesPrompt([] { return QMessageBox::Discard; });
    window.resize(1200, 800);
    window.show();
    QSignalSpy shown(window.mapPanel(), &MapPanel::worldShown);
    window.showTab(3);
    QVERIFY(shown.wait(60'000));
}

double field(MainWindow &window, const char *name)
{
    auto *spin = window.findChild<QDoubleSpinBox *>(QLatin1String(name));
    return spin ? spin->value() : std::nan("");
}

void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

class TestGuiMapEdit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void draggingEdgesAndCornersEditsTheFields()
    {
        MainWindow window;
        showMap(window, {49.5, 51.5}, {2.5, 6.4});
        MapWidget *map = window.mapPanel()->map();
        const QRectF box = map->boundingBoxOnWidget();
        QVERIFY(box.width() > 100 && box.height() > 100);

        // East edge 80 px to the west: only longitude.max changes, to the point under the cursor.
        const QPoint east(qRound(box.right()), qRound(box.center().y()));
        drag(map, east, east - QPoint(80, 0));
        const double lonMax = field(window, "longitudeMax");
        QVERIFY2(lonMax < 6.4 - 0.3, qPrintable(QString::number(lonMax)));
        QCOMPARE(window.configEditor()->config().longitude.max, lonMax);
        QCOMPARE(field(window, "longitudeMin"), 2.5);
        QCOMPARE(field(window, "latitudeMin"), 49.5);
        QCOMPARE(field(window, "latitudeMax"), 51.5);
        QVERIFY(std::abs(map->toWidget(50.5, lonMax).x() - (east.x() - 80)) < 1.5);
        QVERIFY(window.mapPanel()->boxMessage().isEmpty());

        // North-west corner down and to the right: latitude.max and longitude.min change together.
        const QRectF moved = map->boundingBoxOnWidget();
        const QPoint northWest = moved.topLeft().toPoint();
        drag(map, northWest, northWest + QPoint(50, 40));
        QVERIFY(field(window, "latitudeMax") < 51.5 - 0.1);
        QVERIFY(field(window, "longitudeMin") > 2.5 + 0.1);
        QCOMPARE(field(window, "longitudeMax"), lonMax);
        QCOMPARE(field(window, "latitudeMin"), 49.5);
        QVERIFY(window.configEditor()->issues().empty());

        // The fields drive the map too.
        test::editConfig(window, [](Config &c) { c.longitude = {3.0, 5.0}; });
        QVERIFY(std::abs(map->boundingBoxOnWidget().left() - map->toWidget(50, 3.0).x()) < 0.5);
    }

    void aDragTheFieldsWouldRefuseIsPutBack()
    {
        // A strip along the coast; pulling its south edge north leaves only sea, which the fields refuse.
        MainWindow window;
        showMap(window, {50.95, 51.6}, {2.6, 3.0});
        MapWidget *map = window.mapPanel()->map();
        const QRectF before = map->boundingBoxOnWidget();
        const QPoint south(qRound(before.center().x()), qRound(before.bottom()));
        const QPoint sea(south.x(), qRound(map->toWidget(51.45, 2.8).y()));
        QSignalSpy proposed(map, &MapWidget::boundingBoxDragged);
        drag(map, south, sea);
        QCOMPARE(proposed.size(), 1);
        const auto latitude = proposed.first().at(0).value<DoubleRange>();
        const auto longitude = proposed.first().at(1).value<DoubleRange>();
        QVERIFY(std::abs(latitude.min - 51.45) < 0.01);

        QCOMPARE(field(window, "latitudeMin"), 50.95);
        QCOMPARE(window.configEditor()->config().latitude.min, 50.95);
        QVERIFY(window.configEditor()->issues().empty());
        const QString message = window.mapPanel()->boxMessage();
        QVERIFY2(message.contains(QStringLiteral("Error: geography: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("does not overlap Belgium")), qPrintable(message));
        // The drawn box is the fields' box again (the message above the map may have resized the view).
        const QRectF after = map->boundingBoxOnWidget();
        QVERIFY((after.topLeft() - map->toWidget(51.6, 2.6)).manhattanLength() < 0.5);
        QVERIFY((after.bottomRight() - map->toWidget(50.95, 3.0)).manhattanLength() < 0.5);

        // The same box typed into the fields gets the same message from the editor.
        test::editConfig(window, [&](Config &c) {
            c.latitude = latitude;
            c.longitude = longitude;
        });
        QCOMPARE(window.configEditor()->issues().size(), std::size_t(1));
        const QString fieldMessage = SectionPanel::issueText(window.configEditor()->issues().front());
        QVERIFY2(message.endsWith(fieldMessage), qPrintable(message + QStringLiteral(" | ") + fieldMessage));
    }

    void clickingAPreviewRowShowsTheRecordOnTheMap()
    {
        MainWindow window;
        showMap(window, {49.5, 51.5}, {2.5, 6.4});
        PreviewPanel *preview = window.previewPanel();
        QSignalSpy ready(preview, &PreviewPanel::previewReady);
        window.showTab(2);
        preview->generate();
        QVERIFY(ready.wait(60'000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordsTable"));
        QVERIFY(table);
        MapWidget *map = window.mapPanel()->map();
        QVERIFY(!map->record());

        const QModelIndex third = table->model()->index(2, 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QVERIFY(map->record().has_value());
        const CdrRecord &expected = preview->model()->records()[2];
        const MapRecord &shown = *map->record();
        QCOMPARE(shown.id, expected.id);
        QVERIFY(shown.home && shown.emission && shown.reception);
        QCOMPARE(*shown.home, QPointF(expected.callerHomeLon, expected.callerHomeLat));
        QCOMPARE(*shown.emission, QPointF(expected.antennaEmission.lon, expected.antennaEmission.lat));
        QCOMPARE(*shown.reception, QPointF(expected.antennaReception.lon, expected.antennaReception.lat));

        // Hovering an antenna still names it while a record is shown. Zoomed on the record, as the user would: at the
        // country's scale several antennas share a pixel. Operators may share a site, so the antenna named must be
        // the emission antenna or one at its very position.
        map->zoomToRecord();
        const QPoint emission = map->toWidget(expected.antennaEmission.lat, expected.antennaEmission.lon).toPoint();
        const QString tip = map->antennaTooltipAt(emission);
        const QString position = QStringLiteral("%1, %2")
                                     .arg(expected.antennaEmission.lat, 0, 'f', 5)
                                     .arg(expected.antennaEmission.lon, 0, 'f', 5);
        QVERIFY2(tip.contains(QStringLiteral("ANT%1").arg(expected.antennaEmission.id)) || tip.endsWith(position),
                 qPrintable(tip + QStringLiteral(" / expected ANT%1 at ").arg(expected.antennaEmission.id) + position));

        // A record with empty reception columns shows only what it has.
        CdrRecord session = expected;
        session.antennaReception = AntennaRef();
        window.mapPanel()->showRecord(session);
        QVERIFY(map->record()->home && map->record()->emission);
        QVERIFY(!map->record()->reception);

        // Double-click opens the Map tab.
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 3);
        QVERIFY(map->record()->reception);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiMapEdit)
#include "test_gui_map_edit.moc"

// Preview and map: "Generate preview" fills the sortable table and the three charts with the first records of the
// config, and the map shows the world's antennas with a tooltip.
#include "guitestsupport.h"

#include "mappanel.h"
#include "mapwidget.h"
#include "presetmanager.h"
#include "previewcharts.h"
#include "previewpanel.h"
#include "recordtablemodel.h"
#include "synth/cdrengine.h"

#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

namespace {
// The Belgian default with 100,000 records: a realistic world that builds in a moment.
void showSmallWorld(MainWindow &window)
{
    window.initialize(PresetManager::kBuiltInDefault);
    test::editConfig(window, [](Config &c) { c.generation.records = 100'000; });
    window.resize(1200, 800);
    window.show();
}
} // namespace

class TestGuiPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void previewFillsTableAndCharts()
    {
        MainWindow window;
        showSmallWorld(window);
        PreviewPanel *preview = window.previewPanel();
        QCOMPARE(preview->recordCount(), 1000); // the default
        QSignalSpy ready(preview, &PreviewPanel::previewReady);
        preview->generate();
        QVERIFY(ready.wait(60'000));

        QCOMPARE(preview->model()->rowCount(), 1000);
        QCOMPARE(preview->model()->columnCount(), 23);
        // The rows are the engine's records 1..1000 exactly, in the sinks' text form.
        const Config config = window.configEditor()->config();
        CdrEngine engine(config);
        std::vector<CdrRecord> expected;
        engine.generate(1, 1000, expected);
        QCOMPARE(preview->model()->records().size(), expected.size());
        QCOMPARE(preview->model()->records()[999].caller, expected[999].caller);
        QCOMPARE(preview->model()->index(0, 0).data().toString(), QStringLiteral("1"));
        QVERIFY(preview->model()->index(0, 1).data().toString().startsWith(QStringLiteral("+324")));

        for (int chart = 0; chart < 3; ++chart)
            QVERIFY2(preview->charts()->pointCount(chart) > 0, qPrintable(QString::number(chart)));

        // Sorting by duration is numeric (UserRole), not textual.
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordsTable"));
        QVERIFY(table);
        table->sortByColumn(4, Qt::AscendingOrder);
        QAbstractItemModel *view = table->model();
        for (int row = 1; row < view->rowCount(); ++row)
            QVERIFY(view->index(row - 1, 4).data(Qt::UserRole).toInt() <= view->index(row, 4).data(Qt::UserRole).toInt());
        QVERIFY(view->index(0, 4).data().toInt() <= view->index(view->rowCount() - 1, 4).data().toInt());
    }

    void mapShowsAntennasWithTooltip()
    {
        MainWindow window;
        showSmallWorld(window);
        QSignalSpy shown(window.mapPanel(), &MapPanel::worldShown);
        window.showTab(3);
        QVERIFY(shown.wait(60'000));
        MapWidget *map = window.mapPanel()->map();
        QVERIFY(map->antennaCount() > 0);
        QCOMPARE(shown.first().first().toInt(), map->antennaCount());

        const Config config = window.configEditor()->config();
        const CdrEngine engine(config);
        const Antenna &first = engine.world().antennas().front();
        const QString tip = map->antennaTooltipAt(map->toWidget(first.lat, first.lon).toPoint());
        QVERIFY2(tip.contains(QStringLiteral("ANT")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("altitude")));
        QVERIFY(map->antennaTooltipAt(QPoint(-50, -50)).isEmpty());

        // The map follows config changes (debounced): another antenna range gives another world.
        shown.clear();
        test::editConfig(window, [](Config &c) { c.antennaId = {1, 500}; });
        QVERIFY(shown.wait(60'000));
        QCOMPARE(map->antennaCount(), static_cast<int>(CdrEngine(window.configEditor()->config()).world().antennas().size()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiPreview)
#include "test_gui_preview.moc"

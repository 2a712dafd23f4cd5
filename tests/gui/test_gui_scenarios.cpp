// The Scenarios page edits config.yml's scenarios: section (ticks, windows, prevalence, mimicry and each scenario's
// own parameters within the catalogue's bounds) and a saved preset keeps the edits; the preview's last column gives
// the answer key's label of each record's numbers, as ScenarioPlan::labelOf has it; the page's map rings the antennas
// of the selected SIM box, test probe or call centre.
#include "guitestsupport.h"

#include "config/configloader.h"
#include "mapwidget.h"
#include "presetmanager.h"
#include "previewpanel.h"
#include "recordtablemodel.h"
#include "scenarios/scenarioform.h"
#include "scenarios/scenarioplan.h"
#include "scenarios/scenariospanel.h"
#include "scenarios/scenariotexts.h"
#include "synth/cdrengine.h"
#include "synth/syntheticworld.h"
#include "translations.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

#include <set>

using namespace cdr;
using namespace cdr::gui;
using test::child;
using test::typeInto;

namespace {

constexpr int kScenariosSection = 6;

ScenariosPanel *showScenariosPage(MainWindow &window, const QString &preset = PresetManager::kBuiltInDefault)
{
    auto *panel = window.configEditor()->scenariosPanel();
    if (!test::showConfigSection(window, kScenariosSection, preset) || !panel->isVisible())
        return nullptr;
    return panel;
}

// The run's answer key, built apart from the app's engines.
struct AnswerKey {
    explicit AnswerKey(const Config &config)
        : engine(config), plan(config, static_cast<const SyntheticWorld &>(engine.world()))
    {
    }
    CdrEngine engine;
    ScenarioPlan plan;
};

} // namespace

class TestGuiScenarios : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    // Every parameter of the catalogue has its field with the catalogue's bounds, and a translatable meaning.
    void formsFollowTheCatalogue()
    {
        ScenariosPanel panel;
        QTreeWidget *tree = child<QTreeWidget>(&panel, "scenarioTree");
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 5); // fraud
        QCOMPARE(tree->topLevelItem(1)->childCount(), 3); // legitimate look-alikes
        for (ScenarioKind kind : kScenarioKinds) {
            const ScenarioSpec &spec = scenarioSpec(kind);
            QCOMPARE(panel.item(kind)->parent(), tree->topLevelItem(spec.fraud ? 0 : 1));
            ScenarioForm *form = panel.form(kind);
            for (std::size_t i = 0; i < spec.parameters.size(); ++i) {
                const ScenarioParameter &p = spec.parameters[i];
                const QString where = QStringLiteral("%1.%2").arg(QString::fromUtf8(spec.key.data(), spec.key.size()),
                                                                  QString::fromUtf8(p.key.data(), p.key.size()));
                QVERIFY2(!ScenarioTexts::parameter(kind, p.key).isEmpty(), qPrintable(where));
                QVERIFY2(form->field(i)->toolTip().contains(QStringLiteral("scenarios.") + where), qPrintable(where));
                if (p.integer) {
                    auto *spin = qobject_cast<QSpinBox *>(form->field(i));
                    QVERIFY2(spin, qPrintable(where));
                    QCOMPARE(spin->minimum(), int(p.min));
                    QCOMPARE(spin->maximum(), int(p.max));
                } else {
                    auto *spin = qobject_cast<QDoubleSpinBox *>(form->field(i));
                    QVERIFY2(spin, qPrintable(where));
                    QCOMPARE(spin->minimum(), p.min);
                    QCOMPARE(spin->maximum(), p.max);
                }
            }
        }
    }

    void editsReachTheConfigAndTheSavedPreset()
    {
        MainWindow window;
        ScenariosPanel *panel = showScenariosPage(window);
        QVERIFY(panel);
        auto scenarios = [&window] { return window.configEditor()->config().scenarios; };
        QVERIFY(!scenarios().enabled()); // off by default
        for (ScenarioKind kind : kScenarioKinds)
            QCOMPARE(panel->item(kind)->checkState(0), Qt::Unchecked);

        // Ticking a scenario in the list switches it on, and its form says so; and the other way round.
        panel->item(ScenarioKind::SimBox)->setCheckState(0, Qt::Checked);
        QVERIFY(scenarios()[ScenarioKind::SimBox].enabled);
        QVERIFY(panel->form(ScenarioKind::SimBox)->enabledBox()->isChecked());
        QVERIFY(window.isModified());
        panel->select(ScenarioKind::Wangiri);
        ScenarioForm *wangiri = panel->form(ScenarioKind::Wangiri);
        QVERIFY(wangiri->isVisible());
        wangiri->enabledBox()->click();
        QVERIFY(scenarios()[ScenarioKind::Wangiri].enabled);
        QCOMPARE(panel->item(ScenarioKind::Wangiri)->checkState(0), Qt::Checked);

        // Values typed into the SIM box's form; the slider sets mimicry.
        panel->select(ScenarioKind::SimBox);
        ScenarioForm *simBox = panel->form(ScenarioKind::SimBox);
        const std::size_t sims = scenarioParameterIndex(ScenarioKind::SimBox, "sims_per_box");
        typeInto(simBox->field(sims), QStringLiteral("16"));
        QCOMPARE(scenarios()[ScenarioKind::SimBox].value(ScenarioKind::SimBox, "sims_per_box"), 16.0);
        typeInto(simBox->field(kPrevalence), QLocale().toString(0.01));
        QCOMPARE(scenarios()[ScenarioKind::SimBox].values[kPrevalence], 0.01);
        simBox->mimicrySlider()->setValue(40);
        QCOMPARE(scenarios()[ScenarioKind::SimBox].values[kMimicry], 0.4);
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(simBox->field(kMimicry))->value(), 0.4);
        // A value beyond the catalogue's bounds cannot be typed: a box is seen on at most 3 antennas.
        const std::size_t antennas = scenarioParameterIndex(ScenarioKind::SimBox, "antennas_per_box");
        typeInto(simBox->field(antennas), QStringLiteral("9"));
        QVERIFY(scenarios()[ScenarioKind::SimBox].value(ScenarioKind::SimBox, "antennas_per_box") <= 3);

        // Its own window: from 1 March; the end stays the period's.
        QVERIFY(!simBox->startEdit()->isEnabled());
        simBox->ownStartBox()->click();
        QVERIFY(simBox->startEdit()->isEnabled());
        QDateTime march = simBox->startEdit()->dateTime();
        march.setDate(QDate(2024, 3, 1));
        simBox->startEdit()->setDateTime(march);
        QCOMPARE(scenarios()[ScenarioKind::SimBox].start, std::string("2024-03-01 00:00:00"));
        QCOMPARE(scenarios()[ScenarioKind::SimBox].end, std::string());
        QVERIFY(!window.configEditor()->hasErrors());

        // A window that ends before it starts is the core's error, on this page, and marks the scenario.
        simBox->ownEndBox()->click();
        QDateTime february = simBox->endEdit()->dateTime();
        february.setDate(QDate(2024, 2, 1));
        simBox->endEdit()->setDateTime(february);
        QVERIFY(window.configEditor()->hasErrors());
        auto *issues = child<QLabel>(panel, "issueLabel");
        QVERIFY(issues->isVisibleTo(panel));
        QVERIFY2(issues->text().contains(QStringLiteral("scenarios.sim_box")), qPrintable(issues->text()));
        QVERIFY(!panel->item(ScenarioKind::SimBox)->icon(0).isNull());
        QVERIFY(panel->item(ScenarioKind::Wangiri)->icon(0).isNull());
        simBox->ownEndBox()->click(); // back to the period's end
        QVERIFY(!window.configEditor()->hasErrors());
        QVERIFY(panel->item(ScenarioKind::SimBox)->icon(0).isNull());

        // Saved and read back, the preset holds exactly the edited scenarios.
        const ScenariosConfig edited = scenarios();
        const QString path = m_dir.filePath(QStringLiteral("edited-scenarios.yml"));
        QVERIFY(window.savePresetAs(path));
        const ConfigLoadResult saved = loadConfigFile(path.toStdString());
        QVERIFY(saved.ok());
        QVERIFY(saved.config.scenarios == edited);

        // The default preset puts everything off again; the saved one brings the edits back into the fields.
        QVERIFY(window.openPreset(PresetManager::kBuiltInDefault));
        QVERIFY(!scenarios().enabled());
        QCOMPARE(panel->item(ScenarioKind::SimBox)->checkState(0), Qt::Unchecked);
        QCOMPARE(qobject_cast<QSpinBox *>(simBox->field(sims))->value(), 8);
        QVERIFY(window.openPreset(path));
        QCOMPARE(panel->item(ScenarioKind::SimBox)->checkState(0), Qt::Checked);
        QCOMPARE(panel->item(ScenarioKind::Wangiri)->checkState(0), Qt::Checked);
        QCOMPARE(panel->item(ScenarioKind::Irsf)->checkState(0), Qt::Unchecked);
        QCOMPARE(qobject_cast<QSpinBox *>(simBox->field(sims))->value(), 16);
        QCOMPARE(simBox->mimicrySlider()->value(), 40);
        QVERIFY(simBox->ownStartBox()->isChecked());
        QVERIFY(!simBox->ownEndBox()->isChecked());
        QCOMPARE(simBox->startEdit()->dateTime().date(), QDate(2024, 3, 1));
        QVERIFY(scenarios() == edited);
        QVERIFY(!window.isModified());
    }

    void fraudLabSwitchesEverythingOnAtDefaults()
    {
        MainWindow window;
        ScenariosPanel *panel = showScenariosPage(window);
        QVERIFY(panel);
        test::editConfig(window, [](Config &c) {
            c.scenarios[ScenarioKind::Irsf].values[kMimicry] = 0.7;
            c.scenarios[ScenarioKind::Irsf].start = "2024-05-01";
        });
        QTest::mouseClick(child<QPushButton>(panel, "fraudLabButton"), Qt::LeftButton);
        const ScenariosConfig lab = window.configEditor()->config().scenarios;
        const ScenariosConfig defaults;
        for (ScenarioKind kind : kScenarioKinds) {
            QVERIFY(lab[kind].enabled);
            QCOMPARE(lab[kind].values, defaults[kind].values);
            QVERIFY(lab[kind].start.empty() && lab[kind].end.empty());
            QCOMPARE(panel->item(kind)->checkState(0), Qt::Checked);
        }
        QVERIFY(window.isModified());
        // The button's scenarios are the fraud-lab preset's.
        const ConfigLoadResult preset = loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/fraud-lab.yml");
        QVERIFY(preset.ok());
        QVERIFY(preset.config.scenarios == lab);
        QTest::mouseClick(child<QPushButton>(panel, "allOffButton"), Qt::LeftButton);
        QVERIFY(!window.configEditor()->config().scenarios.enabled());
        QCOMPARE(window.configEditor()->config().scenarios[ScenarioKind::SimBox].values,
                 defaults[ScenarioKind::SimBox].values);
        // Opened, the preset ticks every scenario.
        QVERIFY(window.openPreset(QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/fraud-lab.yml")));
        for (ScenarioKind kind : kScenarioKinds)
            QCOMPARE(panel->item(kind)->checkState(0), Qt::Checked);
    }

    // The preview's last column is the answer key's label of the caller and the callee at the record's time.
    void previewShowsTheAnswerKeyLabels()
    {
        MainWindow window;
        ScenariosPanel *panel = showScenariosPage(window);
        QVERIFY(panel);
        PreviewPanel *preview = window.previewPanel();
        preview->setRecordCount(2000);
        QSignalSpy ready(preview, &PreviewPanel::previewReady);

        // Scenarios off: the 23 columns of the table, no answer key.
        preview->generate();
        QVERIFY(ready.wait(120'000));
        QCOMPARE(preview->model()->columnCount(), 23);
        QCOMPARE(preview->model()->labelColumn(), -1);

        QTest::mouseClick(child<QPushButton>(panel, "fraudLabButton"), Qt::LeftButton);
        const Config config = window.configEditor()->config();
        QVERIFY(config.scenarios[ScenarioKind::SimBox].enabled && config.scenarios[ScenarioKind::Wangiri].enabled);
        preview->generate();
        QVERIFY(ready.wait(120'000));
        const RecordTableModel *model = preview->model();
        QCOMPARE(model->labelColumn(), 23);
        QCOMPARE(model->columnCount(), 24);
        const std::vector<CdrRecord> &records = model->records();
        QCOMPARE(records.size(), std::size_t(2000));
        QCOMPARE(model->labels().size(), records.size());

        const AnswerKey key(config);
        std::set<ScenarioKind> shown;
        int labelled = 0;
        for (std::size_t row = 0; row < records.size(); ++row) {
            const CdrRecord &record = records[row];
            const RecordLabels expected{key.plan.labelOf(record.caller, record.startTime),
                                        key.plan.labelOf(record.callee, record.startTime)};
            QVERIFY2(model->labels()[row] == expected, qPrintable(QString::number(record.id)));
            const QString cell = model->data(model->index(int(row), 23), Qt::DisplayRole).toString();
            QCOMPARE(cell, ScenarioTexts::recordLabel(expected.caller, expected.callee));
            if (!expected.any())
                continue;
            ++labelled;
            for (const std::optional<LabelRow> &label : {expected.caller, expected.callee})
                if (label) {
                    shown.insert(label->scenario);
                    QVERIFY2(cell.contains(ScenarioTexts::name(label->scenario)), qPrintable(cell));
                }
        }
        QVERIFY2(labelled > 0, "no previewed record has a labelled number");
        QVERIFY2(shown.count(ScenarioKind::SimBox) && shown.count(ScenarioKind::Wangiri),
                 qPrintable(QStringLiteral("%1 labelled records, %2 scenarios").arg(labelled).arg(shown.size())));
    }

    // The page's sites are the plan's; the selected one's antennas are ringed on the map.
    void mapRingsTheSelectedSite()
    {
        MainWindow window;
        ScenariosPanel *panel = showScenariosPage(window);
        QVERIFY(panel);
        QSignalSpy shown(panel, &ScenariosPanel::sitesShown);
        QTest::mouseClick(child<QPushButton>(panel, "fraudLabButton"), Qt::LeftButton);
        QVERIFY(shown.wait(120'000));
        // The first placing may be of the config before the click: wait for the current one.
        while (panel->sites().empty() && shown.wait(120'000)) {
        }
        const Config config = window.configEditor()->config();
        const AnswerKey key(config);
        const std::vector<ScenarioPlan::Site> &expected = key.plan.sites();
        QVERIFY(!expected.empty());
        QCOMPARE(panel->sites().size(), expected.size());
        std::set<ScenarioKind> kinds;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(panel->sites()[i].scenario, expected[i].scenario);
            QCOMPARE(panel->sites()[i].groupId, expected[i].groupId);
            QCOMPARE(panel->sites()[i].antennas, expected[i].antennas);
            kinds.insert(expected[i].scenario);
        }
        QVERIFY(kinds.count(ScenarioKind::SimBox));
        QCOMPARE(panel->sitesList()->count(), int(expected.size()));
        QVERIFY(panel->map()->antennas().size() > 100);
        QCOMPARE(panel->map()->areas().size(), expected.size());

        for (int row : {int(expected.size()) - 1, 0}) {
            panel->sitesList()->setCurrentRow(row);
            QCOMPARE(panel->map()->highlightedAntennas(), expected[std::size_t(row)].antennas);
            QVERIFY(panel->map()->areas()[std::size_t(row)].selected);
            QVERIFY2(child<QLabel>(panel, "mapHint")->text().contains(
                         ScenarioTexts::site(expected[std::size_t(row)].scenario, expected[std::size_t(row)].groupId)),
                     qPrintable(child<QLabel>(panel, "mapHint")->text()));
        }
        // Zoomed to the site, its antennas are in view.
        QTest::mouseClick(child<QPushButton>(panel, "zoomToSiteButton"), Qt::LeftButton);
        for (std::uint32_t index : expected[0].antennas) {
            const Antenna &antenna = panel->map()->antennas()[index];
            QVERIFY(QRectF(panel->map()->rect()).contains(panel->map()->toWidget(antenna.lat, antenna.lon)));
        }

        // Everything off: no site, nothing ringed.
        QTest::mouseClick(child<QPushButton>(panel, "allOffButton"), Qt::LeftButton);
        QVERIFY(shown.wait(120'000));
        QVERIFY(panel->sites().empty());
        QVERIFY(panel->map()->highlightedAntennas().empty());
    }

    // Alt + a letter reaches one field or button of the page as shown (the list and the selected scenario's form),
    // in every language.
    void pageAcceleratorsAreUnique_data()
    {
        test::addLanguageRows();
    }
    void pageAcceleratorsAreUnique()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(*qApp, language, QLocale::c()));
        MainWindow window;
        ScenariosPanel *panel = showScenariosPage(window);
        QVERIFY(panel);
        QStringList clashes;
        int fewest = 100;
        for (ScenarioKind kind : kScenarioKinds) {
            panel->select(kind);
            const QMap<QChar, QString> owners = test::acceleratorOwners(test::acceleratorTexts(panel, true), clashes);
            fewest = std::min(fewest, int(owners.size()));
        }
        Translations::install(*qApp, QStringLiteral("en"), QLocale::c());
        QCOMPARE(fewest, 10);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiScenarios)
#include "test_gui_scenarios.moc"

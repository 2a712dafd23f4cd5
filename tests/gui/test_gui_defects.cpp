// The Dirty data page edits config.yml's defects: section (rates, variants, missing_fields' columns) and a saved
// preset keeps the edits; the core's messages show on the page; the preview shows the records damaged as a run
// writes them and tints exactly the cells the answer key (DefectInjector::describe) names, the kind in the tooltip.
#include "guitestsupport.h"

#include "config/configloader.h"
#include "defects/defectinjector.h"
#include "defects/defectkindform.h"
#include "defects/defectspanel.h"
#include "defects/defecttexts.h"
#include "model/schema.h"
#include "presetmanager.h"
#include "previewpanel.h"
#include "recordtablemodel.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"
#include "translations.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace cdr;
using namespace cdr::gui;
using test::child;
using test::typeInto;

namespace {

constexpr int kDefectsSection = 7;

DefectsPanel *showDefectsPage(MainWindow &window)
{
    auto *panel = window.configEditor()->defectsPanel();
    if (!test::showConfigSection(window, kDefectsSection, PresetManager::kBuiltInDefault) || !panel->isVisible())
        return nullptr;
    return panel;
}

QListWidgetItem *itemNamed(QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == name)
            return list->item(i);
    return nullptr;
}

QStringList checkedNames(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            names << list->item(i)->data(Qt::UserRole).toString();
    return names;
}

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

DefectsConfig dirtyDataPreset()
{
    const ConfigLoadResult preset = loadConfigFile(CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml");
    if (!preset.ok())
        qFatal("config/presets/dirty-data.yml does not load");
    return preset.config.defects;
}

} // namespace

class TestGuiDefects : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    // A form per kind with every variant of the catalogue; missing_fields lists the CDR columns but id, the
    // catalogue's default columns ticked.
    void formsFollowTheCatalogue()
    {
        DefectsPanel panel;
        panel.loadConfig(Config::seedDefaults());
        for (DefectKind kind : kDefectKinds) {
            DefectKindForm *form = panel.form(kind);
            QCOMPARE(form->rateBox()->minimum(), 0.0);
            QCOMPARE(form->rateBox()->maximum(), 1.0);
            QCOMPARE(form->variantList()->count(), int(defectVariants(kind).size()));
            for (std::string_view variant : defectVariants(kind))
                QVERIFY(itemNamed(form->variantList(), fromView(variant)));
            QCOMPARE(form->columnList() != nullptr, kind == DefectKind::MissingField);
        }
        QListWidget *columns = panel.form(DefectKind::MissingField)->columnList();
        QCOMPARE(columns->count(), int(kCdrColumnCount) - 1);
        QVERIFY(!itemNamed(columns, QStringLiteral("id")));
        QStringList defaults;
        for (std::string_view column : defaultMissingColumns())
            defaults << fromView(column);
        QCOMPARE(checkedNames(columns), defaults);
        QVERIFY(defaults.size() < columns->count());
    }

    void editsReachTheConfigAndTheSavedPreset()
    {
        MainWindow window;
        DefectsPanel *panel = showDefectsPage(window);
        QVERIFY(panel);
        auto defects = [&window] { return window.configEditor()->config().defects; };
        QVERIFY(!defects().enabled()); // off by default

        DefectKindForm *duplicates = panel->form(DefectKind::Duplicate);
        typeInto(duplicates->rateBox(), QLocale().toString(0.01));
        QCOMPARE(defects().duplicates.rate, 0.01);
        QVERIFY(window.isModified());
        itemNamed(duplicates->variantList(), QStringLiteral("near"))->setCheckState(Qt::Checked);
        QCOMPARE(defects().duplicates.variants, std::vector<std::string>{"near"});

        DefectKindForm *corrupt = panel->form(DefectKind::CorruptValue);
        typeInto(corrupt->rateBox(), QLocale().toString(0.002));
        itemNamed(corrupt->variantList(), QStringLiteral("swapped_coordinates"))->setCheckState(Qt::Checked);
        itemNamed(corrupt->variantList(), QStringLiteral("msisdn_length"))->setCheckState(Qt::Checked);
        QCOMPARE(defects().corruptValues.variants,
                 (std::vector<std::string>{"msisdn_length", "swapped_coordinates"})); // the catalogue's order

        // missing_fields: only the caller and the duration may be blanked.
        DefectKindForm *missing = panel->form(DefectKind::MissingField);
        typeInto(missing->rateBox(), QLocale().toString(0.05));
        QVERIFY(defects().missingFields.columns.empty()); // the defaults, as config.yml writes them
        QListWidget *columns = missing->columnList();
        for (int i = 0; i < columns->count(); ++i)
            columns->item(i)->setCheckState(Qt::Unchecked);
        itemNamed(columns, QStringLiteral("duration"))->setCheckState(Qt::Checked);
        itemNamed(columns, QStringLiteral("caller"))->setCheckState(Qt::Checked);
        QCOMPARE(defects().missingFields.columns, (std::vector<std::string>{"caller", "duration"}));
        QCOMPARE(defects().missingFields.rate, 0.05);
        QVERIFY(!window.configEditor()->hasErrors());

        // Saved and read back, the preset holds exactly the edited defects.
        const DefectsConfig edited = defects();
        const QString path = m_dir.filePath(QStringLiteral("edited-defects.yml"));
        QVERIFY(window.savePresetAs(path));
        const ConfigLoadResult saved = loadConfigFile(path.toStdString());
        QVERIFY(saved.ok());
        QVERIFY(saved.config.defects == edited);

        // The default preset puts everything off again; the saved one brings the edits back into the fields.
        QVERIFY(window.openPreset(PresetManager::kBuiltInDefault));
        QVERIFY(!defects().enabled());
        QCOMPARE(duplicates->rateBox()->value(), 0.0);
        QVERIFY(checkedNames(duplicates->variantList()).isEmpty());
        QCOMPARE(checkedNames(columns).size(), int(defaultMissingColumns().size()));
        QVERIFY(window.openPreset(path));
        QCOMPARE(duplicates->rateBox()->value(), 0.01);
        QCOMPARE(checkedNames(duplicates->variantList()), QStringList{QStringLiteral("near")});
        QCOMPARE(checkedNames(corrupt->variantList()),
                 (QStringList{QStringLiteral("msisdn_length"), QStringLiteral("swapped_coordinates")}));
        QCOMPARE(checkedNames(columns), (QStringList{QStringLiteral("caller"), QStringLiteral("duration")}));
        QCOMPARE(missing->rateBox()->value(), 0.05);
        QVERIFY(defects() == edited);
        QVERIFY(!window.isModified());
    }

    // Rates that add up above 1 are the core's error, shown on the page in the core's words.
    void anInvalidCombinationShowsTheCoreMessage()
    {
        MainWindow window;
        DefectsPanel *panel = showDefectsPage(window);
        QVERIFY(panel);
        auto *issues = child<QLabel>(panel, "issueLabel");
        QVERIFY(!issues->isVisibleTo(panel));
        typeInto(panel->form(DefectKind::Orphan)->rateBox(), QLocale().toString(0.6));
        QVERIFY(!window.configEditor()->hasErrors());
        typeInto(panel->form(DefectKind::TimestampFault)->rateBox(), QLocale().toString(0.5));
        QVERIFY(window.configEditor()->hasErrors());

        const std::vector<ConfigIssue> core = validateConfig(window.configEditor()->config());
        const auto sum = std::find_if(core.begin(), core.end(), [](const ConfigIssue &i) { return i.keyPath == "defects"; });
        QVERIFY(sum != core.end());
        QVERIFY(issues->isVisibleTo(panel));
        QVERIFY2(issues->text().contains(SectionPanel::issueText(*sum)), qPrintable(issues->text()));

        typeInto(panel->form(DefectKind::TimestampFault)->rateBox(), QLocale().toString(0.3));
        QVERIFY(!window.configEditor()->hasErrors());
        QVERIFY(!issues->isVisibleTo(panel));
    }

    void presetRatesAndAllOff()
    {
        MainWindow window;
        DefectsPanel *panel = showDefectsPage(window);
        QVERIFY(panel);
        test::editConfig(window, [](Config &c) { c.defects.orphans.variants = {"imei"}; });
        QTest::mouseClick(child<QPushButton>(panel, "presetButton"), Qt::LeftButton);
        const DefectsConfig preset = dirtyDataPreset();
        QVERIFY(preset.enabled());
        QVERIFY(window.configEditor()->config().defects == preset);
        QVERIFY(window.isModified());
        QTest::mouseClick(child<QPushButton>(panel, "allOffButton"), Qt::LeftButton);
        QVERIFY(!window.configEditor()->config().defects.enabled());
    }

    // With the dirty-data preset, the preview's records are those a run writes (damaged by DefectInjector) and the
    // tinted cells are exactly those of the answer key's rows for the previewed ids; an exact duplicate tints its
    // whole row. Each tooltip names the kind and variant.
    void previewMarksTheAnswerKeyCells()
    {
        MainWindow window;
        DefectsPanel *panel = showDefectsPage(window);
        QVERIFY(panel);
        PreviewPanel *preview = window.previewPanel();
        constexpr int kCount = 5000;
        preview->setRecordCount(kCount);
        QSignalSpy ready(preview, &PreviewPanel::previewReady);

        // Defects off: no cell is marked.
        preview->generate();
        QVERIFY(ready.wait(120'000));
        QVERIFY(preview->model()->defects().empty());
        QVERIFY(!preview->model()->data(preview->model()->index(0, 1), RecordTableModel::DefectRole).isValid());

        QTest::mouseClick(child<QPushButton>(panel, "presetButton"), Qt::LeftButton);
        const Config config = window.configEditor()->config();
        preview->generate();
        QVERIFY(ready.wait(120'000));
        const RecordTableModel *model = preview->model();
        QCOMPARE(model->rowCount(), kCount);

        // The run's records and answer key, built apart from the app's engines.
        const CdrEngine engine(config);
        const DefectInjector injector(engine);
        std::vector<CdrRecord> expected;
        engine.generate(1, kCount, expected);
        injector.damage(expected);
        std::vector<DefectKeyRow> key;
        injector.describe(1, kCount, key);
        QVERIFY(!key.empty());

        const RecordFormatter formatter(config);
        for (std::size_t row = 0; row < expected.size(); ++row) {
            std::string shown, written;
            formatter.appendCsvRow(shown, model->records()[row]);
            formatter.appendCsvRow(written, expected[row]);
            QCOMPARE(shown, written);
        }

        // Expected marks: (row, column) -> "kind/variant"; a key row without a column marks every cell of its row.
        std::map<std::pair<int, int>, QString> wanted;
        std::set<DefectKind> kinds;
        for (const DefectKeyRow &k : key) {
            const int row = int(k.id - 1);
            const QString mark = fromView(defectKindKey(k.kind)) + QLatin1Char('/') + fromView(k.variant);
            kinds.insert(k.kind);
            if (!k.columnName) {
                for (int c = 0; c < int(kCdrColumnCount); ++c)
                    wanted[{row, c}] = mark;
                continue;
            }
            int column = 0;
            while (kCdrColumns[std::size_t(column)].name != *k.columnName)
                ++column;
            wanted[{row, column}] = mark;
            if (k.kind == DefectKind::MissingField)
                QVERIFY(model->data(model->index(row, column), Qt::DisplayRole).toString().isEmpty());
        }
        QCOMPARE(kinds.size(), kDefectKinds.size()); // every kind appears in these records
        QVERIFY(std::any_of(key.begin(), key.end(), [](const DefectKeyRow &k) { return !k.columnName; })); // exact
        std::map<std::pair<int, int>, QString> marked;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < int(kCdrColumnCount); ++column) {
                const QVariant mark = model->data(model->index(row, column), RecordTableModel::DefectRole);
                if (!mark.isValid())
                    continue;
                marked[{row, column}] = mark.toString();
                QVERIFY(model->data(model->index(row, column), Qt::BackgroundRole).isValid());
            }
        QCOMPARE(marked.size(), wanted.size());
        QVERIFY(marked == wanted);

        // The tooltip names the kind and the variant of the key row, in words.
        for (const DefectKeyRow &k : key) {
            int column = 0;
            if (k.columnName)
                while (kCdrColumns[std::size_t(column)].name != *k.columnName)
                    ++column;
            const QString tip = model->data(model->index(int(k.id - 1), column), Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(DefectTexts::kind(k.kind)) && tip.contains(DefectTexts::variant(k.variant)),
                     qPrintable(tip));
        }
        // A clean cell keeps its text as tooltip and no tint.
        const auto clean = std::find_if(expected.begin(), expected.end(), [&wanted](const CdrRecord &r) {
            return !wanted.count({int(r.id - 1), 1});
        });
        const QModelIndex cleanCaller = model->index(int(clean - expected.begin()), 1);
        QVERIFY(!model->data(cleanCaller, Qt::BackgroundRole).isValid());
        QCOMPARE(model->data(cleanCaller, Qt::ToolTipRole), model->data(cleanCaller, Qt::DisplayRole));
    }

    // Alt + a letter reaches one field or button of the page, in every language.
    void pageAcceleratorsAreUnique_data() { test::addLanguageRows(); }
    void pageAcceleratorsAreUnique()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(*qApp, language, QLocale::c()));
        MainWindow window;
        DefectsPanel *panel = showDefectsPage(window);
        QVERIFY(panel);
        QStringList clashes;
        const QMap<QChar, QString> owners = test::acceleratorOwners(test::acceleratorTexts(panel, true), clashes);
        Translations::install(*qApp, QStringLiteral("en"), QLocale::c());
        QCOMPARE(owners.size(), 7); // five kinds, two buttons
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiDefects)
#include "test_gui_defects.moc"

// The realism knobs of issue 11 are editable in the GUI: loaded from the config, applied back to it.
#include "guitestsupport.h"

#include "config/config.h"
#include "realismpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

class TestGuiRealism : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void newKnobsLoadAndApply()
    {
        Config config = Config::seedDefaults();
        config.realism.dailyRecordsPerSubscriber = 12.5;
        config.realism.landlineCallShare = 0.1;
        config.realism.foreignCallShare = 0.03;
        config.realism.dataSessions = "filled";
        RealismPanel panel;
        panel.loadConfig(config);
        QCOMPARE(panel.findChild<QDoubleSpinBox *>("dailyRecordsPerSubscriber")->value(), 12.5);
        QCOMPARE(panel.findChild<QComboBox *>("dataSessions")->currentData().toString(), QStringLiteral("filled"));

        panel.findChild<QDoubleSpinBox *>("landlineCallShare")->setValue(0.2);
        panel.findChild<QDoubleSpinBox *>("foreignCallShare")->setValue(0.05);
        panel.findChild<QComboBox *>("dataSessions")->setCurrentIndex(0); // the shown text may be translated
        Config applied = Config::seedDefaults();
        panel.applyTo(applied);
        QCOMPARE(applied.realism.dailyRecordsPerSubscriber, 12.5);
        QCOMPARE(applied.realism.landlineCallShare, 0.2);
        QCOMPARE(applied.realism.foreignCallShare, 0.05);
        QCOMPARE(applied.realism.dataSessions, std::string("empty"));
    }

    void dataSessionsKeepTheirKeywordWhateverTheShownText()
    {
        RealismPanel panel;
        auto *choice = panel.findChild<QComboBox *>("dataSessions");
        choice->setItemText(0, QStringLiteral("vides")); // as the French catalogue shows them
        choice->setItemText(1, QStringLiteral("remplies"));
        Config config = Config::seedDefaults();
        config.realism.dataSessions = "filled";
        panel.loadConfig(config);
        QCOMPARE(choice->currentText(), QStringLiteral("remplies"));
        choice->setCurrentIndex(0);
        Config applied = Config::seedDefaults();
        panel.applyTo(applied);
        QCOMPARE(applied.realism.dataSessions, std::string("empty"));
    }
};

QTEST_MAIN(TestGuiRealism)
#include "test_gui_realism.moc"

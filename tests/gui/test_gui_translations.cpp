// French and Dutch: the catalogues cover every string of the current sources, keep the placeholders and the
// accelerators of each source text, compile into the app, and the language choice reaches the widgets.
#include "guitestsupport.h"

#include "languagemenu.h"
#include "presetmanager.h"
#include "weightedlisteditor.h"
#include "translations.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cdr::gui;
using test::accelerator;

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one per numerus form
};

std::vector<Message> readCatalogue(const QString &path)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or one <numerusform> per plural form.
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.translations.isEmpty())
                message.translations << text;
            messages.push_back(message);
        }
    }
    if (xml.hasError()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return {};
    }
    return messages;
}

QString catalogue(const QString &language)
{
    return QStringLiteral(CDRGEN_SOURCE_DIR "/resources/translations/cdrgen_%1.ts").arg(language);
}

// %1..%99 and %n, each counted once: a translation may repeat or reorder them, never drop or invent one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        if (!found.contains(match.captured(1)))
            found << match.captured(1);
    found.sort();
    return found;
}

void languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("nl") << QStringLiteral("nl");
}

QString describe(const Message &m)
{
    return QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestGuiTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }
    void cleanup() { Translations::install(*qApp, QStringLiteral("en"), QLocale::c()); }

    // lupdate over the current sources, into a copy: any string added to the GUI without a translation comes out
    // "unfinished", any translation whose string left the sources comes out "vanished".
    void cataloguesCoverTheSources_data() { languages(); }
    void cataloguesCoverTheSources()
    {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(QStringLiteral("cdrgen_%1.ts").arg(language));
        QVERIFY(QFile::copy(catalogue(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(CDRGEN_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(CDRGEN_SOURCE_DIR "/src/gui"), QStringLiteral(CDRGEN_SOURCE_DIR "/ui"),
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const std::vector<Message> messages = readCatalogue(copy);
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message &m : messages)
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(describe(m), m.type);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of cdrgen_%2.ts need work; run `cmake --build build "
                                                               "--target update_translations` and translate:\n%3")
                                                    .arg(problems.size())
                                                    .arg(language, problems.mid(0, 20).join(QLatin1Char('\n')))));
        // lupdate changed nothing but the layout it writes: the catalogue in the sources is the one just checked.
        QCOMPARE(readCatalogue(catalogue(language)).size(), messages.size());
    }

    void translationsKeepPlaceholdersAndAccelerators_data() { languages(); }
    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, language);
        const std::vector<Message> messages = readCatalogue(catalogue(language));
        QVERIFY(!messages.empty());
        QStringList problems;
        for (const Message &m : messages) {
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << describe(m) + QStringLiteral(" is empty");
                if (placeholders(translation) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders %2 in \"%3\"")
                                    .arg(describe(m), placeholders(translation).join(QLatin1Char(',')), translation);
                if (accelerator(m.source).isNull() != accelerator(translation).isNull())
                    problems << QStringLiteral("%1: accelerator lost or added in \"%2\"").arg(describe(m), translation);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void compiledCataloguesTranslate()
    {
        QTranslator fr;
        QVERIFY(fr.load(QStringLiteral(":/i18n/cdrgen_fr")));
        QCOMPARE(fr.translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(fr.translate("cdr::gui::MainWindow", "Cannot start"), QStringLiteral("Impossible de lancer"));
        QCOMPARE(fr.translate("RealismPanel", "subscribers who switch handset once (realism.imei_change_share)"),
                 QStringLiteral("abonnés qui changent une fois de GSM (realism.imei_change_share)"));
        QCOMPARE(fr.translate("cdr::gui::MapWidget", "%n antennas", nullptr, 1), QStringLiteral("%Ln antenne"));
        QCOMPARE(fr.translate("cdr::gui::MapWidget", "%n antennas", nullptr, 2), QStringLiteral("%Ln antennes"));
        // The Events page and the preview's chart over the period.
        QCOMPARE(fr.translate("ConfigEditor", "Events"), QStringLiteral("Événements"));
        QCOMPARE(fr.translate("EventsPanel", "Cell outages"), QStringLiteral("Pannes d'antennes"));
        QCOMPARE(fr.translate("EventKinds", "Mass gathering"), QStringLiteral("Rassemblement de masse"));
        QCOMPARE(fr.translate("cdr::gui::PeriodChart", "records / hour"), QStringLiteral("enregistrements / heure"));
        // The Fraud scenarios page and the preview's answer-key column.
        QCOMPARE(fr.translate("ConfigEditor", "Fraud scenarios"), QStringLiteral("Scénarios de fraude"));
        QCOMPARE(fr.translate("cdr::gui::ScenarioForm", "&Mimicry:"), QStringLiteral("&Mimétisme :"));
        QCOMPARE(fr.translate("ScenarioTexts", "SIM slots of one box"), QStringLiteral("emplacements SIM d'un boîtier"));
        QCOMPARE(fr.translate("cdr::gui::RecordTableModel", "answer key (not in the CDR)"),
                 QStringLiteral("vérité terrain (hors CDR)"));
        // The Dirty data page and the preview's marks.
        QCOMPARE(fr.translate("ConfigEditor", "Dirty data"), QStringLiteral("Données sales"));
        QCOMPARE(fr.translate("cdr::gui::ReportActions", "Open &report"), QStringLiteral("Ouvrir le &rapport"));
        QCOMPARE(fr.translate("DefectTexts", "MSISDN of the wrong length"), QStringLiteral("MSISDN de mauvaise longueur"));

        // The Database tab's SQL before and after the load.
        QCOMPARE(fr.translate("DatabasePanel", "SQL before and after the load"),
                 QStringLiteral("SQL avant et après le chargement"));
        QCOMPARE(fr.translate("DatabasePanel", "After t&he load:"), QStringLiteral("Après le c&hargement :"));

        QTranslator nl;
        QVERIFY(nl.load(QStringLiteral(":/i18n/cdrgen_nl")));
        QCOMPARE(nl.translate("MainWindow", "&File"), QStringLiteral("&Bestand"));
        QCOMPARE(nl.translate("cdr::gui::PreviewCharts", "Calls per hour of day"),
                 QStringLiteral("Oproepen per uur van de dag"));
        QCOMPARE(nl.translate("MainWindow", "&Presets"), QStringLiteral("&Voorinstellingen"));
        QCOMPARE(nl.translate("cdr::gui::MapWidget", "%n antennas", nullptr, 1), QStringLiteral("%Ln antenne"));
        QCOMPARE(nl.translate("cdr::gui::MapWidget", "%n antennas", nullptr, 5), QStringLiteral("%Ln antennes"));
        QCOMPARE(nl.translate("ConfigEditor", "Events"), QStringLiteral("Gebeurtenissen"));
        QCOMPARE(nl.translate("EventsPanel", "Cell outages"), QStringLiteral("Antennestoringen"));
        QCOMPARE(nl.translate("EventKinds", "Public holiday"), QStringLiteral("Feestdag"));
        QCOMPARE(nl.translate("cdr::gui::EventsPanel", "%1 (off)").arg(QStringLiteral("x")), QStringLiteral("x (uit)"));
        QCOMPARE(nl.translate("ConfigEditor", "Fraud scenarios"), QStringLiteral("Fraudescenario's"));
        QCOMPARE(nl.translate("cdr::gui::ScenariosPanel", "Legitimate look-alikes"),
                 QStringLiteral("Legitieme dubbelgangers"));
        QCOMPARE(nl.translate("ScenarioTexts", "victim"), QStringLiteral("slachtoffer"));
        QCOMPARE(nl.translate("ConfigEditor", "Dirty data"), QStringLiteral("Vuile data"));
        QCOMPARE(nl.translate("DatabasePanel", "Pro&file a table…"), QStringLiteral("Tabel &profileren…"));
        QCOMPARE(nl.translate("cdr::gui::DefectKindForm", "&Orphans (orphans)"), QStringLiteral("&Wezen (orphans)"));
        QCOMPARE(nl.translate("DatabasePanel", "Befo&re the load:"), QStringLiteral("Vóó&r het laden:"));
        QCOMPARE(nl.translate("cdr::gui::DatabasePanel", "SQL files (*.sql)"), QStringLiteral("SQL-bestanden (*.sql)"));
    }

    void languageFollowsTheSystemUnlessChosen()
    {
        const QLocale belgianFrench(QLocale::French, QLocale::Belgium);
        QCOMPARE(Translations::resolve(QString(), belgianFrench), QStringLiteral("fr"));
        QCOMPARE(Translations::resolve(QString(), QLocale(QLocale::Dutch, QLocale::Netherlands)), QStringLiteral("nl"));
        QCOMPARE(Translations::resolve(QString(), QLocale(QLocale::German, QLocale::Belgium)), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QString(), QLocale::c()), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QStringLiteral("nl"), belgianFrench), QStringLiteral("nl"));
        // Formats: the system's when it speaks the language, else the Belgian form of the chosen language.
        QCOMPARE(Translations::localeFor(QStringLiteral("fr"), QLocale(QLocale::French, QLocale::France)),
                 QLocale(QLocale::French, QLocale::France));
        QCOMPARE(Translations::localeFor(QStringLiteral("nl"), belgianFrench),
                 QLocale(QLocale::Dutch, QLocale::Belgium));
        QCOMPARE(Translations::localeFor(QStringLiteral("en"), QLocale::c()), QLocale::c());

        QCOMPARE(Translations::savedChoice(), QString());
        Translations::saveChoice(QStringLiteral("nl"));
        QCOMPARE(Translations::savedChoice(), QStringLiteral("nl"));
        QCOMPARE(Translations::resolve(Translations::savedChoice(), belgianFrench), QStringLiteral("nl"));
        Translations::saveChoice(QString());
        QCOMPARE(Translations::savedChoice(), QString());
    }

    void translatedWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("languageMenu");
        QTest::addColumn<QString>("previewTab");
        QTest::addColumn<QString>("cancelButton");
        QTest::addColumn<QString>("resume");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Langue")
                            << QStringLiteral("&Aperçu") << QStringLiteral("Annuler") << QStringLiteral("reprendre");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("&Bestand") << QStringLiteral("&Taal")
                            << QStringLiteral("&Voorbeeld") << QStringLiteral("Annuleren") << QStringLiteral("hervatten");
    }

    void translatedWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, languageMenu);
        QFETCH(QString, previewTab);
        QFETCH(QString, cancelButton);
        QFETCH(QString, resume);
        QVERIFY(Translations::install(*qApp, language, QLocale::c()));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        auto *file = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        auto *languages = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(file && languages && tabs);
        QCOMPARE(file->title(), fileMenu);
        QCOMPARE(languages->title(), languageMenu);
        QCOMPARE(tabs->tabText(2), previewTab);
        // Qt's own catalogue too: the standard buttons of message boxes.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancelButton);
        // Counts in the locale's digits (7 300 in French, 7.300 in Dutch).
        QCOMPARE(QCoreApplication::translate("cdr::gui::MapWidget", "%n antennas", nullptr, 7300),
                 QLatin1Char('7') + QLocale().groupSeparator() + QStringLiteral("300 antennes"));
        // Numbers as in Belgium, in both languages: a decimal comma in the spin boxes.
        auto *multiplier = window.findChild<QDoubleSpinBox *>(QStringLiteral("retryMultiplier"));
        QVERIFY(multiplier);
        QVERIFY2(multiplier->text().contains(QLatin1Char(',')), qPrintable(multiplier->text()));
        // Weights are shown and typed with the comma too; config.yml's "0.5" is still understood.
        QCOMPARE(WeightedListEditor::formatWeight(0.5), QStringLiteral("0,5"));
        QCOMPARE(WeightedListEditor::formatWeight(12500), QStringLiteral("12500"));
        QCOMPARE(WeightedListEditor::parseWeight(QStringLiteral("0,5")), 0.5);
        QCOMPARE(WeightedListEditor::parseWeight(QStringLiteral("0.5")), 0.5);
        // A choice shown in the language keeps its config.yml keyword.
        auto *ifExists = window.findChild<QComboBox *>(QStringLiteral("ifExists"));
        QVERIFY(ifExists);
        QCOMPARE(ifExists->currentText(), resume);
        QCOMPARE(window.configEditor()->config().database.ifExists, std::string("resume"));

        // Each menu of the menu bar, and the bar itself, gives every accelerator to one entry only.
        QList<QMenu *> menus;
        for (QAction *action : window.menuBar()->actions())
            if (action->menu())
                menus << action->menu();
        QStringList problems;
        auto checkUnique = [&problems](const QString &where, const QList<QAction *> &actions) {
            QString seen;
            for (const QAction *action : actions) {
                const QChar key = accelerator(action->text());
                if (key.isNull())
                    continue;
                if (seen.contains(key))
                    problems << QStringLiteral("%1: '%2' used twice (%3)").arg(where, key, action->text());
                seen += key;
            }
        };
        checkUnique(QStringLiteral("menu bar"), window.menuBar()->actions());
        for (QMenu *menu : menus)
            checkUnique(menu->title(), menu->actions());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void languageMenuSavesTheChoice()
    {
        QVERIFY(Translations::install(*qApp, QStringLiteral("fr"), QLocale::c()));
        QWidget parent;
        LanguageMenu menu(&parent);
        auto *dutch = menu.findChild<QAction *>(QStringLiteral("actionLanguage_nl"));
        auto *system = menu.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
        QVERIFY(dutch && system);
        QVERIFY(system->isChecked());
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        dutch->trigger();
        QCOMPARE(Translations::savedChoice(), QStringLiteral("nl"));
        // Said in the current language and in the chosen one.
        QVERIFY2(shown.contains(QStringLiteral("prochain démarrage")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("volgende keer")), qPrintable(shown));
        Translations::saveChoice(QString());
    }

    void unknownLanguageOptionIsRefused()
    {
        QProcess gui;
        gui.start(QStringLiteral(CDRGEN_BIN_DIR "/cdrgen"), {QStringLiteral("--language"), QStringLiteral("de")});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 2);
        QVERIFY2(gui.readAllStandardError().contains("--language must be en, fr or nl"), "no clear message");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiTranslations)
#include "test_gui_translations.moc"

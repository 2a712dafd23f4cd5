// Configuration editing: the shares indicator gates Start, invalid values show core's message, presets round-trip,
// secrets stay out of files, and the ODBC driver list is read from odbcinst.ini.
#include "guitestsupport.h"

#include "config/configloader.h"
#include "config/configwriter.h"
#include "databasepanel.h"
#include "logpane.h"
#include "mailsender.h"
#include "runpanel.h"
#include "model/schema.h"
#include "sink/targetspec.h"
#include "odbcdrivers.h"
#include "operatorsmodel.h"
#include "operatorspanel.h"
#include "presetmanager.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSpinBox>
#include <QtTest>

#include <spdlog/spdlog.h>

using namespace cdr;
using namespace cdr::gui;

class TestGuiConfig : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolate(m_dir); }

    void sharesIndicatorBlocksStart()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *startAction = window.findChild<QAction *>(QStringLiteral("actionStart"));
        auto *total = window.findChild<QLabel *>(QStringLiteral("sharesTotalLabel"));
        QVERIFY(start && startAction && total);
        QVERIFY(total->property("complete").toBool());
        QVERIFY(start->isEnabled());
        QVERIFY(startAction->isEnabled());

        OperatorsModel *model = window.configEditor()->operatorsPanel()->model();
        const QModelIndex share = model->index(0, OperatorsModel::MarketShare);
        const double original = model->data(share, Qt::EditRole).toDouble();
        QVERIFY(model->setData(share, original + 1.5, Qt::EditRole)); // as the table's editor does
        QVERIFY2(total->text().contains(QLocale().toString(101.5, 'f', 2)), qPrintable(total->text()));
        QVERIFY(!total->property("complete").toBool());
        QVERIFY(!start->isEnabled());
        QVERIFY(!startAction->isEnabled());

        QVERIFY(model->setData(share, original, Qt::EditRole));
        QVERIFY(total->property("complete").toBool());
        QVERIFY(start->isEnabled());
    }

    void invalidValueShowsCoreMessage()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        auto *durationMin = window.findChild<QSpinBox *>(QStringLiteral("durationMin"));
        auto *durationMax = window.findChild<QSpinBox *>(QStringLiteral("durationMax"));
        QVERIFY(durationMin && durationMax);
        QLabel *issueLabel = nullptr;
        for (auto *label : window.findChildren<QLabel *>(QStringLiteral("issueLabel")))
            if (label->parentWidget()->findChild<QSpinBox *>(QStringLiteral("durationMin")))
                issueLabel = label;
        QVERIFY(issueLabel);
        QVERIFY(issueLabel->isHidden());

        durationMin->setValue(durationMax->value() + 100);

        // The message is core's own, for the same config: one implementation for CLI and GUI.
        const std::vector<ConfigIssue> issues = validateConfig(window.configEditor()->config());
        auto it = std::find_if(issues.begin(), issues.end(),
                               [](const ConfigIssue &i) { return i.keyPath.rfind("ranges.duration", 0) == 0; });
        QVERIFY(it != issues.end());
        QVERIFY(!issueLabel->isHidden());
        QVERIFY2(issueLabel->text().contains(QString::fromStdString(it->message)), qPrintable(issueLabel->text()));
        QVERIFY(issueLabel->text().contains(QStringLiteral("ranges.duration")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());

        durationMin->setValue(10);
        QVERIFY(issueLabel->isHidden());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    }

    void presetSavedAndReloadedEqual()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.yml"));
        std::string saved;
        {
            MainWindow window;
            window.initialize(PresetManager::kBuiltInDefault);
            window.findChild<QSpinBox *>(QStringLiteral("altitudeMax"))->setValue(77);
            auto *queryTimeout = window.findChild<QSpinBox *>(QStringLiteral("queryTimeout"));
            QCOMPARE(queryTimeout->value(), 600); // database.query_timeout_s of the built-in default
            queryTimeout->setValue(0);
            QCOMPARE(queryTimeout->text(), QStringLiteral("no limit"));
            queryTimeout->setValue(120);
            window.findChild<QLineEdit *>(QStringLiteral("seed"))->setText(QStringLiteral("4242"));
            window.findChild<QLineEdit *>(QStringLiteral("seed"))->textEdited(QStringLiteral("4242"));
            window.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("s3cret-Pw"));
            saved = configToYaml(window.configEditor()->config());
            QVERIFY(window.savePresetAs(path));
            window.close();
        }
        const ConfigLoadResult reloaded = loadConfigFile(path.toStdString());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.config.altitude.max, 77);
        QCOMPARE(reloaded.config.database.queryTimeoutS, 120);
        QCOMPARE(reloaded.config.generation.seed, 4242u);

        MainWindow again;
        again.initialize(); // no path: the last preset from QSettings
        QCOMPARE(again.presetManager()->currentPath(), path);
        QCOMPARE(configToYaml(again.configEditor()->config()), saved);
        QVERIFY(again.presetManager()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));

        // The password never reaches a preset or the settings.
        QSettings().sync();
        for (const QString &file : {path, QSettings().fileName()}) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            QVERIFY2(!f.readAll().contains("s3cret-Pw"), qPrintable(file));
        }
    }

    // database.before_load_sql / after_load_sql: edited in the Database tab, checked by core's rules (the message
    // names the key), saved in the preset and loaded back into the fields.
    void loadSqlFieldsEditSaveAndReload()
    {
        const QString path = m_dir.filePath(QStringLiteral("loadsql.yml"));
        const QString before = QStringLiteral("ALTER INDEX ALL ON dbo.cdr DISABLE;\nGO\n");
        {
            MainWindow window;
            window.initialize(PresetManager::kBuiltInDefault);
            auto *beforeField = window.findChild<QPlainTextEdit *>(QStringLiteral("beforeLoadSql"));
            auto *afterField = window.findChild<QPlainTextEdit *>(QStringLiteral("afterLoadSql"));
            QVERIFY(beforeField && afterField);
            QVERIFY(beforeField->toPlainText().isEmpty());
            QLabel *issueLabel = nullptr;
            for (auto *label : window.findChildren<QLabel *>(QStringLiteral("issueLabel")))
                if (label->parentWidget()->findChild<QPlainTextEdit *>(QStringLiteral("afterLoadSql")))
                    issueLabel = label;
            QVERIFY(issueLabel);

            afterField->setPlainText(QStringLiteral("UPDATE STATISTICS dbo.cdr WHERE name = 'open"));
            QVERIFY(!issueLabel->isHidden());
            QVERIFY2(issueLabel->text().contains(QStringLiteral("database.after_load_sql")) &&
                         issueLabel->text().contains(QStringLiteral("is never closed")),
                     qPrintable(issueLabel->text()));
            QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());

            afterField->setPlainText(QStringLiteral("sql/after.sql"));
            beforeField->setPlainText(before);
            QVERIFY(issueLabel->isHidden());
            QCOMPARE(window.configEditor()->config().database.beforeLoadSql, before.toStdString());
            QVERIFY(window.savePresetAs(path));
            window.close();
        }
        const ConfigLoadResult reloaded = loadConfigFile(path.toStdString());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.config.database.beforeLoadSql, before.toStdString());
        QCOMPARE(reloaded.config.database.afterLoadSql, std::string("sql/after.sql"));
        MainWindow again;
        again.initialize(path);
        QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("beforeLoadSql"))->toPlainText(), before);
        QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("afterLoadSql"))->toPlainText(),
                 QStringLiteral("sql/after.sql"));
    }

    void presetsMenuListsShippedPresets()
    {
        PresetManager presets;
        const auto found = presets.presets();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().second, PresetManager::kBuiltInDefault);
        const bool hasSeedExample = std::any_of(found.begin(), found.end(), [](const auto &entry) {
            return entry.second.endsWith(QStringLiteral("seed-example.yml"));
        });
        QVERIFY(hasSeedExample);
        QVERIFY(presets.load(PresetManager::kBuiltInDefault).ok());
    }

    void testConnectionChecksAnExistingTable()
    {
        const QString file = m_dir.filePath(QStringLiteral("shaped.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shaped"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QStringList narrow, seedLike;
            for (const cdr::Column &column : cdr::kCdrColumns) {
                const QString name = QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
                const QString type = column.kind == ColumnKind::Text ? QStringLiteral("VARCHAR(20)")
                                     : column.kind == ColumnKind::Real ? QStringLiteral("FLOAT")
                                     : column.kind == ColumnKind::Timestamp ? QStringLiteral("DATETIME")
                                                                           : QStringLiteral("INT");
                seedLike << name + " " + type;
                if (name != QStringLiteral("imei_caller"))
                    narrow << name + " " + (name == QStringLiteral("caller") ? QStringLiteral("VARCHAR(10)") : type);
            }
            QSqlQuery create(db);
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE narrow (%1)").arg(narrow.join(QStringLiteral(", ")))));
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE seed_like (%1)").arg(seedLike.join(QStringLiteral(", ")))));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("shaped"));

        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        DatabasePanel *panel = window.databasePanel();
        QSignalSpy tested(panel, &DatabasePanel::connectionTested);
        panel->setTarget(TargetSpec::Kind::Sqlite, file);
        auto *table = window.findChild<QLineEdit *>(QStringLiteral("table"));
        auto *result = window.findChild<QLabel *>(QStringLiteral("testResult"));
        table->setText(QStringLiteral("narrow"));
        window.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(30'000));
        QVERIFY(!tested.first().at(0).toBool());
        for (const char *expected : {"table narrow cannot take this run's rows",
                                     "column caller: VARCHAR(10) is narrower than the longest value this run can write",
                                     "missing column imei_caller"})
            QVERIFY2(result->text().contains(QLatin1String(expected)), qPrintable(result->text()));

        tested.clear();
        table->setText(QStringLiteral("seed_like"));
        window.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(30'000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY2(result->text().contains(QStringLiteral("the table exists and can take this run's rows")),
                 qPrintable(result->text()));
    }

    void testConnectionRunsInTheBackground()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        DatabasePanel *panel = window.databasePanel();
        QSignalSpy tested(panel, &DatabasePanel::connectionTested);
        panel->setTarget(TargetSpec::Kind::Sqlite, m_dir.filePath(QStringLiteral("probe.sqlite")));
        window.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(30'000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("testResult"))->text().contains(QStringLiteral("probe.sqlite")));

        QVERIFY(window.findChild<QLabel *>(QStringLiteral("testResult"))->text().contains(QStringLiteral("does not exist yet")));

        tested.clear();
        panel->setTarget(TargetSpec::Kind::Sqlite, QStringLiteral("/nonexistent-folder/x/probe.sqlite"));
        window.findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QVERIFY(tested.wait(30'000));
        QVERIFY(!tested.first().at(0).toBool());
    }

    void connectionFieldsLoadFromDotEnv()
    {
        const QString env = m_dir.filePath(QStringLiteral("test.env"));
        QFile file(env);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("DB_DRIVER=PostgreSQL Unicode\nDB_SERVER=db.example.org\nDB_PORT=5433\nDB_NAME=cdrdb\n"
                   "DB_USER=analyst\nDB_PASSWORD=from-env-pw\nCDR_TABLE=calls_2024\n");
        file.close();
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault, env);
        DatabasePanel *panel = window.databasePanel();
        QCOMPARE(int(panel->target().kind), int(TargetSpec::Kind::Odbc)); // DB_DRIVER set: ODBC, as in the CLI
        const ConnectionSettings connection = panel->connection();
        QCOMPARE(connection.driver, std::string("PostgreSQL Unicode"));
        QCOMPARE(connection.server, std::string("db.example.org"));
        QCOMPARE(connection.port, std::string("5433"));
        QCOMPARE(connection.database, std::string("cdrdb"));
        QCOMPARE(connection.user, std::string("analyst"));
        QCOMPARE(connection.password, std::string("from-env-pw"));
        QCOMPARE(panel->table(), std::string("calls_2024"));
        window.close();
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("from-env-pw"));
    }

    void logPaneShowsSpdlogLinesWithLevelFilter()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        LogPane *pane = window.runPanel()->logPane();
        spdlog::warn("a warning for the pane");
        spdlog::error("an error for the pane");
        QTRY_VERIFY(pane->shownLines().size() >= 2);
        QVERIFY(pane->shownLines().join(QLatin1Char('\n')).contains(QStringLiteral("a warning for the pane")));
        pane->setMinimumLevel(int(spdlog::level::err));
        QVERIFY(!pane->shownLines().join(QLatin1Char('\n')).contains(QStringLiteral("a warning for the pane")));
        QVERIFY(pane->shownLines().join(QLatin1Char('\n')).contains(QStringLiteral("an error for the pane")));
        pane->setMinimumLevel(int(spdlog::level::info));
        QVERIFY(pane->shownLines().join(QLatin1Char('\n')).contains(QStringLiteral("a warning for the pane")));
    }

    void testMailWithoutSettingsSaysWhatIsMissing()
    {
        MailSender sender;
        sender.setEnvironment(Environment::load({}, nullptr)); // the test's environment has no mail variables
        QSignalSpy done(&sender, &MailSender::done);
        sender.sendTest();
        QTRY_VERIFY(!done.isEmpty());
        QVERIFY(!done.first().at(1).toBool());
        QVERIFY(!done.first().at(0).toString().isEmpty());
    }

    void odbcDriversFromIni()
    {
        const QString ini = QStringLiteral("[ODBC]\nTrace=No\n\n[PostgreSQL Unicode]\nDriver=psqlodbcw.so\n"
                                           "  [ODBC Driver 18 for SQL Server]  \nDriver=/opt/x.so\n");
        QCOMPARE(OdbcDrivers::parseIni(ini),
                 QStringList({QStringLiteral("PostgreSQL Unicode"), QStringLiteral("ODBC Driver 18 for SQL Server")}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiConfig)
#include "test_gui_config.moc"

// "Show SQL" on the Database tab: the chosen target's dialect, exactly what `cdrgen-cli --print-sql` prints,
// Copy to the clipboard and Save to a file (the part after the file dialog); the ground-truth checkbox reaches
// database.world_tables.
#include "guitestsupport.h"

#include "databasepanel.h"
#include "presetmanager.h"
#include "sqlddldialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

using namespace cdr;
using namespace cdr::gui;

namespace {

QString printSql(const QStringList &arguments)
{
    QProcess cli;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CDRGEN_BIN_DIR "/cdrgen-cli"), QStringList{"--print-sql"} + arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return QStringLiteral("cdrgen-cli failed: ") + QString::fromUtf8(cli.readAllStandardError());
    return QString::fromUtf8(cli.readAllStandardOutput());
}

} // namespace

class TestGuiShowSql : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Clicks "Show SQL" and returns the dialog it opened.
    static SqlDdlDialog *openDialog(MainWindow &window)
    {
        auto *button = window.findChild<QPushButton *>(QStringLiteral("showSqlButton"));
        if (!button)
            return nullptr;
        button->click();
        auto *dialog = window.findChild<SqlDdlDialog *>(QStringLiteral("sqlDdlDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

private slots:
    void initTestCase() { test::isolate(m_dir); }

    void showsThePrintSqlTextOfTheTargetAndCopiesIt_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("worldTables");
        QTest::newRow("sqlite file") << int(TargetSpec::Kind::Sqlite) << "sqlite" << false;
        QTest::newRow("native postgresql, world tables") << int(TargetSpec::Kind::Postgres) << "postgresql" << true;
        QTest::newRow("odbc without a known driver") << int(TargetSpec::Kind::Odbc) << "sqlserver" << true;
    }
    void showsThePrintSqlTextOfTheTargetAndCopiesIt()
    {
        QFETCH(int, target);
        QFETCH(QString, dialect);
        QFETCH(bool, worldTables);
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        DatabasePanel *panel = window.databasePanel();
        panel->setTarget(TargetSpec::Kind(target));
        if (target == int(TargetSpec::Kind::Odbc))
            window.findChild<QComboBox *>(QStringLiteral("driver"))->setCurrentText(QStringLiteral("Some Driver"));
        window.findChild<QLineEdit *>(QStringLiteral("table"))->setText(QStringLiteral("dbo.calls"));
        window.findChild<QCheckBox *>(QStringLiteral("worldTables"))->setChecked(worldTables);

        SqlDdlDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QStringList arguments{dialect, "--table", "dbo.calls"};
        if (worldTables)
            arguments << "--world-tables";
        const QString expected = printSql(arguments);
        QVERIFY(expected.contains("CREATE"));
        QCOMPARE(dialog->sql(), expected);

        QApplication::clipboard()->clear();
        dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), expected);

        const QString path = QDir::current().filePath(QStringLiteral("shown.sql"));
        QString error;
        QVERIFY2(dialog->saveTo(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), expected);
        QVERIFY(!dialog->saveTo(QStringLiteral("/nonexistent-folder/x.sql"), &error));
        QVERIFY(!error.isEmpty());
        dialog->close();
    }

    void odbcDriverNameChoosesTheDialect()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        window.databasePanel()->setTarget(TargetSpec::Kind::Odbc);
        auto *driver = window.findChild<QComboBox *>(QStringLiteral("driver"));
        driver->setCurrentText(QStringLiteral("PostgreSQL Unicode"));
        QCOMPARE(window.databasePanel()->sqlDialect(), SqlDialect::Kind::PostgreSql);
        driver->setCurrentText(QStringLiteral("ODBC Driver 18 for SQL Server"));
        QCOMPARE(window.databasePanel()->sqlDialect(), SqlDialect::Kind::SqlServer);
    }

    // CSV runs no SQL: the dialog says so and lets the user pick the database to load into.
    void csvTargetOffersADialectChooser()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        window.databasePanel()->setTarget(TargetSpec::Kind::Csv);
        SqlDdlDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("sqlNote"));
        QVERIFY(note && !note->isHidden() && note->text().contains("CSV"));
        dialog->findChild<QComboBox *>(QStringLiteral("dialect"))->setCurrentText(QStringLiteral("MySQL"));
        QCOMPARE(dialog->sql(), printSql({"mysql", "--table", "cdr"}));
        dialog->close();
    }

    void groundTruthCheckboxSetsTheConfigKey()
    {
        MainWindow window;
        window.initialize(PresetManager::kBuiltInDefault);
        QVERIFY(!window.configEditor()->config().database.worldTables);
        window.findChild<QCheckBox *>(QStringLiteral("worldTables"))->setChecked(true);
        QVERIFY(window.configEditor()->config().database.worldTables);
        test::editConfig(window, [](Config &config) { config.database.worldTables = false; });
        QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("worldTables"))->isChecked());
    }
};

QTEST_MAIN(TestGuiShowSql)
#include "test_gui_showsql.moc"

#include "config/configloader.h"
#include "config/presetfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "issuetesting.h"

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

} // namespace

class TestPresetFiles : public QObject {
    Q_OBJECT
private slots:
    void builtInPathOpensTheBundledDefault()
    {
        const auto preset = cdr::loadPreset(cdr::kBuiltInPresetPath);
        QVERIFY2(preset.ok(), describe(preset.issues).c_str());
        QVERIFY(preset.config == cdr::loadBundledDefaultConfig().config);
    }

    void fileOpensFromDisk()
    {
        const std::string seedExample = CDRGEN_SOURCE_DIR "/config/presets/seed-example.yml";
        const auto preset = cdr::loadPreset(seedExample);
        QVERIFY2(preset.ok(), describe(preset.issues).c_str());
        QVERIFY(preset.config == cdr::loadConfigFile(seedExample).config);
        QVERIFY(!(preset.config == cdr::loadBundledDefaultConfig().config));

        const auto missing = cdr::loadPreset("/nonexistent-folder/preset.yml");
        QVERIFY(hasIssue(missing.issues, "/nonexistent-folder/preset.yml", cdr::ConfigIssue::Severity::Error,
                         "cannot read the file"));
    }

    void findsYamlFilesAndLetEarlierFoldersHideLaterOnes()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString user = root.filePath(QStringLiteral("user"));
        const QString shipped = root.filePath(QStringLiteral("shipped"));
        QVERIFY(QDir().mkpath(user + QStringLiteral("/folder.yml")));
        QVERIFY(QDir().mkpath(shipped));
        for (const char *name : {"b.yml", "a.yaml", "notes.txt", ".hidden.yml", "Upper.YML"})
            writeFile(user + QLatin1Char('/') + QLatin1String(name), "{}");
        for (const char *name : {"a.yaml", "c.yml"})
            writeFile(shipped + QLatin1Char('/') + QLatin1String(name), "{}");

        const auto found = cdr::findPresetFiles(
            {user.toStdString(), root.filePath(QStringLiteral("absent")).toStdString(), shipped.toStdString()});
        const std::vector<cdr::PresetFile> expected{
            {"Upper", (user + QStringLiteral("/Upper.YML")).toStdString()},
            {"a", (user + QStringLiteral("/a.yaml")).toStdString()},
            {"b", (user + QStringLiteral("/b.yml")).toStdString()},
            {"c", (shipped + QStringLiteral("/c.yml")).toStdString()},
        };
        QCOMPARE(found.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(found[i].name, expected[i].name);
            QCOMPARE(found[i].path, expected[i].path);
        }
    }
};

QTEST_GUILESS_MAIN(TestPresetFiles)
#include "test_presetfiles.moc"

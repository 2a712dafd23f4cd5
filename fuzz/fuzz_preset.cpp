// Preset loader: a preset file with any name and content is listed under its name when it is a visible *.yml or
// *.yaml file, opens through loadPreset() with issues that state a rule, and a preset that opens saves (the GUI's Save)
// to a file that opens to the same config.
//
// Input: the preset's content, then optionally a NUL byte and the preset's file name (default "fuzz.yml"), so the
// project's config files are seeds as they are.
#include "fuzzcheck.h"

#include "config/configwriter.h"
#include "config/presetfiles.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace {

// A name the file system takes as one file name; anything else becomes "fuzz.yml".
QString fileName(const std::string &line)
{
    const QString name = QString::fromUtf8(line);
    const bool usable = !line.empty() && line.size() <= 200 && name.toUtf8().toStdString() == line &&
                        line.find('/') == std::string::npos && line != "." && line != "..";
    return usable ? name : QStringLiteral("fuzz.yml");
}

bool listable(const QString &name)
{
    return !name.startsWith(QLatin1Char('.')) && (name.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive) ||
                                                  name.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    static const QTemporaryDir folder;
    static const QString saved = folder.filePath(QStringLiteral("saved-copy"));
    FUZZ_CHECK(folder.isValid(), "no temporary folder");

    const std::string input(reinterpret_cast<const char *>(data), size);
    const std::size_t nul = input.rfind('\0');
    const QString name = fileName(nul == std::string::npos ? std::string() : input.substr(nul + 1));
    const std::string content = input.substr(0, nul);
    const QString path = folder.path() + QLatin1Char('/') + name; // QDir would take ":name" for a resource
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly), "cannot write " + path.toStdString());
        file.write(content.data(), static_cast<qint64>(content.size()));
    }

    const std::vector<cdr::PresetFile> listed = cdr::findPresetFiles({folder.path().toStdString()});
    if (listable(name)) {
        FUZZ_CHECK(listed.size() == 1, name.toStdString() + " listed " + std::to_string(listed.size()) + " times");
        FUZZ_CHECK(listed[0].path == path.toStdString(), listed[0].path);
        FUZZ_CHECK(QString::fromStdString(listed[0].name) + name.mid(name.lastIndexOf(QLatin1Char('.'))) == name,
                   listed[0].name);
    } else {
        FUZZ_CHECK(listed.empty(), name.toStdString() + " is not a preset but was listed");
    }

    const cdr::ConfigLoadResult loaded = cdr::loadPreset(path.toStdString());
    QFile::remove(path);
    for (const cdr::ConfigIssue &issue : loaded.issues) {
        FUZZ_CHECK(!issue.message.empty(), issue.toString());
        FUZZ_CHECK(!(issue.keyPath == path.toStdString() && issue.message.starts_with("cannot read the file")),
                   issue.toString());
    }
    if (!loaded.ok())
        return 0;
    std::string error;
    FUZZ_CHECK(cdr::saveConfigFile(loaded.config, saved.toStdString(), &error), error);
    const cdr::ConfigLoadResult reopened = cdr::loadPreset(saved.toStdString());
    FUZZ_CHECK(reopened.ok() && reopened.config == loaded.config, cdr::configToYaml(loaded.config));
    return 0;
}

#include "config/presetfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace cdr {

ConfigLoadResult loadPreset(const std::string &path)
{
    return path == kBuiltInPresetPath ? loadBundledDefaultConfig() : loadConfigFile(path);
}

std::vector<PresetFile> findPresetFiles(const std::vector<std::string> &folders)
{
    std::vector<PresetFile> found;
    QStringList names;
    for (const std::string &folder : folders) {
        const QDir dir(QString::fromStdString(folder));
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (names.contains(file.fileName()))
                continue;
            names << file.fileName();
            found.push_back({file.completeBaseName().toStdString(), file.absoluteFilePath().toStdString()});
        }
    }
    return found;
}

} // namespace cdr

#include "config/datalocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace cdr {

namespace {

QString userPresetPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/presets");
}

} // namespace

std::vector<std::string> presetDirectories()
{
    QStringList candidates;
    candidates << userPresetPath();
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty())
        candidates << appDir + QStringLiteral("/../share/cdrgen/presets");
#ifdef CDRGEN_DATA_INSTALL_DIR
    candidates << QStringLiteral(CDRGEN_DATA_INSTALL_DIR "/presets");
#endif
#ifdef CDRGEN_SOURCE_PRESETS
    candidates << QStringLiteral(CDRGEN_SOURCE_PRESETS);
#endif
    // Running from a build folder: build/bin (programs) or build/tests/bin (tests) sit two or three levels
    // below the source tree's config/presets.
    // The shipped seed-example.yml marks the right folder, so an unrelated config/presets is not picked up.
    if (!appDir.isEmpty())
        for (const QString &up : {QStringLiteral("/../.."), QStringLiteral("/../../..")})
            if (QFileInfo::exists(appDir + up + QStringLiteral("/config/presets/seed-example.yml")))
                candidates << appDir + up + QStringLiteral("/config/presets");
    std::vector<std::string> found;
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (!info.isDir())
            continue;
        const std::string path = info.canonicalFilePath().toStdString();
        if (std::find(found.begin(), found.end(), path) == found.end())
            found.push_back(path);
    }
    return found;
}

std::string userPresetDirectory()
{
    const QString path = userPresetPath();
    QDir().mkpath(path);
    return path.toStdString();
}

} // namespace cdr

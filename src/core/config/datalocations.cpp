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

#include "presetmanager.h"

#include "config/configwriter.h"
#include "config/datalocations.h"
#include "config/presetfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace cdr::gui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("presets/recent");
const QString kLastKey = QStringLiteral("presets/last");
} // namespace

const QString PresetManager::kBuiltInDefault = QString::fromLatin1(kBuiltInPresetPath);

PresetManager::PresetManager(QObject *parent) : QObject(parent) {}

ConfigLoadResult PresetManager::load(const QString &path)
{
    ConfigLoadResult result = loadPreset(path.toStdString());
    if (result.ok())
        remember(path);
    return result;
}

bool PresetManager::save(const Config &config, const QString &path, QString *error)
{
    std::string message;
    if (!saveConfigFile(config, path.toStdString(), &message)) {
        if (error)
            *error = QString::fromStdString(message);
        return false;
    }
    remember(path);
    return true;
}

QString PresetManager::savePath() const
{
    return m_currentPath.startsWith(QLatin1String(":/")) ? QString() : m_currentPath;
}

QString PresetManager::displayName() const
{
    if (m_currentPath.isEmpty())
        return tr("untitled");
    if (m_currentPath == kBuiltInDefault)
        return tr("Belgian default");
    return QFileInfo(m_currentPath).fileName();
}

void PresetManager::remember(const QString &path)
{
    m_currentPath = path;
    QSettings settings;
    settings.setValue(kLastKey, path);
    if (path != kBuiltInDefault) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        QStringList recent = settings.value(kRecentKey).toStringList();
        recent.removeAll(absolute);
        recent.prepend(absolute);
        while (recent.size() > kMaxRecent)
            recent.removeLast();
        settings.setValue(kRecentKey, recent);
    }
    emit currentPathChanged(path);
}

QString PresetManager::lastPreset() const
{
    return QSettings().value(kLastKey).toString();
}

QStringList PresetManager::recentFiles() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(kRecentKey).toStringList())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

QList<QPair<QString, QString>> PresetManager::presets() const
{
    QList<QPair<QString, QString>> found{{tr("Belgian default (built in)"), kBuiltInDefault}};
    for (const PresetFile &file : findPresetFiles(presetDirectories()))
        found.append({QString::fromStdString(file.name), QString::fromStdString(file.path)});
    return found;
}

void PresetManager::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("(none)"))->setEnabled(false);
}

void PresetManager::fillPresetsMenu(QMenu *menu)
{
    menu->clear();
    for (const auto &[title, path] : presets()) {
        QAction *action = menu->addAction(title);
        action->setStatusTip(path == kBuiltInDefault ? tr("The configuration shipped with cdrgen") : path);
        connect(action, &QAction::triggered, this, [this, path = path] { emit openRequested(path); });
    }
    menu->addSeparator();
    const QString userDir = QString::fromStdString(userPresetDirectory());
    QAction *folder = menu->addAction(tr("Your presets are saved in %1").arg(QDir::toNativeSeparators(userDir)));
    folder->setEnabled(false);
}

} // namespace cdr::gui

#pragma once

#include "config/config.h"
#include "config/configloader.h"

#include <QObject>
#include <QStringList>

class QMenu;

namespace cdr::gui {

// config.yml files: open/save through core's loader and writer (the CLI reads the same files), the recent-files
// list and the last preset in QSettings, and the presets shipped in presetDirectories().
class PresetManager : public QObject {
    Q_OBJECT
public:
    static const QString kBuiltInDefault; // pseudo path of the compiled-in Belgian default

    explicit PresetManager(QObject *parent = nullptr);

    ConfigLoadResult load(const QString &path);
    bool save(const Config &config, const QString &path, QString *error);

    QString currentPath() const { return m_currentPath; }
    // The file Save writes to; empty for the built-in default (Save then asks for a name).
    QString savePath() const;
    QString displayName() const;
    QString lastPreset() const;
    QStringList recentFiles() const;
    // (menu title, path) of every preset file found, the built-in default first.
    QList<QPair<QString, QString>> presets() const;

    void fillRecentMenu(QMenu *menu);
    void fillPresetsMenu(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void currentPathChanged(const QString &path);

private:
    void remember(const QString &path);

    QString m_currentPath;
};

} // namespace cdr::gui

#pragma once

#include <QDir>
#include <QObject>

#include <functional>
#include <vector>

class QPixmap;
class QWidget;

namespace cdr::gui {

class MainWindow;

// `cdrgen --screenshot-dir DIR`: walks the tabs (the Events page with the busy-year preset, which the later steps
// keep), generates a preview (and grabs its chart over the period alone), shows the map with a previewed record (then
// zoomed on it), starts a run into a temporary SQLite file, grabs the window at each step into DIR/NN-name.png,
// cancels the run (the Run tab then shows the chart and the run in the history), opens the Database tab's Profile a
// table... menu and quits.
// scripts/screenshots runs it under xvfb-run for docs/screenshots.
class Screenshotter : public QObject {
    Q_OBJECT
public:
    Screenshotter(MainWindow *window, const QString &directory, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    std::function<void()> configSection(int section, const QString &name);
    void next();
    // The window, or one widget of it, into DIR/name.png.
    void grab(const QString &name, QWidget *widget = nullptr);
    // The screen where the window is, popups included, into DIR/name.png.
    void grabScreen(const QString &name);
    void save(const QString &name, const QPixmap &picture);
    static QString busyYearPreset();
    void fail(const QString &why);

    MainWindow *m_window;
    QDir m_directory;
    QString m_runFile;
    std::vector<std::function<void()>> m_steps;
    std::size_t m_step = 0;
};

} // namespace cdr::gui

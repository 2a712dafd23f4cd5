#include "screenshotter.h"

#include "config/datalocations.h"
#include "configeditor.h"
#include "databasepanel.h"
#include "defects/defectspanel.h"
#include "events/eventspanel.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "mapwidget.h"
#include "periodchart.h"
#include "previewcharts.h"
#include "previewpanel.h"
#include "recordtablemodel.h"
#include "runpanel.h"
#include "runsession.h"
#include "scenarios/scenariospanel.h"
#include "sink/targetspec.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace cdr::gui {

namespace {
constexpr int kSettleMs = 400; // lets layouts, charts and the map repaint before a grab
}

Screenshotter::Screenshotter(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(directory),
      m_runFile(QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/cdrgen-screenshot.sqlite"))
{
    m_steps = {
        configSection(0, QStringLiteral("01-configuration")),
        configSection(1, QStringLiteral("02-types")),
        configSection(2, QStringLiteral("02b-ranges")),
        configSection(3, QStringLiteral("02c-generation")),
        configSection(4, QStringLiteral("02d-realism")),
        [this] {
            // The Events page and everything after it with the busy-year preset: gatherings and outages shown.
            if (!m_window->openPreset(busyYearPreset()))
                return fail(QStringLiteral("cannot open the busy-year preset"));
            // Grabbed once its map has the world's antennas, the selected gathering's ringed.
            connect(m_window->configEditor()->eventsPanel(), &EventsPanel::worldShown, this, [this] {
                QTimer::singleShot(kSettleMs, this, [this] { grab(QStringLiteral("02e-events")); });
            }, Qt::SingleShotConnection);
            m_window->showTab(0);
            m_window->configEditor()->showSection(5);
        },
        [this] {
            // The Fraud scenarios page with every scenario on, once its sites are placed (the first SIM box selected);
            // then everything off again, so the later shots are those of the busy-year preset.
            ScenariosPanel *panel = m_window->configEditor()->scenariosPanel();
            auto placed = std::make_shared<QMetaObject::Connection>();
            *placed = connect(panel, &ScenariosPanel::sitesShown, this, [this, panel, placed](int sites) {
                if (sites == 0)
                    return; // the placing of the config before the click
                disconnect(*placed);
                QTimer::singleShot(kSettleMs, this, [this, panel] {
                    grab(QStringLiteral("scenarios"));
                    panel->switchAllOff();
                });
            });
            m_window->showTab(0);
            m_window->configEditor()->showSection(6);
            panel->enableFraudLab();
        },
        [this] {
            // The Dirty data page at the dirty-data preset's rates; then every rate 0 again for the later shots.
            DefectsPanel *panel = m_window->configEditor()->defectsPanel();
            m_window->showTab(0);
            m_window->configEditor()->showSection(7);
            panel->applyDirtyDataPreset();
            QTimer::singleShot(kSettleMs, this, [this, panel] {
                grab(QStringLiteral("defects"));
                panel->switchAllOff();
            });
        },
        [this] {
            m_window->showTab(1);
            m_window->databasePanel()->setTarget(TargetSpec::Kind::Odbc); // the richest form
            QTimer::singleShot(kSettleMs, this, [this] { grab(QStringLiteral("03-database")); });
        },
        [this] {
            m_window->showTab(2);
            connect(m_window->previewPanel(), &PreviewPanel::previewReady, this, [this] {
                QTimer::singleShot(kSettleMs, this, [this] { grab(QStringLiteral("04-preview")); });
            }, Qt::SingleShotConnection);
            m_window->previewPanel()->generate();
        },
        [this] {
            // The chart over the period alone, as the preview shows it.
            grab(QStringLiteral("04b-records-per-hour"), m_window->previewPanel()->charts()->periodChart());
        },
        [this] {
            // A previewed record on the map, as a click on its row shows it.
            const std::vector<CdrRecord> &records = m_window->previewPanel()->model()->records();
            if (!records.empty())
                m_window->mapPanel()->showRecord(records.front());
            m_window->showTab(3);
            const auto grabMap = [this] {
                QTimer::singleShot(kSettleMs, this, [this] { grab(QStringLiteral("05-map")); });
            };
            const QMetaObject::Connection built =
                connect(m_window->mapPanel(), &MapPanel::worldShown, this, grabMap, Qt::SingleShotConnection);
            m_window->mapPanel()->rebuildNow();
            if (!m_window->mapPanel()->isBuilding()) { // the Events page had it built already
                disconnect(built);
                grabMap();
            }
        },
        [this] {
            m_window->mapPanel()->map()->zoomToRecord();
            QTimer::singleShot(kSettleMs, this, [this] { grab(QStringLiteral("05b-map-record")); });
        },
        [this] {
            QFile::remove(m_runFile);
            m_window->databasePanel()->setTarget(TargetSpec::Kind::Sqlite, m_runFile);
            if (!m_window->startRun())
                return fail(QStringLiteral("the run did not start"));
            // Grab a few seconds after the first rows, so the bar, the rate, the ETA and the log have content.
            auto *session = m_window->findChild<RunSession *>();
            connect(session, &RunSession::progress, this, [this] {
                QTimer::singleShot(4000, this, [this] { grab(QStringLiteral("06-run")); });
            }, Qt::SingleShotConnection);
        },
        [this] {
            connect(m_window, &MainWindow::runFinished, this, [this] {
                QTimer::singleShot(kSettleMs, this, [this] { grab(QStringLiteral("07-run-cancelled")); });
            }, Qt::SingleShotConnection);
            m_window->cancelRun();
        },
        [this] {
            // Profile a table... with its menu open: the menu is a window of its own, so the screen is grabbed.
            m_window->showTab(1);
            auto *button = m_window->databasePanel()->findChild<QPushButton *>(QStringLiteral("profileButton"));
            QMenu *menu = button->menu();
            menu->popup(button->mapToGlobal(QPoint(0, button->height())));
            QTimer::singleShot(kSettleMs, this, [this, menu] {
                grabScreen(QStringLiteral("08-profile-table"));
                menu->hide();
            });
        },
    };
}

std::function<void()> Screenshotter::configSection(int section, const QString &name)
{
    return [this, section, name] {
        m_window->showTab(0);
        m_window->configEditor()->showSection(section);
        QTimer::singleShot(kSettleMs, this, [this, name] { grab(name); });
    };
}

void Screenshotter::start()
{
    QTimer::singleShot(kSettleMs, this, &Screenshotter::next);
}

void Screenshotter::next()
{
    if (m_step >= m_steps.size()) {
        QFile::remove(m_runFile);
        emit finished(0);
        return;
    }
    m_steps[m_step++]();
}

QString Screenshotter::busyYearPreset()
{
    for (const std::string &folder : presetDirectories())
        if (const QString path = QString::fromStdString(folder) + QStringLiteral("/busy-year.yml"); QFile::exists(path))
            return path;
    return {};
}

void Screenshotter::grab(const QString &name, QWidget *widget)
{
    save(name, (widget ? widget : m_window)->grab());
}

void Screenshotter::grabScreen(const QString &name)
{
    const QRect frame = m_window->frameGeometry();
    QPixmap shot = m_window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    save(name, shot.isNull() ? m_window->grab() : shot); // offscreen platforms have no screen to grab
}

void Screenshotter::save(const QString &name, const QPixmap &picture)
{
    const QString path = m_directory.filePath(name + QStringLiteral(".png"));
    if (!picture.save(path))
        return fail(QStringLiteral("cannot write %1").arg(path));
    qInfo("screenshot %s", qPrintable(path));
    next();
}

void Screenshotter::fail(const QString &why)
{
    qCritical("screenshots: %s", qPrintable(why));
    if (m_window->isRunning())
        m_window->cancelRun();
    emit finished(1);
}

} // namespace cdr::gui

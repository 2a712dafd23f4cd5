#include "runhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace cdr::gui {

namespace {

QJsonObject toJson(const RunRecord &run)
{
    return {{QStringLiteral("started"), run.started.toString(Qt::ISODate)},
            {QStringLiteral("target"), run.target},
            {QStringLiteral("records"), run.records},
            {QStringLiteral("seconds"), run.seconds},
            {QStringLiteral("rows_per_second"), run.rowsPerSecond},
            {QStringLiteral("outcome"), run.outcome},
            {QStringLiteral("error"), run.error},
            {QStringLiteral("preset"), run.presetName},
            {QStringLiteral("config"), run.configYaml}};
}

RunRecord fromJson(const QJsonObject &json)
{
    RunRecord run;
    run.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    run.target = json.value(QStringLiteral("target")).toString();
    run.records = json.value(QStringLiteral("records")).toInteger();
    run.seconds = json.value(QStringLiteral("seconds")).toDouble();
    run.rowsPerSecond = json.value(QStringLiteral("rows_per_second")).toDouble();
    run.outcome = json.value(QStringLiteral("outcome")).toString();
    run.error = json.value(QStringLiteral("error")).toString();
    run.presetName = json.value(QStringLiteral("preset")).toString();
    run.configYaml = json.value(QStringLiteral("config")).toString();
    return run;
}

} // namespace

RunHistory::RunHistory(QString filePath) : m_filePath(std::move(filePath)) {}

QString RunHistory::defaultFilePath()
{
    const QSettings settings;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // There the native settings are the registry or a preferences domain, not a file with a folder.
    if (settings.format() == QSettings::NativeFormat)
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/run-history.json");
#endif
    return QFileInfo(settings.fileName()).dir().filePath(QStringLiteral("run-history.json"));
}

bool RunHistory::load(QString *error)
{
    m_runs.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isArray()) {
        if (error)
            *error = tr("%1 is not a run history: %2").arg(m_filePath, parseError.errorString());
        return false;
    }
    for (const QJsonValue &value : document.array()) {
        if (static_cast<int>(m_runs.size()) == kMaxRuns)
            break;
        if (value.isObject())
            m_runs.push_back(fromJson(value.toObject()));
    }
    return true;
}

bool RunHistory::add(const RunRecord &run, QString *error)
{
    m_runs.insert(m_runs.begin(), run);
    if (static_cast<int>(m_runs.size()) > kMaxRuns)
        m_runs.resize(kMaxRuns);
    return save(error);
}

bool RunHistory::save(QString *error) const
{
    QJsonArray array;
    for (const RunRecord &run : m_runs)
        array.append(toJson(run));
    QDir().mkpath(QFileInfo(m_filePath).path());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace cdr::gui

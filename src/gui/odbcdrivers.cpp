#include "odbcdrivers.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace cdr::gui {

QStringList OdbcDrivers::parseIni(const QString &text)
{
    static const QRegularExpression section(QStringLiteral("^\\s*\\[([^\\]]+)\\]\\s*$"));
    QStringList drivers;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto match = section.match(line);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1).trimmed();
        if (name.compare(QLatin1String("ODBC"), Qt::CaseInsensitive) != 0 && !drivers.contains(name))
            drivers << name;
    }
    return drivers;
}

QStringList OdbcDrivers::installed()
{
    QStringList files;
    const QString sysIni = qEnvironmentVariable("ODBCSYSINI");
    files << (sysIni.isEmpty() ? QStringLiteral("/etc") : sysIni) + QStringLiteral("/odbcinst.ini");
    files << QDir::homePath() + QStringLiteral("/.odbcinst.ini");
    QStringList drivers;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        for (const QString &name : parseIni(QString::fromUtf8(file.readAll())))
            if (!drivers.contains(name))
                drivers << name;
    }
    return drivers;
}

} // namespace cdr::gui

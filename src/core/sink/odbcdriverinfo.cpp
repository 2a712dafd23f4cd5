#include "sink/odbcdriverinfo.h"

#include <QFile>
#include <QFileInfo>
#include <QString>

#include <dlfcn.h>
#include <odbcinst.h>
#include <sql.h>
#include <sqlext.h>

namespace cdr {

namespace {

std::string profileString(const std::string &section, const char *key, const char *file)
{
    char value[1024] = {};
    SQLGetPrivateProfileString(section.c_str(), key, "", value, sizeof value, file);
    return value;
}

// unixODBC loads a driver named without a path from its library folder, "<libodbc's folder>/odbc" on Debian.
std::string resolveLibrary(const std::string &library)
{
    if (library.empty() || library.find('/') != std::string::npos)
        return QFileInfo::exists(QString::fromStdString(library)) ? library : std::string();
    Dl_info info{};
    if (dladdr(reinterpret_cast<void *>(&SQLDriverConnect), &info) && info.dli_fname) {
        const QString folder = QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
        for (const QString &candidate : {folder + "/odbc/", folder + "/"}) {
            const QString path = candidate + QString::fromStdString(library);
            if (QFileInfo::exists(path))
                return path.toStdString();
        }
    }
    return {};
}

} // namespace

BraceRule OdbcDriverInfo::braceRule() const
{
    if (!freeTds)
        return BraceRule::Standard;
    if (major == 0)
        return BraceRule::FreeTdsUnknown;
    return (major > 1 || (major == 1 && minor >= 4)) ? BraceRule::Standard : BraceRule::FreeTdsBefore14;
}

bool readFreeTdsVersion(const std::string &libraryPath, int *major, int *minor)
{
    QFile file(QString::fromStdString(libraryPath));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QByteArray stamp("freetds v");
    const qsizetype at = bytes.indexOf(stamp);
    if (at < 0)
        return false;
    const QList<QByteArray> parts = bytes.mid(at + stamp.size(), 16).split('.');
    if (parts.size() < 2)
        return false;
    bool majorOk = false;
    bool minorOk = false;
    *major = parts[0].toInt(&majorOk);
    QByteArray minorDigits;
    for (char c : parts[1]) {
        if (c < '0' || c > '9')
            break;
        minorDigits += c;
    }
    *minor = minorDigits.toInt(&minorOk);
    return majorOk && minorOk;
}

OdbcDriverInfo inspectOdbcDriver(const ConnectionSettings &settings)
{
    OdbcDriverInfo info;
    info.name = settings.driver;
    if (!settings.dsn.empty())
        info.name = profileString(settings.dsn, "Driver", "odbc.ini");
    if (info.name.size() >= 2 && info.name.front() == '{' && info.name.back() == '}')
        info.name = info.name.substr(1, info.name.size() - 2);
    const std::string library =
        info.name.find('/') != std::string::npos ? info.name : profileString(info.name, "Driver", "odbcinst.ini");
    info.library = resolveLibrary(library);
    info.freeTds = QString::fromStdString(info.name).contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive) ||
                   QString::fromStdString(library).contains(QLatin1String("tdsodbc"));
    if (info.freeTds && !info.library.empty() && !readFreeTdsVersion(info.library, &info.major, &info.minor))
        info.major = info.minor = 0;
    return info;
}

} // namespace cdr

#pragma once

#include <QString>
#include <QStringList>

namespace cdr::gui {

// The ODBC drivers installed on this machine, read from odbcinst.ini the way unixODBC's `odbcinst -q -d` does
// (ODBCSYSINI or /etc, then the user's ~/.odbcinst.ini). Core-free so the GUI needs no ODBC headers.
class OdbcDrivers {
public:
    static QStringList installed();
    // Section names of an odbcinst.ini text, without the [ODBC] options section.
    static QStringList parseIni(const QString &text);
};

} // namespace cdr::gui

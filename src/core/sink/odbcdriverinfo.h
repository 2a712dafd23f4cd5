#pragma once

#include "config/connectionsettings.h"
#include "sink/odbcconnectionstring.h"

#include <string>

namespace cdr {

// The ODBC driver a connection will use, found before connecting: the driver named by DB_DRIVER (or by the DSN's
// "Driver" entry in odbc.ini), its library from odbcinst.ini, and for FreeTDS the version stamped in that library
// ("freetds v1.3.17", what `tsql -C` prints).
struct OdbcDriverInfo {
    std::string name;    // as in odbcinst.ini, or the library path a DSN names directly
    std::string library; // resolved file path; empty when not found
    bool freeTds = false;
    int major = 0; // FreeTDS version, 0.0 when unknown
    int minor = 0;

    BraceRule braceRule() const;
};

OdbcDriverInfo inspectOdbcDriver(const ConnectionSettings &settings);
// "1.3.17" -> 1, 3 from the bytes of a FreeTDS library; false when no version stamp is found.
bool readFreeTdsVersion(const std::string &libraryPath, int *major, int *minor);

} // namespace cdr

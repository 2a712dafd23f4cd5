#pragma once

#include "config/connectionsettings.h"

#include <string>

namespace cdr {

// The ODBC connection string for DB_* settings: "DSN=..." or "DRIVER={...}", the server and port the way the
// driver expects them (Microsoft's SQL Server driver: SERVER=host,port; FreeTDS, psqlODBC, MySQL: PORT=...;
// the SQLite drivers: DATABASE=file only), DATABASE, UID, PWD, then DB_OPTIONS verbatim.
std::string odbcConnectionString(const ConnectionSettings &settings);
// The same with the password replaced by "***" (for messages).
std::string odbcConnectionStringForLog(const ConnectionSettings &settings);
// Braces a value that contains ';', '{', '}' or surrounding spaces, doubling '}' (ODBC attribute syntax).
std::string odbcAttributeValue(const std::string &value);

} // namespace cdr

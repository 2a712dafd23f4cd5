#pragma once

#include "config/connectionsettings.h"

#include <string>

namespace cdr {

// How the driver reads a value in braces. Standard: the ODBC rule, '}' written as "}}" (Microsoft's drivers,
// psqlODBC, FreeTDS 1.4+). FreeTdsBefore14: FreeTDS 1.3 ends the value at the first "};" and unescapes nothing
// (verified on the wire with tests/fixtures/tds/logincapture.py). FreeTdsUnknown: FreeTDS whose version could not
// be read; only values both rules read alike are written (no '}' inside braces).
enum class BraceRule { Standard, FreeTdsBefore14, FreeTdsUnknown };

// The ODBC connection string for DB_* settings, every attribute ended by ';':
// - with DB_DSN: DSN, DATABASE (DB_NAME overrides the DSN's database), UID, PWD, DB_OPTIONS; never SERVER or PORT
//   (the DSN names the server; FreeTDS refuses both);
// - otherwise DRIVER={...}, the server and port the way the driver expects them (Microsoft's SQL Server driver:
//   SERVER=host,port; FreeTDS, psqlODBC, MySQL: PORT=...; the SQLite drivers: DATABASE=file only), DATABASE,
//   UID, PWD, then DB_OPTIONS verbatim.
// Values are braced only when they need it (';', a leading '{', surrounding spaces; '}' as well under the
// Standard rule). Throws SinkError(Configuration), naming the setting but not its value, for a value the driver
// cannot read back exactly.
std::string odbcConnectionString(const ConnectionSettings &settings, BraceRule rule = BraceRule::Standard);
// The same with the password replaced by "***" (for messages); never throws.
std::string odbcConnectionStringForLog(const ConnectionSettings &settings);
// One value under the Standard rule.
std::string odbcAttributeValue(const std::string &value);
// What to give QSqlDatabase::setDatabaseName() so that QODBC passes `connectionString` to SQLDriverConnect
// unchanged. QODBC prefixes "FILEDSN=" when the text contains ".dsn", passes it unchanged when it contains
// "DRIVER=" or "SERVER=" (case-insensitive), and otherwise prefixes "DSN=" — Qt 6.4 as it is, Qt 6.8 quoting the
// whole text as the DSN name when it holds a ';' (so "DSN=name;UID=..." cannot carry attributes there). A DSN
// string therefore gets the DSN's own driver as "DRIVER={dsnDriver}" right after "DSN=name;": the driver manager
// uses whichever of DSN and DRIVER comes first (the DSN, with its odbc.ini settings) and every Qt version passes
// the text as it is. Without a known dsnDriver (the DSN is not in odbc.ini) the driver manager's own "data source
// name not found" is left to report it. Throws SinkError(Configuration) when the text contains ".dsn" (Qt would
// read it as a file DSN). `rule` is the one the string was built with (where a braced DSN name ends).
std::string qodbcDatabaseName(const std::string &connectionString, const std::string &dsnDriver = {},
                              BraceRule rule = BraceRule::Standard);

} // namespace cdr

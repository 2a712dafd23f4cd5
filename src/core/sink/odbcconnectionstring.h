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
// What to give QSqlDatabase::setDatabaseName() so that Qt 6.4's QODBC passes exactly `connectionString` to
// SQLDriverConnect. QODBC prefixes "FILEDSN=" when the text contains ".dsn", passes it unchanged when it contains
// "DRIVER=" or "SERVER=", and prefixes "DSN=" otherwise (all case-insensitive). Throws SinkError(Configuration)
// when the text contains ".dsn" (Qt would read it as a file DSN).
std::string qodbcDatabaseName(const std::string &connectionString);

} // namespace cdr

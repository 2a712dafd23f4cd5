#pragma once

#include <string>

namespace cdr {

// Native ODBC helpers shared by the ODBC sink.
namespace odbcnative {
// "SQLSTATE: message" of the first diagnostic records of a handle; *sqlState gets the first state.
std::string diagnostics(short handleType, void *handle, std::string *sqlState);
std::string dbmsName(void *hdbc);
// Autocommit on/off and commit/rollback on the connection (SQLEndTran).
bool setAutocommit(void *hdbc, bool on);
bool endTransaction(void *hdbc, bool commit);
} // namespace odbcnative

} // namespace cdr

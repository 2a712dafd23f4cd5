#pragma once

#include "sink/sinkerror.h"

#include <string>
#include <string_view>
#include <vector>

class QSqlError;

namespace cdr {

// Turns driver errors into SinkError kinds with one classification function (classify(const Diagnosis &)); the
// table of states and numbers is in docs/databases.md ("How ODBC errors are classified"). Every message has the
// secret (the password) replaced by "***".
namespace sinkfailure {

// One diagnostic record: the SQLSTATE (may be empty when the driver gives none) and the driver's native error
// number (SQL Server's error numbers such as 1205 or 18456; 0 when there is none).
struct DiagRecord {
    std::string state;
    long native = 0;
};

// What a failed call left behind: every diagnostic record (statement handle first, then connection handle), the
// driver's text, and whether the connection is known to be dead (SQL_ATTR_CONNECTION_DEAD, PQstatus).
struct Diagnosis {
    std::vector<DiagRecord> records;
    std::string message;
    bool connectionDead = false;
};

struct Verdict {
    SinkError::Kind kind = SinkError::Kind::Fatal;
    std::string hint; // appended to the message, e.g. what to check for a setup error
};

Verdict classify(const Diagnosis &diagnosis);
// Shorthand for one record without a native number.
SinkError::Kind classify(std::string_view sqlState, std::string_view message, bool connectionLost);

std::string scrub(std::string message, const std::string &secret);
SinkError make(const Diagnosis &diagnosis, const std::string &context, const std::string &secret);
SinkError make(std::string_view sqlState, const std::string &context, const std::string &detail,
               bool connectionLost, const std::string &secret);
// Qt 6.4's QSqlError carries the native number only (nativeErrorCode()), never the SQLSTATE: callers that can
// read the handle's diagnostic records should prefer make(Diagnosis).
SinkError fromQSqlError(const QSqlError &error, const std::string &context, const std::string &secret);
// A QODBC error as a Diagnosis: its native number (no SQLSTATE) and its text.
Diagnosis fromQodbcError(const QSqlError &error);

} // namespace sinkfailure
} // namespace cdr

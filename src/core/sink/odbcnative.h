#pragma once

#include "sink/sinkfailure.h"

#include <string>

namespace cdr {

// Native ODBC helpers shared by the ODBC sink.
namespace odbcnative {
// Every diagnostic record (state and native number) of the handle, then of the connection hdbc (when it is a
// different handle), and the connection's liveness: what sinkfailure::classify needs.
sinkfailure::Diagnosis diagnose(short handleType, void *handle, void *hdbc);
// SQL_ATTR_CONNECTION_DEAD: true only when the driver says the connection is dead.
bool connectionDead(void *hdbc);
// Connects with SQLDriverConnect and disconnects: the diagnostics of a failed connect (Qt 6.4's QODBC keeps only
// the native number of a failed connect, not its SQLSTATE). Empty records when the connect succeeds.
sinkfailure::Diagnosis probeConnect(const std::string &connectionString, int loginTimeoutS);
std::string dbmsName(void *hdbc);
// Autocommit on/off and commit/rollback on the connection (SQLEndTran).
bool setAutocommit(void *hdbc, bool on);
bool endTransaction(void *hdbc, bool commit);
} // namespace odbcnative

} // namespace cdr

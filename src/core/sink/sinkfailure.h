#pragma once

#include "sink/sinkerror.h"

#include <string>
#include <string_view>

class QSqlError;

namespace cdr {

// Turns driver errors into SinkError kinds: a lost or refused connection, a server shutting down or a
// serialization failure is Transient (retried); a rejected login is Authentication (never retried); the rest is
// Fatal. Every message has the secret (the password) replaced by "***".
namespace sinkfailure {

SinkError::Kind classify(std::string_view sqlState, std::string_view message, bool connectionLost);
std::string scrub(std::string message, const std::string &secret);
SinkError make(std::string_view sqlState, const std::string &context, const std::string &detail,
               bool connectionLost, const std::string &secret);
SinkError fromQSqlError(const QSqlError &error, const std::string &context, const std::string &secret);

} // namespace sinkfailure
} // namespace cdr

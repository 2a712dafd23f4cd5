#pragma once

#include <stdexcept>
#include <string>

namespace cdr {

// What a sink throws. The kind decides what the run does: Transient -> reconnect and retry with backoff;
// Authentication / Configuration / Fatal -> stop at once with the message (exit 1; exit 2 for Configuration found
// before anything was written). Messages never contain a password.
class SinkError : public std::runtime_error {
public:
    enum class Kind { Transient, Authentication, Configuration, Fatal };
    SinkError(Kind kind, const std::string &message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace cdr

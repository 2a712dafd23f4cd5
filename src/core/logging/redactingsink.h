#pragma once

#include <spdlog/sinks/dist_sink.h>

#include <mutex>
#include <string>
#include <vector>

namespace cdr {

// Forwards every message to its child sinks with each secret replaced by "***", so no front end or log file ever
// receives a password, whatever code logged it. Secrets of any length are kept (maskSecret() says how a short one
// is matched); redact() also masks credential contexts (maskCredentialContexts()) whether or not they hold a
// registered secret.
class RedactingSink : public spdlog::sinks::dist_sink<std::mutex> {
public:
    static void addSecret(const std::string &secret);
    static std::string redact(std::string text);

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
};

} // namespace cdr

#include "logging/redactingsink.h"

#include "logging/secretmask.h"

#include <shared_mutex>

namespace cdr {

namespace {
std::shared_mutex secretsMutex;
std::vector<std::string> &secrets()
{
    static std::vector<std::string> values;
    return values;
}
} // namespace

void RedactingSink::addSecret(const std::string &secret)
{
    // One- and two-character "secrets" would blank out ordinary text and hide nothing.
    if (secret.size() < 3)
        return;
    std::unique_lock lock(secretsMutex);
    for (const auto &known : secrets())
        if (known == secret)
            return;
    secrets().push_back(secret);
}

std::string RedactingSink::redact(std::string text)
{
    std::shared_lock lock(secretsMutex);
    for (const auto &secret : secrets())
        text = maskSecret(std::move(text), secret);
    return text;
}

void RedactingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const std::string clean = redact(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy(msg);
    copy.payload = clean;
    dist_sink::sink_it_(copy);
}

} // namespace cdr

#include "logging/redactingsink.h"

#include "logging/credentialmask.h"
#include "logging/secretmask.h"

#include <algorithm>
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
    if (secret.empty())
        return;
    std::unique_lock lock(secretsMutex);
    auto &known = secrets();
    if (std::find(known.begin(), known.end(), secret) != known.end())
        return;
    // Longest first: a secret that contains a shorter one is masked whole, not around the shorter one's mask.
    known.insert(std::upper_bound(known.begin(), known.end(), secret,
                                  [](const std::string &a, const std::string &b) { return a.size() > b.size(); }),
                 secret);
}

std::string RedactingSink::redact(std::string text)
{
    std::shared_lock lock(secretsMutex);
    for (const auto &secret : secrets())
        text = maskSecret(std::move(text), secret);
    return maskCredentialContexts(std::move(text));
}

void RedactingSink::sink_it_(const spdlog::details::log_msg &msg)
{
    const std::string clean = redact(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy(msg);
    copy.payload = clean;
    dist_sink::sink_it_(copy);
}

} // namespace cdr

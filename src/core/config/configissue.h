#pragma once

#include <string>
#include <vector>

namespace cdr {

// One problem found in config.yml or .env. keyPath names the key ("data_types.operators[1].market_share",
// "ranges.duration", ".env:DB_PORT"); message states the rule that failed.
struct ConfigIssue {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string keyPath;
    std::string message;

    std::string toString() const; // "error: ranges.duration: min (50) must be <= max (10)"
    bool operator==(const ConfigIssue &) const = default;
};

bool hasErrors(const std::vector<ConfigIssue> &issues);

} // namespace cdr

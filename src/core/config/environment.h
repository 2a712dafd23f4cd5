#pragma once

#include "config/configissue.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// Variables from a .env file (python-dotenv syntax: comments, export prefix, single/double quotes, escapes in
// double quotes, inline comments after unquoted values) overlaid by the real process environment, which wins.
class Environment {
public:
    // envFilePath may be empty (no file). Problems in the file go to *issues (keyPath ".env:LINE" or ".env:NAME").
    static Environment load(const std::string &envFilePath, std::vector<ConfigIssue> *issues);
    // Only the given file's content, without the process environment (tests, GUI).
    static std::map<std::string, std::string> parseDotEnv(const std::string &text, std::vector<ConfigIssue> *issues);

    std::optional<std::string> value(const std::string &name) const; // non-empty values only
    std::string valueOr(const std::string &name, const std::string &fallback) const;
    void set(const std::string &name, const std::string &value);

private:
    std::map<std::string, std::string> m_values;
};

} // namespace cdr

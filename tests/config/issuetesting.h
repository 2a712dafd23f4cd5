#pragma once

#include "config/configissue.h"

#include <string>
#include <vector>

// Shared by the config tests: issue lists as readable failure messages, and the "is this problem reported" check.
inline std::string describe(const std::vector<cdr::ConfigIssue> &issues)
{
    std::string text;
    for (const auto &issue : issues)
        text += "\n  " + issue.toString();
    return text;
}

// An issue of `severity` whose key path contains `keyPart` and whose message contains `messagePart`.
inline bool hasIssue(const std::vector<cdr::ConfigIssue> &issues, const std::string &keyPart,
                     cdr::ConfigIssue::Severity severity, const std::string &messagePart = {})
{
    for (const auto &issue : issues)
        if (issue.severity == severity && issue.keyPath.find(keyPart) != std::string::npos
            && issue.message.find(messagePart) != std::string::npos)
            return true;
    return false;
}

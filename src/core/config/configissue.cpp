#include "config/configissue.h"

#include <algorithm>

namespace cdr {

std::string ConfigIssue::toString() const
{
    std::string text = severity == Severity::Error ? "error: " : "warning: ";
    if (!keyPath.empty())
        text += keyPath + ": ";
    return text + message;
}

bool hasErrors(const std::vector<ConfigIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ConfigIssue &issue) { return issue.severity == ConfigIssue::Severity::Error; });
}

} // namespace cdr

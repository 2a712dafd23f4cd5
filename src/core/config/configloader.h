#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <string>
#include <string_view>
#include <vector>

namespace cdr {

struct ConfigLoadResult {
    Config config;                  // meaningful only when !hasErrors(issues)
    std::vector<ConfigIssue> issues; // every problem found (errors and warnings), not just the first
    bool ok() const { return !hasErrors(issues); }
};

// Parses and validates. YAML syntax errors, wrong types, unknown keys (warnings) and every rule of validateConfig().
ConfigLoadResult loadConfigText(std::string_view yamlText, const std::string &sourceName);
ConfigLoadResult loadConfigFile(const std::string &path);
// The default shipped with the program (config/config.yml, compiled in as a Qt resource ":/config/config.yml").
ConfigLoadResult loadBundledDefaultConfig();

// Every rule on an already typed Config (the GUI validates its edits with this too).
std::vector<ConfigIssue> validateConfig(const Config &config);

} // namespace cdr

#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <yaml-cpp/yaml.h>

#include <vector>

namespace cdr {

// Maps a parsed config.yml onto Config, section by section. Starts from Config::seedDefaults() so absent keys keep
// their defaults; type problems and unknown keys go to `issues`. The value rules are validateConfig()'s job.
Config readConfigYaml(const YAML::Node &root, std::vector<ConfigIssue> &issues);

} // namespace cdr

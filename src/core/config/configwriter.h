#pragma once

#include "config/config.h"

#include <string>

namespace cdr {

// The effective config as YAML that loadConfigText() reads back equal (round trip).
std::string configToYaml(const Config &config);

// Writes atomically (QSaveFile): either the whole new file or the old one. Returns false with *error set on failure.
bool saveConfigFile(const Config &config, const std::string &path, std::string *error);

} // namespace cdr

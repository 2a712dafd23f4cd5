#pragma once

#include "config/config.h"

#include <spdlog/sinks/sink.h>

#include <string>
#include <vector>

namespace cdr {

// Translates Python logging format syntax ("%(asctime)s - %(levelname)s - %(message)s") into an spdlog pattern.
std::string pythonFormatToSpdlogPattern(const std::string &pythonFormat);

// Maps Python level names (DEBUG, INFO, WARNING, ERROR, CRITICAL) to spdlog levels; false if unknown.
bool parseLogLevel(const std::string &name, spdlog::level::level_enum *level);

// Installs the default logger "cdrgen": the given front-end sinks plus the file of logging.file, at logging.level,
// with logging.format. Every registered secret is replaced by "***" in every line.
void setupLogging(const LoggingConfig &config, std::vector<spdlog::sink_ptr> frontEndSinks);
void registerSecret(const std::string &secret);

} // namespace cdr

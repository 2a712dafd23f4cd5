#pragma once

#include "config/config.h"

#include <spdlog/common.h>
#include <spdlog/sinks/sink.h>

#include <string>
#include <vector>

namespace cdr {

// Translates Python logging format syntax ("%(asctime)s - %(levelname)s - %(message)s") into an spdlog pattern.
// Fields: asctime, levelname, levelno, message, name, filename, pathname, module, funcName, lineno, process,
// processName, thread, threadName, msecs, created; width flags such as %(levelname)-8s are kept.
std::string pythonFormatToSpdlogPattern(const std::string &pythonFormat);

// Maps Python level names (DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET; any case) to spdlog levels.
bool parseLogLevel(const std::string &name, spdlog::level::level_enum *level);

// Installs the default logger "cdrgen": the given front-end sinks plus the file of logging.file (appended to, as
// Python's FileHandler does), at logging.level, with logging.format. Every registered secret is replaced by "***"
// in every line. Returns an empty string, or why the log file could not be opened (the logger then has the
// front-end sinks only).
std::string setupLogging(const LoggingConfig &config, std::vector<spdlog::sink_ptr> frontEndSinks);

// A value that must never appear in a log line (passwords), of any length; an empty value is ignored.
void registerSecret(const std::string &secret);

} // namespace cdr

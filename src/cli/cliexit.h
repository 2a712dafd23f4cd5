#pragma once

#include "config/config.h"

#include <string>

namespace cdr::cli {

enum ExitCode { Done = 0, RunFailed = 1, BadInput = 2, Interrupted = 130 };

// "cdrgen-cli: MESSAGE" on stderr, through the same redaction as every log line (messages printed before or
// outside the logger carry no password either).
void printError(const std::string &message);

// --export-config: the config as YAML to PATH ("-" = stdout). Done or RunFailed with the reason printed.
int exportConfig(const Config &config, const std::string &path);

} // namespace cdr::cli

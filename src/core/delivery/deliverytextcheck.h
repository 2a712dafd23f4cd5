#pragma once

#include "config/config.h"

#include <optional>
#include <string>
#include <string_view>

namespace cdr {

// The configured names that reach the CDR rows (call types, statuses, antenna types, operator codes) may hold any
// character; the tsql: and bcp: outputs need them free of tab, carriage return and line feed: bcp: uses tab and
// CR LF as its terminators, tsql: keeps a statement's lines free of line breaks (a GO line inside a literal would
// split the batch for sqlcmd). The first such name, naming its key and the target, or nullopt.
std::optional<std::string> deliveryTextProblem(const Config &config, std::string_view target);

} // namespace cdr

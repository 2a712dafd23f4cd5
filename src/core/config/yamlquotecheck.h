#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

namespace cdr {

// yaml-cpp 0.7 accepts a quoted scalar whose closing quote is missing and silently swallows the rest of the file
// into it. Returns the mark of the first quoted scalar in `root` that has no closing quote in `text`.
std::optional<YAML::Mark> findUnclosedQuote(const YAML::Node &root, std::string_view text);

} // namespace cdr

#pragma once

#include <string>

namespace cdr {

// A table name the sinks accept: letters, digits and underscore, not starting with a digit, optionally prefixed by
// one "schema." of the same form, at most 128 characters each. False with *error naming the problem otherwise.
bool isValidTableName(const std::string &name, std::string *error);

} // namespace cdr

#pragma once

#include <string>

namespace cdr {

// Returns text with every occurrence of secret replaced by "***" (an empty secret changes nothing).
// The one masking rule behind log redaction, sink error messages and mail errors.
std::string maskSecret(std::string text, const std::string &secret);

} // namespace cdr

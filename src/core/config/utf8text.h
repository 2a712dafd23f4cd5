#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace cdr {

// The offset of the first byte of `text` that is not part of a well-formed UTF-8 sequence (stray or missing
// continuation bytes, overlong forms, surrogates, code points past U+10FFFF); nullopt when all of it is UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Characters (code points) in UTF-8 `text`: the bytes that are not continuation bytes. VARCHAR(n) counts these.
std::size_t utf8CodePoints(std::string_view text);

} // namespace cdr

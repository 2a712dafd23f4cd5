#pragma once

#include <charconv>
#include <cstddef>
#include <string_view>

namespace cdr {

// SinkError(Fatal): "internal error: column <name> value '<field>' <problem>".
[[noreturn]] void badFieldValue(std::size_t column, std::string_view field, std::string_view problem);

// A field's whole text (BatchText) as a number of type T; badFieldValue() when it is not one or does not fit T,
// never a 0 in its place.
template<typename T>
T fieldNumber(std::size_t column, std::string_view field, std::string_view problem)
{
    T value{};
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec != std::errc() || end != field.data() + field.size())
        badFieldValue(column, field, problem);
    return value;
}

} // namespace cdr

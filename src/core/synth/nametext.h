#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace cdr {

// Config names (call types, statuses, antenna types) are matched case-insensitively.
inline std::string upperCase(std::string_view name)
{
    std::string s(name);
    for (char &c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

} // namespace cdr

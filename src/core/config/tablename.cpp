#include "config/tablename.h"

#include <cctype>

namespace cdr {

namespace {

constexpr std::size_t kMaxIdentifierLength = 128; // SQL Server's sysname; PostgreSQL's 63 is checked by its sink

bool isValidIdentifier(const std::string &part, const char *what, std::string *error)
{
    auto fail = [&](const std::string &why) {
        if (error)
            *error = std::string(what) + " \"" + part + "\" " + why;
        return false;
    };
    if (part.empty())
        return fail("is empty");
    if (part.size() > kMaxIdentifierLength)
        return fail("is longer than 128 characters");
    if (std::isdigit(static_cast<unsigned char>(part.front())))
        return fail("starts with a digit");
    for (char c : part) {
        const auto u = static_cast<unsigned char>(c);
        // ASCII only: the name is spliced into SQL unquoted by some dialects, so anything else is refused.
        if (u >= 0x80 || !(std::isalnum(u) || c == '_'))
            return fail("may only hold letters, digits and '_'");
    }
    return true;
}

} // namespace

bool isValidTableName(const std::string &name, std::string *error)
{
    if (name.empty()) {
        if (error)
            *error = "table name is empty";
        return false;
    }
    const auto dot = name.find('.');
    if (dot == std::string::npos)
        return isValidIdentifier(name, "table name", error);
    if (name.find('.', dot + 1) != std::string::npos) {
        if (error)
            *error = "table name \"" + name + "\" has more than one '.' (only schema.table is allowed)";
        return false;
    }
    return isValidIdentifier(name.substr(0, dot), "schema", error)
        && isValidIdentifier(name.substr(dot + 1), "table name", error);
}

} // namespace cdr

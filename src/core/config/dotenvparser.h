#pragma once

#include "config/configissue.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// One "NAME=value" binding of a .env file, as python-dotenv's parser reads it.
struct DotEnvBinding {
    std::string name;
    std::string value;   // quotes removed, escapes decoded, not yet expanded
    bool expand = true;  // false for single-quoted values, which stay literal
    int line = 0;        // 1-based line where the binding starts
};

// python-dotenv's grammar: optional "export ", a key (unquoted, or 'single-quoted'), "=", then a value that is
// 'single-quoted' (only \\ and \' decoded), "double-quoted" (\\ \' \" \a \b \f \n \r \t \v decoded; may span
// lines) or unquoted (up to the end of the line, minus a " #comment", trailing blanks trimmed). Lines that do not
// parse become errors named ".env:line N"; python-dotenv skips them with a warning, but a half-read .env would
// silently point the run at the wrong database.
std::vector<DotEnvBinding> parseDotEnvBindings(const std::string &text, std::vector<ConfigIssue> *issues);

// Resolves ${NAME} and ${NAME:-default} in bindings that allow it, in file order, as python-dotenv's
// load_dotenv(override=False) does: a name takes the process environment's value (`processValue`) first, then the
// value of an earlier binding in the file, then the default, then "".
// Unlike python-dotenv, a value that would grow past kMaxDotEnvValueBytes (A=${A}${A} repeated doubles it on every
// line) is an error named ".env:NAME" in *issues and left empty, instead of exhausting the memory.
inline constexpr std::size_t kMaxDotEnvValueBytes = 64 * 1024;
using EnvLookup = std::function<std::optional<std::string>(const std::string &)>;
std::map<std::string, std::string> expandDotEnvBindings(const std::vector<DotEnvBinding> &bindings,
                                                        const EnvLookup &processValue,
                                                        std::vector<ConfigIssue> *issues = nullptr);

} // namespace cdr

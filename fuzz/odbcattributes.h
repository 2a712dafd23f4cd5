#pragma once

#include <string>
#include <utility>
#include <vector>

// An independent reader of ODBC connection strings, the fuzz oracle for odbcConnectionString(): "KEY=value;" parts,
// empty parts skipped, a value starting with '{' braced. Standard: the braces end at the first '}' not doubled and
// "}}" reads as '}'. FreeTds13: FreeTDS 1.3, the braces end at the first "};" (or a '}' ending the text) and nothing
// is unescaped.
namespace fuzz {

enum class BraceReading { Standard, FreeTds13 };

struct OdbcAttributes {
    std::vector<std::pair<std::string, std::string>> parts; // every part read, in order, up to a problem
    bool complete = false;                                   // the whole text read without a problem
};

OdbcAttributes readOdbcAttributes(const std::string &text, BraceReading reading);

} // namespace fuzz

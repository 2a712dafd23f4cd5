#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// One statement of a database.before_load_sql / after_load_sql script, as the database receives it.
struct SqlStatement {
    std::string text;      // without the separating ';' (a GO batch keeps its own ';')
    int line = 0;          // 1-based line of the script where its first code (not a comment) is
    std::string firstLine; // that line, trimmed, for messages

    bool operator==(const SqlStatement &) const = default;
};

// Splits a script into the statements a database runs one by one. Separators count only outside 'strings' (E'...'
// with backslash escapes too), "identifiers", [identifiers], `identifiers`, -- and /* nested */ comments and
// $tag$ dollar quotes $tag$:
// - a script with a line that holds only GO (any case) is cut at those lines into batches, each sent whole, as
//   sqlcmd does (SQL Server: variables live for a batch; a procedure's body keeps its ';');
// - otherwise it is cut at each ';'.
// Pieces holding only blanks and comments are dropped. nullopt, with *error naming the line, for a quote or
// comment that never ends.
std::optional<std::vector<SqlStatement>> splitSqlScript(std::string_view script, std::string *error);

} // namespace cdr

#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// database.before_load_sql and database.after_load_sql, as the text a database (or a T-SQL script) gets.
// The rule for a value: one line that ends in ".sql" (any case) and holds no ';' is the path of a file, relative
// to the config file's folder unless absolute; anything else (several lines, or a ';') is the SQL itself.
struct LoadSql {
    std::string beforeLoadSql; // the resolved text ("" = none)
    std::string afterLoadSql;

    bool empty() const { return beforeLoadSql.empty() && afterLoadSql.empty(); }

    static constexpr std::string_view kBeforeKey = "database.before_load_sql";
    static constexpr std::string_view kAfterKey = "database.after_load_sql";

    static bool isFilePath(std::string_view value);
    // The file a value names, resolved against configDir ("" = the working folder).
    static std::string filePath(std::string_view value, const std::string &configDir);
    // Both texts: a file is read whole (UTF-8). nullopt, with *error naming the key and the file, when a file
    // cannot be read.
    static std::optional<LoadSql> resolve(const DatabaseConfig &database, const std::string &configDir,
                                          std::string *error);
    // resolve()'s problems as issues under their keys (the CLI's and the GUI's checks before a run).
    static std::vector<ConfigIssue> fileIssues(const DatabaseConfig &database, const std::string &configDir);
};

} // namespace cdr

#pragma once

#include "config/configissue.h"
#include "config/environment.h"

#include <string>
#include <vector>

namespace cdr {

// Database connection from the seed's .env names plus DB_PORT, DB_DSN, DB_OPTIONS.
struct ConnectionSettings {
    std::string driver;   // DB_DRIVER, e.g. "ODBC Driver 18 for SQL Server", "PostgreSQL Unicode", "SQLite3"
    std::string server;   // DB_SERVER
    std::string port;     // DB_PORT
    std::string database; // DB_NAME
    std::string user;     // DB_USER
    std::string password; // DB_PASSWORD (never logged)
    std::string dsn;      // DB_DSN: a configured DSN instead of DRIVER=...
    std::string options;  // DB_OPTIONS: extra "Key=value;Key=value" ODBC attributes
    std::string table = "cdr"; // CDR_TABLE

    static ConnectionSettings fromEnvironment(const Environment &env);
    bool hasOdbc() const { return !driver.empty() || !dsn.empty(); }
};

// DB_PORT a number 1..65535 (when set), CDR_TABLE a valid table name, DB_OPTIONS "Key=value" pairs separated by
// ';' (a value in braces may hold ';', with '}' written "}}"). Issues are named ".env:DB_PORT" and so on.
std::vector<ConfigIssue> validateConnection(const ConnectionSettings &settings);
// What is wrong with a DB_OPTIONS text (never quoting it), empty when nothing.
std::string odbcOptionsProblem(const std::string &options);

} // namespace cdr

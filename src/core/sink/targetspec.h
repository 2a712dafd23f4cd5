#pragma once

#include "config/config.h"
#include "config/connectionsettings.h"
#include "loadsql/loadsql.h"
#include "sink/recordsink.h"
#include "split/splitperiod.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cdr {

// Parsed -o/--output: "sqlite:PATH", "csv:PATH" ("csv:-" = stdout), "tsql:FILE.sql[.gz]" (a T-SQL script),
// "bcp:DIR" (bcp data, format file and load scripts), "odbc" (from DB_* variables),
// "postgresql://USER@HOST[:PORT]/DBNAME[?KEY=VALUE&...]" (QPSQL + COPY; the query parameters are
// libpq's connection parameters, e.g. sslmode=verify-full&sslrootcert=/path/ca.crt).
struct TargetSpec {
    enum class Kind { Sqlite, Csv, Odbc, Postgres, Tsql, Bcp };
    Kind kind = Kind::Sqlite;
    std::string path;      // Sqlite / Csv / Tsql: the file; Bcp: the folder
    // Postgres. The password is the URL's (warned about: it shows in the process list), else makeSink() takes
    // DB_PASSWORD, else PGPASSWORD, else leaves it to libpq's password file (~/.pgpass, PGPASSFILE).
    std::string host, port, user, password, database;
    std::vector<std::pair<std::string, std::string>> parameters; // Postgres: libpq keyword, value (in URL order)
    SplitPeriod split = SplitPeriod::None; // --split: one file per slice (split/splitsinkfactory.h)

    // Returns nullopt with *error naming the problem.
    static std::optional<TargetSpec> parse(const std::string &text, std::string *error);
    // The default when -o is absent: odbc when DB_DRIVER/DB_DSN is set, else sqlite:cdr.sqlite.
    static TargetSpec defaultFor(const ConnectionSettings &connection);
};

// Creates the sink for a target (nothing is opened yet). Throws SinkError(Configuration) for a bad table name etc.
// loadSql: written at the top and the bottom of a tsql: script (other targets run it through LoadSqlStep).
std::unique_ptr<RecordSink> makeSink(const TargetSpec &target, const ConnectionSettings &connection,
                                     const std::string &table, const Config &config, const LoadSql &loadSql = {});

} // namespace cdr

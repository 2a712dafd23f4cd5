#pragma once

#include "run/runrequest.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>

namespace cdr::cli {

// What the command line asked for. Values are only syntax-checked here; their meaning is checked with the config.
struct CliOptions {
    enum class Action { Run, Preview, Validate, ExportConfig, PrintSql, Profile, FitConfig, PrintedAndExit };
    Action action = Action::Run;

    std::string configPath;   // empty: ./config.yml if present, else the bundled default
    std::string envPath;      // empty: ./.env if present
    std::optional<std::int64_t> count;
    std::optional<std::uint64_t> seed;
    std::optional<std::int64_t> batchSize;
    std::optional<int> threads;
    std::optional<std::string> output;
    std::optional<std::string> table;
    std::optional<std::string> ifExists;
    Shard shard;
    std::optional<SplitPeriod> split; // --split day|hour
    std::int64_t previewCount = 0;
    std::string exportPath;
    std::string printSqlDialect; // --print-sql: sqlserver, postgresql, sqlite or mysql
    bool worldTables = false;    // --world-tables (database.world_tables)
    std::string profileSource;   // --profile SOURCE: as -o, csv:PATH, sqlite:PATH, postgresql://..., odbc (generates nothing)
    std::string columnsPath;     // --columns FILE: YAML, our column name -> the source's
    std::string compareColumnsPath; // --compare-columns FILE: the same for --compare-with's source
    std::string reportPath;      // --report FILE.html: the profile of the run's rows (or of --profile's source)
    std::string reportJsonPath;  // --report-json FILE: the same figures as JSON
    std::string compareWith;     // --compare-with SOURCE: a second profile beside the first in the report
    std::string reportLanguage = "en"; // --report-language: en, fr or nl (the HTML report)
    std::string fitSource;       // --fit-from SOURCE: fit a config to its rows, written to exportPath
    bool noEmail = false;
    bool quiet = false;
};

struct CliParseResult {
    CliOptions options;
    std::string error;   // non-empty: bad arguments (exit 2)
    std::string printed; // --help / --version text (exit 0)
};

CliParseResult parseCommandLine(const QStringList &arguments);

} // namespace cdr::cli

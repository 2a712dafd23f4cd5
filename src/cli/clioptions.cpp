#include "clioptions.h"

#include "report/reporttext.h"
#include "run/idrange.h"
#include "split/splitperiod.h"
#include "world/ddlscript.h"

#include <QCommandLineParser>

#include <charconv>
#include <cstdint>

namespace cdr::cli {

namespace {

template <typename Number>
bool parseNumber(const QString &text, Number min, Number max, const char *option, Number *value, std::string *error)
{
    const std::string raw = text.trimmed().toStdString();
    const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), *value);
    if (raw.empty() || ec == std::errc::invalid_argument || end != raw.data() + raw.size()) {
        *error = std::string(option) + ": '" + raw + "' is not a whole number";
        return false;
    }
    if (ec == std::errc::result_out_of_range || *value < min || *value > max) {
        *error = std::string(option) + ": " + raw + " is out of range (" + std::to_string(min) + " to "
                 + std::to_string(max) + ")";
        return false;
    }
    return true;
}

const char *kDescription =
    "Generates realistic synthetic Belgian Call Detail Records and loads them into SQLite (default cdr.sqlite),\n"
    "SQL Server or PostgreSQL over ODBC, PostgreSQL (COPY) or CSV.\n\n"
    "Exit codes: 0 done, 1 the run failed, 2 bad arguments/config/env, 130 interrupted (resumable).";

} // namespace

CliParseResult parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    const QCommandLineOption help({"h", "help"}, "Show this help and exit.");
    const QCommandLineOption version("version", "Show the version and exit.");
    const QCommandLineOption config({"c", "config"}, "config.yml to use (default: ./config.yml, else built-in).", "FILE");
    const QCommandLineOption env({"e", "env"}, ".env file with DB_* and mail variables (default: ./.env).", "FILE");
    const QCommandLineOption count({"n", "count"}, "Total records: ids 1..N (generation.records).", "N");
    const QCommandLineOption seed({"s", "seed"}, "Random seed (generation.seed).", "N");
    const QCommandLineOption output({"o", "output"},
                                    "Target: sqlite:PATH, csv:PATH (csv:- = stdout), tsql:FILE.sql[.gz] (a T-SQL script for "
                                    "sqlcmd), bcp:DIR (bcp data, format file and load scripts), odbc, "
                                    "postgresql://USER@HOST[:PORT]/DB (password from DB_PASSWORD, PGPASSWORD or "
                                    "~/.pgpass). Default: odbc when DB_DRIVER or DB_DSN is set, else "
                                    "sqlite:cdr.sqlite.",
                                    "TARGET");
    const QCommandLineOption table("table", "Table name (default: CDR_TABLE, else cdr).", "NAME");
    const QCommandLineOption batchSize("batch-size", "Rows per transaction (generation.batch_size).", "N");
    const QCommandLineOption threads("threads", "Generator threads, 0 = all cores (generation.threads).", "N");
    const QCommandLineOption shard("shard", "Generate only part I of N of the ids (e.g. 2/8).", "I/N");
    const QCommandLineOption ifExists("if-exists", "When the table exists: resume (default), replace or fail.",
                                      "MODE");
    const QCommandLineOption split("split",
                                   "With csv:PATH: one file per day or hour of the start times (PATH_20240624.csv), "
                                   "a manifest PATH_manifest.csv with rows, ids and SHA-256 of each.",
                                   "day|hour");
    const QCommandLineOption preview("preview", "Print N sample records as CSV to stdout; touch no database.", "N");
    const QCommandLineOption validate("validate", "Check config and env, print every problem, exit 0 or 2.");
    const QCommandLineOption exportConfig("export-config", "Write the effective config as YAML (- = stdout) and exit.",
                                          "FILE");
    const QCommandLineOption worldTables(
        "world-tables", "Also write the ground truth: <table>_subscribers, <table>_antennas, <table>_events, "
                        "<table>_labels and <table>_runs (database.world_tables; CSV: sibling files).");
    const QCommandLineOption printSql("print-sql",
                                      "Print the DDL a run would execute for DIALECT (sqlserver, postgresql, sqlite, "
                                      "mysql) and exit; connects to nothing.",
                                      "DIALECT");
    const QCommandLineOption profile("profile",
                                     "Profile an existing CDR table instead of generating: csv:PATH (or .csv.gz), "
                                     "sqlite:PATH, postgresql://USER@HOST[:PORT]/DBNAME or odbc, as -o (--table "
                                     "names the table); needs --report or --report-json.",
                                     "SOURCE");
    const QCommandLineOption report("report",
                                    "Write an HTML report of the rows: after a run, read back from the target; "
                                    "with --profile, of its source.",
                                    "FILE");
    const QCommandLineOption reportJson("report-json", "Write the report's figures as JSON.", "FILE");
    const QCommandLineOption compareWith("compare-with",
                                         "Profile a second source (any source --profile takes, the same --table) and "
                                         "put it beside the first in the report, with a distance per figure and a "
                                         "score.",
                                         "SOURCE");
    const QCommandLineOption reportLanguage("report-language", "Language of the HTML report: en (default), fr or nl.",
                                            "LANG");
    const QCommandLineOption compareColumns("compare-columns",
                                            "With --compare-with: a YAML file mapping our column names to that "
                                            "source's.",
                                            "FILE");
    const QCommandLineOption fitFrom("fit-from",
                                     "Fit a config to an existing CDR table (csv:PATH or sqlite:PATH with --table) "
                                     "so that a run from it reproduces the table's profile; written by "
                                     "--export-config FILE.",
                                     "SOURCE");
    const QCommandLineOption columns("columns",
                                     "With --profile: a YAML file mapping our column names to the source's "
                                     "(caller: msisdn_a).",
                                     "FILE");
    const QCommandLineOption noEmail("no-email", "Do not send the completion e-mail.");
    const QCommandLineOption quiet({"q", "quiet"}, "No progress line; only warnings and errors on the console.");
    parser.addOptions({help, version, config, env, count, seed, output, table, batchSize, threads, shard, ifExists,
                       split, preview, validate, exportConfig, printSql, worldTables, profile, report, reportJson, compareWith, reportLanguage,
                       columns, compareColumns, fitFrom, noEmail, quiet});

    CliParseResult result;
    CliOptions &options = result.options;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText().toStdString() + " (see --help)";
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = "unexpected argument '" + parser.positionalArguments().first().toStdString() + "' (see --help)";
        return result;
    }
    if (parser.isSet(help)) {
        options.action = CliOptions::Action::PrintedAndExit;
        result.printed = parser.helpText().toStdString();
        return result;
    }
    if (parser.isSet(version)) {
        options.action = CliOptions::Action::PrintedAndExit;
        result.printed = "cdrgen-cli " CDRGEN_VERSION "\n";
        return result;
    }
    options.configPath = parser.value(config).toStdString();
    options.envPath = parser.value(env).toStdString();
    if (parser.isSet(count)) {
        std::int64_t value = 0;
        if (!parseNumber<std::int64_t>(parser.value(count), 1, 1'000'000'000'000, "--count", &value, &result.error))
            return result;
        options.count = value;
    }
    if (parser.isSet(seed)) {
        std::uint64_t value = 0;
        if (!parseNumber<std::uint64_t>(parser.value(seed), 0, UINT64_MAX, "--seed", &value, &result.error))
            return result;
        options.seed = value;
    }
    if (parser.isSet(batchSize)) {
        std::int64_t value = 0;
        if (!parseNumber<std::int64_t>(parser.value(batchSize), 1, 1'000'000, "--batch-size", &value, &result.error))
            return result;
        options.batchSize = value;
    }
    if (parser.isSet(threads)) {
        int value = 0;
        if (!parseNumber<int>(parser.value(threads), 0, 256, "--threads", &value, &result.error))
            return result;
        options.threads = value;
    }
    if (parser.isSet(output))
        options.output = parser.value(output).toStdString();
    if (parser.isSet(table))
        options.table = parser.value(table).toStdString();
    if (parser.isSet(ifExists)) {
        const std::string mode = parser.value(ifExists).toStdString();
        if (mode != "resume" && mode != "replace" && mode != "fail") {
            result.error = "--if-exists: '" + mode + "' is not one of resume, replace, fail";
            return result;
        }
        options.ifExists = mode;
    }
    if (parser.isSet(split)) {
        const std::string period = parser.value(split).toStdString();
        options.split = parseSplitPeriod(period);
        if (!options.split) {
            result.error = "--split: '" + period + "' is not one of day, hour";
            return result;
        }
    }
    if (parser.isSet(shard)) {
        const auto parsed = parseShard(parser.value(shard).toStdString(), &result.error);
        if (!parsed)
            return result;
        options.shard = *parsed;
    }
    options.worldTables = parser.isSet(worldTables);
    options.noEmail = parser.isSet(noEmail);
    options.quiet = parser.isSet(quiet);

    options.reportPath = parser.value(report).toStdString();
    options.reportJsonPath = parser.value(reportJson).toStdString();
    options.compareWith = parser.value(compareWith).toStdString();
    if (parser.isSet(reportLanguage)) {
        options.reportLanguage = parser.value(reportLanguage).toStdString();
        if (!isReportLanguage(options.reportLanguage)) {
            result.error = "--report-language: '" + options.reportLanguage + "' is not one of en, fr, nl";
            return result;
        }
    }
    if ((parser.isSet(compareWith) || parser.isSet(reportLanguage)) && options.reportPath.empty()
        && options.reportJsonPath.empty()) {
        result.error = "--compare-with and --report-language go with --report FILE.html or --report-json FILE";
        return result;
    }
    const int actions = int(parser.isSet(preview)) + int(parser.isSet(validate)) + int(parser.isSet(exportConfig)) +
                        int(parser.isSet(printSql)) + int(parser.isSet(profile));
    if (parser.isSet(fitFrom)) {
        if (!parser.isSet(exportConfig)) {
            result.error = "--fit-from: give --export-config FILE (- = stdout) to write the fitted config to";
            return result;
        }
        if (actions > 1 || parser.isSet(report) || parser.isSet(reportJson)) {
            result.error = "--fit-from goes with --export-config alone (not --preview, --validate, --print-sql, "
                           "--profile or --report)";
            return result;
        }
        options.fitSource = parser.value(fitFrom).toStdString();
        options.columnsPath = parser.value(columns).toStdString();
        options.exportPath = parser.value(exportConfig).toStdString();
        options.action = CliOptions::Action::FitConfig;
        return result;
    }
    if (actions > 1) {
        result.error = "--preview, --validate, --export-config, --print-sql and --profile exclude each other";
        return result;
    }
    if (parser.isSet(columns) && !parser.isSet(profile)) {
        result.error = "--columns goes with --profile or --fit-from (a run's own table has our column names)";
        return result;
    }
    if (parser.isSet(compareColumns) && !parser.isSet(compareWith)) {
        result.error = "--compare-columns goes with --compare-with";
        return result;
    }
    options.compareColumnsPath = parser.value(compareColumns).toStdString();
    if (parser.isSet(profile)) {
        options.profileSource = parser.value(profile).toStdString();
        options.columnsPath = parser.value(columns).toStdString();
        if (options.reportPath.empty() && options.reportJsonPath.empty()) {
            result.error = "--profile: give --report FILE.html and/or --report-json FILE to write the profile to";
            return result;
        }
        options.action = CliOptions::Action::Profile;
        return result;
    }
    if ((parser.isSet(report) || parser.isSet(reportJson)) && actions > 0) {
        result.error = "--report and --report-json go with a run or with --profile";
        return result;
    }
    if (parser.isSet(preview)) {
        if (!parseNumber<std::int64_t>(parser.value(preview), 1, 10'000'000, "--preview", &options.previewCount,
                                       &result.error))
            return result;
        options.action = CliOptions::Action::Preview;
    } else if (parser.isSet(validate)) {
        options.action = CliOptions::Action::Validate;
    } else if (parser.isSet(exportConfig)) {
        options.exportPath = parser.value(exportConfig).toStdString();
        options.action = CliOptions::Action::ExportConfig;
    } else if (parser.isSet(printSql)) {
        options.printSqlDialect = parser.value(printSql).toStdString();
        if (!dialectFromName(options.printSqlDialect)) {
            result.error = "--print-sql: '" + options.printSqlDialect + "' is not one of " + kDialectNames;
            return result;
        }
        options.action = CliOptions::Action::PrintSql;
    }
    return result;
}

} // namespace cdr::cli

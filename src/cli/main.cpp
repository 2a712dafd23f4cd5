#include "argumentscrub.h"
#include "clioptions.h"
#include "interruptflag.h"
#include "progressline.h"
#include "runsetup.h"

#include "config/configwriter.h"
#include "logging/logsetup.h"
#include "logging/redactingsink.h"
#include "notify/mailnotifier.h"
#include "report/cdrprofile.h"
#include "report/reporthtml.h"
#include "report/reportjson.h"
#include "run/runcontroller.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"
#include "model/schema.h"
#include "world/ddlscript.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdint>
#include <cstdio>
#include <iostream>
#include <optional>
#include <unistd.h>

using namespace cdr;
using namespace cdr::cli;

namespace {

enum ExitCode { Done = 0, RunFailed = 1, BadInput = 2, Interrupted = 130 };

// Messages printed before (or outside) the logger go through the same redaction as every log line.
void printError(const std::string &message)
{
    std::cerr << "cdrgen-cli: " << RedactingSink::redact(message) << '\n';
}

// Prints every issue; true when at least one is an error.
bool reportIssues(const ResolvedRun &resolved, bool includeWarnings)
{
    for (const ConfigIssue &issue : resolved.issues)
        if (includeWarnings || issue.severity == ConfigIssue::Severity::Error)
            printError(issue.toString());
    return hasErrors(resolved.issues);
}

int printPreview(const Config &config, std::int64_t count)
{
    const CdrEngine engine(config);
    const RecordFormatter formatter(config);
    std::vector<CdrRecord> records;
    std::string text = csvHeader() + "\n";
    engine.generate(1, count, records);
    for (const CdrRecord &record : records)
        formatter.appendCsvRow(text, record);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? Done : RunFailed;
}

int printSql(const ResolvedRun &resolved, const std::string &dialectName)
{
    const SqlDialect dialect(*dialectFromName(dialectName));
    const RunRequest &request = resolved.request;
    std::cout << runDdlScript(dialect, request.table, request.config.database.worldTables);
    return std::cout.flush() ? Done : RunFailed;
}

int exportConfig(const Config &config, const std::string &path)
{
    if (path == "-") {
        std::cout << configToYaml(config);
        return Done;
    }
    std::string error;
    if (!saveConfigFile(config, path, &error)) {
        printError("--export-config: " + error);
        return RunFailed;
    }
    std::cerr << "cdrgen-cli: wrote the effective config to " << path << '\n';
    return Done;
}

bool writeText(const std::string &path, const std::string &text)
{
    QSaveFile file(QString::fromStdString(path));
    if (file.open(QIODevice::WriteOnly) && file.write(text.data(), qint64(text.size())) == qint64(text.size())
        && file.commit())
        return true;
    printError("cannot write " + path + ": " + file.errorString().toStdString());
    return false;
}

// Profiles `source` and writes the report files asked for. Done, or RunFailed with the reason printed.
int writeReports(const std::string &source, const std::string &table, const CliOptions &options)
{
    CdrProfile::Figures figures;
    if (const std::string error = CdrProfile::profile(source, table, figures); !error.empty()) {
        printError("report: " + error);
        return RunFailed;
    }
    if (!options.reportPath.empty() && !writeText(options.reportPath, profileToHtml(figures, source)))
        return RunFailed;
    if (!options.reportJsonPath.empty() && !writeText(options.reportJsonPath, profileToJson(figures, source)))
        return RunFailed;
    spdlog::info("Report of {} records of {} written{}{}", figures.records, source,
                 options.reportPath.empty() ? "" : " to " + options.reportPath,
                 options.reportJsonPath.empty() ? "" : " (JSON: " + options.reportJsonPath + ")");
    return Done;
}

// The source a run's rows can be read back from for --report.
std::optional<std::string> readBackSource(const RunRequest &request)
{
    if (request.target.kind == TargetSpec::Kind::Csv && request.target.path != "-" &&
        request.target.split == SplitPeriod::None) // one file per slice: no single file to read back
        return "csv:" + request.target.path;
    if (request.target.kind == TargetSpec::Kind::Sqlite)
        return "sqlite:" + request.target.path;
    return std::nullopt;
}

void logSummary(const RunSummary &summary)
{
    switch (summary.outcome) {
    case RunSummary::Outcome::Completed:
        spdlog::info("Done: {} records inserted (ids {}..{}) into {} in {:.1f} s ({:.0f} rows/s)", summary.inserted,
                     summary.firstId, summary.lastId, summary.target, summary.elapsedSeconds, summary.rowsPerSecond);
        break;
    case RunSummary::Outcome::Cancelled:
        spdlog::warn("Interrupted: {} records inserted (ids {}..{}) into {}; the last batch was committed, run the "
                     "same command again to resume",
                     summary.inserted, summary.firstId, summary.lastId, summary.target);
        break;
    case RunSummary::Outcome::Failed:
        spdlog::error("Run failed after {} records inserted: {}", summary.inserted, summary.error);
        break;
    }
}

void sendMail(const Environment &environment, const RunSummary &summary)
{
    std::string error;
    const auto settings = MailSettings::fromEnvironment(environment, &error);
    if (!error.empty()) {
        spdlog::warn("No e-mail sent: {}", error);
        return;
    }
    if (!settings) {
        spdlog::info("No e-mail variables set (GMAIL_USERNAME, RECIPIENT_EMAIL): no completion e-mail sent");
        return;
    }
    sendRunSummary(*settings, summary);
}

int run(const CliOptions &options, const ResolvedRun &resolved)
{
    const std::atomic_bool &interrupted = installInterruptHandlers();
    ProgressLine progressLine(!options.quiet && isatty(STDERR_FILENO));
    RunController controller;
    const RunSummary summary = controller.run(resolved.request, interrupted,
                                              [&](const RunProgress &progress) { progressLine.update(progress); });
    progressLine.finish();
    logSummary(summary);
    if (!options.noEmail)
        sendMail(resolved.environment, summary);
    const bool wantsReport = !options.reportPath.empty() || !options.reportJsonPath.empty();
    if (summary.outcome == RunSummary::Outcome::Completed && wantsReport) {
        const auto source = readBackSource(resolved.request);
        if (!source) {
            printError("--report reads the rows back from a csv: file or an sqlite: database; for other targets "
                       "use --profile");
            return RunFailed;
        }
        return writeReports(*source, resolved.request.table, options);
    }
    switch (summary.outcome) {
    case RunSummary::Outcome::Completed: return Done;
    case RunSummary::Outcome::Cancelled: return Interrupted;
    case RunSummary::Outcome::Failed: return summary.badConfiguration ? BadInput : RunFailed;
    }
    return RunFailed;
}

} // namespace

static int runCli(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cdrgen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CDRGEN_VERSION));

    const CliParseResult parsed = parseCommandLine(QCoreApplication::arguments());
    hidePasswordsInArguments(argc, argv);
    if (!parsed.error.empty()) {
        printError(parsed.error);
        return BadInput;
    }
    const CliOptions &options = parsed.options;
    if (options.action == CliOptions::Action::PrintedAndExit) {
        std::cout << parsed.printed;
        return Done;
    }

    const ResolvedRun resolved = resolveRun(options);
    if (options.action == CliOptions::Action::Validate) {
        const bool bad = reportIssues(resolved, true);
        printError(resolved.request.configPath + (bad ? ": invalid" : ": valid"));
        return bad ? BadInput : Done;
    }
    if (reportIssues(resolved, true))
        return BadInput;

    const Config &config = resolved.request.config;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    if (options.action != CliOptions::Action::Run) {
        // Preview, export and --print-sql write their result to stdout and leave no log file behind.
        LoggingConfig consoleOnly = config.logging;
        consoleOnly.file.clear();
        consoleOnly.level = "WARNING";
        setupLogging(consoleOnly, {console});
        if (options.action == CliOptions::Action::Preview)
            return printPreview(config, options.previewCount);
        if (options.action == CliOptions::Action::PrintSql)
            return printSql(resolved, options.printSqlDialect);
        if (options.action == CliOptions::Action::Profile) {
            LoggingConfig consoleInfo = consoleOnly;
            consoleInfo.level = options.quiet ? "WARNING" : "INFO";
            setupLogging(consoleInfo, {console});
            return writeReports(options.profileSource, resolved.request.table, options);
        }
        return exportConfig(config, options.exportPath);
    }

    if (options.quiet)
        console->set_level(spdlog::level::warn);
    const std::string logError = setupLogging(config.logging, {console});
    if (!logError.empty())
        spdlog::warn("{}", logError);
    spdlog::info("cdrgen-cli {} - config {}, env {}", CDRGEN_VERSION, resolved.request.configPath,
                 resolved.envPath.empty() ? "(none)" : resolved.envPath);
    return run(options, resolved);
}

int main(int argc, char *argv[])
{
    try {
        return runCli(argc, argv);
    } catch (const std::exception &e) {
        // Whatever escaped carries no password to the terminal either.
        printError(std::string("unexpected error: ") + e.what());
    } catch (...) {
        printError("unexpected error");
    }
    return RunFailed;
}

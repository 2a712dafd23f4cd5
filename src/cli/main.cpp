#include "argumentscrub.h"
#include "cliexit.h"
#include "clioptions.h"
#include "interruptflag.h"
#include "progressline.h"
#include "reportflows.h"
#include "runsetup.h"

#include "config/configloader.h"
#include "logging/logsetup.h"
#include "notify/mailnotifier.h"
#include "run/runcontroller.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"
#include "model/schema.h"
#include "world/ddlscript.h"

#include <QCoreApplication>

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
    const bool reportWanted = !options.reportPath.empty() || !options.reportJsonPath.empty();
    if (reportWanted && !readBackSource(resolved.request)) {
        printError("--report reads the rows back from the target, and this one cannot be read back (standard output, "
                   "a --split folder of files, a tsql: script or bcp: files): write to a csv:, sqlite:, postgresql:// "
                   "or odbc target, or profile the result with --profile");
        return BadInput;
    }
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
        return writeReports(*source, resolved.request, options);
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
            return profileSource(options, resolved.request);
        }
        if (options.action == CliOptions::Action::FitConfig) {
            const auto source = namedSource(options.fitSource, options.columnsPath, resolved.request);
            return source ? fitConfig(config, *source, options.exportPath) : BadInput;
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

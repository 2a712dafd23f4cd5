#include "argumentscrub.h"
#include "clioptions.h"
#include "interruptflag.h"
#include "progressline.h"
#include "runsetup.h"

#include "config/configloader.h"
#include "config/configwriter.h"
#include "fit/profilefit.h"
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

// --fit-from: the config whose run reproduces the source's profile, over the resolved one, written like
// --export-config; what was fitted and what was kept is said on stderr.
int fitConfig(const Config &base, const RowSourceSpec &source, const std::string &path)
{
    ProfileFit::Result fitted;
    if (const std::string error = ProfileFit::fit(source, base, fitted); !error.empty()) {
        printError("--fit-from: " + error);
        return RunFailed;
    }
    for (const std::string &note : fitted.notes)
        std::cerr << "cdrgen-cli: fit: " << note << '\n';
    const std::vector<ConfigIssue> issues = validateConfig(fitted.config);
    for (const ConfigIssue &issue : issues)
        printError("fitted config: " + issue.toString());
    if (hasErrors(issues))
        return RunFailed;
    return exportConfig(fitted.config, path);
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

// A source named on the command line (--profile, --compare-with) with its --columns file, the run's table, DB_*
// settings and connect timeout; nullopt with the problem printed.
std::optional<RowSourceSpec> namedSource(const std::string &text, const std::string &columnsPath,
                                         const RunRequest &request)
{
    std::string error;
    auto source = RowSourceSpec::parse(text, &error);
    if (source && !columnsPath.empty()) {
        auto mapping = ColumnMapping::load(columnsPath, &error);
        if (mapping)
            source->columns = std::move(*mapping);
        else
            source.reset();
    }
    if (!source) {
        printError(error);
        return std::nullopt;
    }
    source->table = request.table;
    source->connection = request.connection;
    source->connectTimeoutS = request.config.database.connectTimeoutS;
    return source;
}

// Profiles `source` (and --compare-with's source) and writes the report files asked for. Done, BadInput for a
// --compare-with that does not parse, or RunFailed with the reason printed.
int writeReports(const RowSourceSpec &source, const RunRequest &request, const CliOptions &options)
{
    const std::vector<OperatorConfig> &operators = request.config.operators;
    const std::string title = source.describe();
    CdrProfile::Figures figures, compared;
    if (const std::string error = CdrProfile::profile(source, figures, operators); !error.empty()) {
        printError("report: " + error);
        return RunFailed;
    }
    const bool comparing = !options.compareWith.empty();
    std::string comparedTitle;
    if (comparing) {
        const auto other = namedSource(options.compareWith, options.compareColumnsPath, request);
        if (!other)
            return BadInput;
        comparedTitle = other->describe();
        if (const std::string error = CdrProfile::profile(*other, compared, operators); !error.empty()) {
            printError("--compare-with: " + error);
            return RunFailed;
        }
    }
    const CdrProfile::Figures *other = comparing ? &compared : nullptr;
    if (!options.reportPath.empty()
        && !writeText(options.reportPath,
                      profileToHtml(figures, title, options.reportLanguage, other, comparedTitle)))
        return RunFailed;
    if (!options.reportJsonPath.empty()
        && !writeText(options.reportJsonPath, profileToJson(figures, title, other, comparedTitle)))
        return RunFailed;
    spdlog::info("Report of {} records of {} written{}{}{}", figures.records, title,
                 comparing ? " beside " + comparedTitle : "",
                 options.reportPath.empty() ? "" : " to " + options.reportPath,
                 options.reportJsonPath.empty() ? "" : " (JSON: " + options.reportJsonPath + ")");
    return Done;
}

// --profile SOURCE [--columns FILE]: the source with the run's table, DB_* settings and connect timeout.
int profileSource(const CliOptions &options, const RunRequest &request)
{
    const auto source = namedSource(options.profileSource, options.columnsPath, request);
    return source ? writeReports(*source, request, options) : BadInput;
}

// The source a run's rows are read back from for --report: its own target (not standard output).
std::optional<RowSourceSpec> readBackSource(const RunRequest &request)
{
    const TargetSpec &target = request.target;
    if ((target.kind == TargetSpec::Kind::Csv && target.path == "-") || target.split != SplitPeriod::None
        || target.kind == TargetSpec::Kind::Tsql || target.kind == TargetSpec::Kind::Bcp)
        return std::nullopt;
    RowSourceSpec source;
    source.target = request.target;
    source.table = request.table;
    source.connection = request.connection;
    source.connectTimeoutS = request.config.database.connectTimeoutS;
    return source;
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

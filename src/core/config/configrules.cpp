#include "config/configrules.h"

#include "config/periodtime.h"
#include "loadsql/loadsql.h"
#include "loadsql/sqlscript.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace cdr {

namespace {

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

// Attributes of a Python LogRecord that a logging format may name.
const std::set<std::string> kPythonLogAttributes = {
    "asctime",  "created",   "filename",    "funcName",        "levelname",  "levelno", "lineno",
    "message",  "module",    "msecs",       "name",            "pathname",   "process", "processName",
    "relativeCreated", "thread", "threadName", "taskName"};

} // namespace

std::string formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

void ConfigRules::error(const std::string &path, const std::string &message)
{
    m_issues.push_back({ConfigIssue::Severity::Error, path, message});
}

void ConfigRules::warning(const std::string &path, const std::string &message)
{
    m_issues.push_back({ConfigIssue::Severity::Warning, path, message});
}

void ConfigRules::checkBounds(const std::string &path, double value, double min, double max, const std::string &unit)
{
    if (value >= min && value <= max)
        return;
    error(path, "must be between " + formatNumber(min) + " and " + formatNumber(max) + unit + ", got "
                    + formatNumber(value));
}

void ConfigRules::checkLogging(const LoggingConfig &logging)
{
    static const std::set<std::string> kLevels = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "NOTSET"};
    if (!kLevels.count(upper(logging.level)))
        error("logging.level",
              "must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET, got \"" + logging.level + "\"");
    for (std::size_t pos = logging.format.find("%("); pos != std::string::npos;
         pos = logging.format.find("%(", pos + 2)) {
        if (pos > 0 && logging.format[pos - 1] == '%')
            continue; // "%%(" is a literal percent sign
        const auto close = logging.format.find(')', pos);
        if (close == std::string::npos) {
            error("logging.format", "a \"%(\" field has no closing \")\"");
            break;
        }
        const std::string name = logging.format.substr(pos + 2, close - pos - 2);
        if (!kPythonLogAttributes.count(name))
            error("logging.format", "%(" + name + ") is not a Python logging record attribute");
    }
}

void ConfigRules::checkGeneration(const GenerationConfig &generation)
{
    checkBounds("generation.records", static_cast<double>(generation.records), 1, 1e12);
    checkBounds("generation.batch_size", static_cast<double>(generation.batchSize), 1, 1'000'000);
    checkBounds("generation.threads", generation.threads, 0, 256);
    checkBounds("generation.subscribers", static_cast<double>(generation.subscribers), 0, 100'000'000);
    const auto start = parsePeriodTime(generation.periodStart);
    const auto end = parsePeriodTime(generation.periodEnd);
    const std::string format = "\"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM:SS\" (a real date, year >= 1970)";
    if (!start)
        error("generation.period.start", "must be " + format + ", got \"" + generation.periodStart + "\"");
    if (!end)
        error("generation.period.end", "must be " + format + ", got \"" + generation.periodEnd + "\"");
    if (start && end && *start >= *end)
        error("generation.period", "start (" + generation.periodStart + ") must be before end ("
                                       + generation.periodEnd + ")");
}

void ConfigRules::checkDatabase(const DatabaseConfig &database)
{
    if (database.ifExists != "resume" && database.ifExists != "replace" && database.ifExists != "fail")
        error("database.if_exists", "must be resume, replace or fail, got \"" + database.ifExists + "\"");
    checkBounds("database.connect_timeout_s", database.connectTimeoutS, 1, 3600, " s");
    checkBounds("database.query_timeout_s", database.queryTimeoutS, 0, 86400, " s");
    checkBounds("database.retry.attempts", database.retryAttempts, 1, 100);
    checkBounds("database.retry.initial_delay_ms", database.retryInitialDelayMs, 0, 600'000, " ms");
    checkBounds("database.retry.multiplier", database.retryMultiplier, 1, 10);
    checkBounds("database.retry.max_delay_ms", database.retryMaxDelayMs, 0, 3'600'000, " ms");
    checkBounds("database.retry.jitter", database.retryJitter, 0, 1);
    if (database.retryMaxDelayMs < database.retryInitialDelayMs)
        error("database.retry.max_delay_ms", "must be >= initial_delay_ms (" + std::to_string(database.retryInitialDelayMs)
                                                 + "), got " + std::to_string(database.retryMaxDelayMs));
    checkLoadSql(std::string(LoadSql::kBeforeKey), database.beforeLoadSql);
    checkLoadSql(std::string(LoadSql::kAfterKey), database.afterLoadSql);
}

// Inline SQL must split into statements; a file is read (and split) when the run starts (LoadSql::resolve).
void ConfigRules::checkLoadSql(const std::string &path, const std::string &value)
{
    if (value.empty() || LoadSql::isFilePath(value))
        return;
    std::string problem;
    const auto statements = splitSqlScript(value, &problem);
    if (!statements)
        error(path, problem);
    else if (statements->empty())
        error(path, "holds no SQL statement (only blanks or comments); leave it empty to run nothing");
}

} // namespace cdr

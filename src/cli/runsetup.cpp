#include "runsetup.h"

#include "config/configloader.h"
#include "config/tablename.h"
#include "loadsql/loadsql.h"
#include "logging/logsetup.h"
#include "split/splitsinkfactory.h"

#include <QFileInfo>

#include <algorithm>

namespace cdr::cli {

namespace {

constexpr const char *kBuiltInConfig = "(built-in default)";

void addError(std::vector<ConfigIssue> &issues, const std::string &key, const std::string &message)
{
    issues.push_back({ConfigIssue::Severity::Error, key, message});
}

ConfigLoadResult loadChosenConfig(const CliOptions &options, std::string *path)
{
    if (!options.configPath.empty()) {
        *path = options.configPath;
        if (!QFileInfo::exists(QString::fromStdString(*path))) {
            ConfigLoadResult missing;
            addError(missing.issues, "--config", "file '" + *path + "' does not exist");
            return missing;
        }
        return loadConfigFile(*path);
    }
    if (QFileInfo::exists(QStringLiteral("config.yml"))) {
        *path = "config.yml";
        return loadConfigFile(*path);
    }
    *path = kBuiltInConfig;
    return loadBundledDefaultConfig();
}

void applyOverrides(const CliOptions &options, Config &config)
{
    if (options.count)
        config.generation.records = *options.count;
    if (options.seed)
        config.generation.seed = *options.seed;
    if (options.batchSize)
        config.generation.batchSize = *options.batchSize;
    if (options.threads)
        config.generation.threads = *options.threads;
    if (options.ifExists)
        config.database.ifExists = *options.ifExists;
    if (options.worldTables)
        config.database.worldTables = true;
}

IfExists ifExistsMode(const std::string &mode)
{
    if (mode == "replace")
        return IfExists::Replace;
    if (mode == "fail")
        return IfExists::Fail;
    return IfExists::Resume;
}

} // namespace

ResolvedRun resolveRun(const CliOptions &options)
{
    ResolvedRun resolved;
    RunRequest &request = resolved.request;
    auto &issues = resolved.issues;

    ConfigLoadResult loaded = loadChosenConfig(options, &request.configPath);
    issues = loaded.issues;
    if (!loaded.ok())
        return resolved;
    request.config = loaded.config;
    applyOverrides(options, request.config);
    // The loader checked the file's values; the run uses them with the overrides (-n, -s, ...), which can add
    // errors and change warnings (a quiet or busy world depends on the record count): check those instead.
    const std::vector<ConfigIssue> fileChecks = validateConfig(loaded.config);
    std::erase_if(issues, [&](const ConfigIssue &issue) {
        return std::find(fileChecks.begin(), fileChecks.end(), issue) != fileChecks.end();
    });
    for (const ConfigIssue &issue : validateConfig(request.config))
        issues.push_back(issue);
    request.logPath = request.config.logging.file;
    if (request.configPath != kBuiltInConfig)
        request.configDir = QFileInfo(QString::fromStdString(request.configPath)).absolutePath().toStdString();
    for (const ConfigIssue &issue : LoadSql::fileIssues(request.config.database, request.configDir))
        issues.push_back(issue);

    resolved.envPath = options.envPath;
    if (!options.envPath.empty() && !QFileInfo::exists(QString::fromStdString(options.envPath)))
        addError(issues, "--env", "file '" + options.envPath + "' does not exist");
    else if (options.envPath.empty() && QFileInfo::exists(QStringLiteral(".env")))
        resolved.envPath = ".env";
    resolved.environment = Environment::load(resolved.envPath, &issues);
    request.connection = ConnectionSettings::fromEnvironment(resolved.environment);
    for (const ConfigIssue &issue : validateConnection(request.connection))
        issues.push_back(issue);
    for (const char *secret : {"DB_PASSWORD", "PGPASSWORD", "GMAIL_APP_PASSWORD"})
        if (const auto value = resolved.environment.value(secret))
            registerSecret(*value);

    request.table = options.table.value_or(request.connection.table);
    std::string error;
    if (!isValidTableName(request.table, &error))
        addError(issues, options.table ? "--table" : ".env:CDR_TABLE", error);

    if (options.output) {
        const auto target = TargetSpec::parse(*options.output, &error);
        if (!target)
            addError(issues, "--output", error);
        else
            request.target = *target;
        if (target && !target->password.empty())
            issues.push_back({ConfigIssue::Severity::Warning, "--output",
                              "the URL carries a password, which other users of this machine can read in the process "
                              "list (ps, /proc/PID/cmdline) and which stays in the shell history; leave it out of the "
                              "URL and set DB_PASSWORD (in .env), PGPASSWORD or a ~/.pgpass line instead"});
    } else {
        request.target = TargetSpec::defaultFor(request.connection);
    }
    registerSecret(request.target.password);
    if (options.split) {
        request.target.split = *options.split;
        if (const std::string problem = splitTargetProblem(request.target); !problem.empty())
            addError(issues, "--split", problem);
    }
    request.ifExists = ifExistsMode(request.config.database.ifExists);
    request.shard = options.shard;
    // One shard cannot know whether the others share its table: replacing it could drop their rows.
    if (request.ifExists == IfExists::Replace && request.sharesTableWithOtherShards())
        addError(issues, options.ifExists ? "--if-exists" : "database.if_exists",
                 "replace cannot be combined with --shard " + std::to_string(request.shard.index) + "/" +
                     std::to_string(request.shard.count) +
                     ": it would drop the rows of the other shards sharing the table; drop or empty the table once "
                     "before starting the shards and run them with --if-exists resume");
    return resolved;
}

} // namespace cdr::cli

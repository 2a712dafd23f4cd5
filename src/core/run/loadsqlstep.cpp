#include "run/loadsqlstep.h"

#include "run/resilientwriter.h"
#include "sink/sinkerror.h"

#include <spdlog/spdlog.h>

namespace cdr {

namespace {

constexpr std::size_t kQuotedLineLength = 80;

// `value` is the key's value as written, `text` what it resolved to.
std::vector<SqlStatement> split(std::string_view key, const std::string &value, const std::string &text,
                                const std::string &configDir)
{
    std::string problem;
    std::optional<std::vector<SqlStatement>> statements = splitSqlScript(text, &problem);
    if (!statements) {
        const std::string where = LoadSql::isFilePath(value) ? "file '" + LoadSql::filePath(value, configDir) + "': " : "";
        throw SinkError(SinkError::Kind::Configuration, std::string(key) + ": " + where + problem);
    }
    return std::move(*statements);
}

std::string quoted(const SqlStatement &statement)
{
    std::string line = statement.firstLine;
    if (line.size() > kQuotedLineLength)
        line = line.substr(0, kQuotedLineLength) + "...";
    return "line " + std::to_string(statement.line) + ": " + line;
}

} // namespace

std::string LoadSqlStep::targetRefusal(const TargetSpec &target, const std::string &key)
{
    if (target.kind == TargetSpec::Kind::Csv)
        return key + ": a csv: target runs no SQL; load the file into a database and run the SQL there, or "
               "leave " + key + " empty";
    if (target.split != SplitPeriod::None)
        return key + ": --split writes many files, each loaded on its own: run the SQL once with sqlcmd -i "
               "(or psql -f) before and after loading them, or leave " + key + " empty";
    if (target.kind == TargetSpec::Kind::Bcp)
        return key + ": a bcp: folder runs no SQL; run it with sqlcmd -i before and after load.sh, write "
               "a tsql: script (which holds it), or leave " + key + " empty";
    return {};
}

LoadSqlStep::LoadSqlStep(const RunRequest &request)
{
    const DatabaseConfig &database = request.config.database;
    if (database.beforeLoadSql.empty() && database.afterLoadSql.empty())
        return;
    const std::string key(database.beforeLoadSql.empty() ? LoadSql::kAfterKey : LoadSql::kBeforeKey);
    if (const std::string refusal = targetRefusal(request.target, key); !refusal.empty())
        throw SinkError(SinkError::Kind::Configuration, refusal);
    if (request.sharesTableWithOtherShards())
        throw SinkError(SinkError::Kind::Configuration,
                        key + ": shards that share one table (--shard " + std::to_string(request.shard.index) + "/" +
                            std::to_string(request.shard.count) +
                            ") run no load SQL, since no shard knows when the others start or finish: run the "
                            "before-script once before starting the shards and the after-script once after all "
                            "have finished (psql -f, sqlcmd -i)");
    std::string error;
    const std::optional<LoadSql> sql = LoadSql::resolve(database, request.configDir, &error);
    if (!sql)
        throw SinkError(SinkError::Kind::Configuration, error);
    m_text = *sql;
    m_before = split(LoadSql::kBeforeKey, database.beforeLoadSql, sql->beforeLoadSql, request.configDir);
    m_after = split(LoadSql::kAfterKey, database.afterLoadSql, sql->afterLoadSql, request.configDir);
    if (request.target.kind == TargetSpec::Kind::Tsql) { // the script holds the text (TsqlScript); nothing runs here
        m_before.clear();
        m_after.clear();
    }
}

void LoadSqlStep::runBefore(ResilientWriter &writer) const
{
    run(writer, LoadSql::kBeforeKey, m_before, "no row was written; ");
}

void LoadSqlStep::runAfter(ResilientWriter &writer, std::int64_t committedRows) const
{
    run(writer, LoadSql::kAfterKey, m_after, "the rows are committed (" + std::to_string(committedRows) + " written by this run); ");
}

void LoadSqlStep::run(ResilientWriter &writer, std::string_view key, const std::vector<SqlStatement> &statements,
                      const std::string &whatHappened) const
{
    if (statements.empty())
        return;
    spdlog::info("Running {} ({} statement{})", key, statements.size(), statements.size() == 1 ? "" : "s");
    for (std::size_t i = 0; i < statements.size(); ++i) {
        try {
            writer.runStatement(statements[i].text);
        } catch (const SinkError &error) {
            // Fatal whatever the database said: a script need not be idempotent, so it is never run again.
            throw SinkError(SinkError::Kind::Fatal, whatHappened + std::string(key) + " statement " +
                                                        std::to_string(i + 1) + " (" + quoted(statements[i]) +
                                                        ") failed: " + error.what());
        }
    }
}

} // namespace cdr

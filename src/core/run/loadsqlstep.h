#pragma once

#include "loadsql/loadsql.h"
#include "loadsql/sqlscript.h"
#include "run/runrequest.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cdr {

class ResilientWriter;

// database.before_load_sql and after_load_sql in a run. The constructor resolves and splits both scripts and
// refuses, with SinkError(Configuration) before anything is touched, a request that cannot run them: a CSV
// target (it runs no SQL) and shards sharing one table (no shard knows when the others start or finish). Each
// statement runs once on the writer's connection; a failure throws SinkError(Fatal) naming the key, the
// statement's number and first line and the database's message.
class LoadSqlStep {
public:
    explicit LoadSqlStep(const RunRequest &request);
    // Why `target` cannot take the load SQL of `key` (database.before_load_sql or after_load_sql), empty when it can:
    // a csv: target, --split and a bcp: folder run no SQL.
    static std::string targetRefusal(const TargetSpec &target, const std::string &key);

    // After the table is prepared, before the first row: "no row was written" when a statement fails.
    void runBefore(ResilientWriter &writer) const;
    // After the last batch is committed and the indexes built: the failure says how many rows are committed.
    void runAfter(ResilientWriter &writer, std::int64_t committedRows) const;
    bool runsBefore() const { return !m_before.empty(); }
    // Both scripts' text (files read), for a target that writes them instead of running them (a T-SQL script).
    const LoadSql &resolvedText() const { return m_text; }

private:
    void run(ResilientWriter &writer, std::string_view key, const std::vector<SqlStatement> &statements,
             const std::string &whatHappened) const;

    LoadSql m_text;
    std::vector<SqlStatement> m_before;
    std::vector<SqlStatement> m_after;
};

} // namespace cdr

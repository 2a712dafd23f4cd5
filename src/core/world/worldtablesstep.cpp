#include "world/worldtablesstep.h"

#include "run/idrange.h"
#include "scenarios/scenarioplan.h"
#include "sink/retrybackoff.h"
#include "sink/sinkerror.h"
#include "tableshape/tableshapecheck.h"
#include "world/configdigest.h"
#include "world/worldcsvfiles.h"
#include "world/worldrows.h"
#include "world/worldsqlstore.h"

#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdint>

namespace cdr {

namespace {

bool isCsv(const RunRequest &request)
{
    return request.target.kind == TargetSpec::Kind::Csv;
}

// tsql: and bcp: write the world tables into their own files (the sink formats fileRows()).
bool isSqlServerFiles(const RunRequest &request)
{
    return request.target.kind == TargetSpec::Kind::Tsql || request.target.kind == TargetSpec::Kind::Bcp;
}

const SyntheticWorld &syntheticWorldOf(const CdrEngine &engine)
{
    const auto *world = dynamic_cast<const SyntheticWorld *>(&engine.world());
    if (!world)
        throw SinkError(SinkError::Kind::Fatal, "the engine's world model has no subscriber placement to write");
    return *world;
}

std::int64_t utcNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Runs `use` on the target's world tables (a WorldSqlStore of its own, opened), again on a new connection after a
// transient failure, as database.retry says.
template<typename Use>
void withStore(const RunRequest &request, const std::atomic_bool &cancel, const char *what, Use use)
{
    RetryBackoff backoff(request.config.database, cancel);
    for (int attempt = 1;; ++attempt) {
        try {
            WorldSqlStore store(request.target, request.connection, request.table, request.config);
            store.open();
            use(store);
            return;
        } catch (const SinkError &error) {
            if (error.kind() != SinkError::Kind::Transient || attempt >= backoff.attempts())
                throw;
            const auto pause = backoff.delay(attempt);
            spdlog::warn("{} failed (attempt {} of {}): {}; retrying in {:.1f} s", what, attempt, backoff.attempts(),
                         error.what(), pause.count() / 1000.0);
            if (!backoff.wait(pause))
                throw SinkError(SinkError::Kind::Fatal, std::string("cancelled while retrying ") + what);
        }
    }
}

} // namespace

WorldTablesStep::WorldTablesStep(const RunRequest &request, const std::atomic_bool &cancel)
    : m_request(request), m_cancel(cancel), m_digest(configDigest(request.config))
{
}

bool WorldTablesStep::writesAfterRecords() const
{
    return isCsv(m_request);
}

void WorldTablesStep::checkTarget() const
{
    if (isSqlServerFiles(m_request)) {
        if (m_request.config.defects.enabled() && m_request.target.split != SplitPeriod::None)
            throw SinkError(SinkError::Kind::Configuration,
                            "defects: --split with tsql: or bcp: does not write the answer key (" + m_request.table +
                                "_defects); run without --split, write the key with a csv: run of the same config "
                                "and seed, or run without --world-tables");
        return; // the files are written whole: nothing recorded to compare with
    }
    if (isCsv(m_request)) {
        if (m_request.target.path == "-")
            throw SinkError(SinkError::Kind::Configuration,
                            "world tables need CSV files next to the CDR file: give csv:PATH, not csv:-");
        if (m_request.ifExists == IfExists::Fail)
            for (WorldTable table : kWorldTables)
                if (const std::string path = worldCsvPath(m_request.target.path, table);
                    QFileInfo::exists(QString::fromStdString(path)))
                    throw SinkError(SinkError::Kind::Configuration, path + " already exists (if_exists: fail)");
        return;
    }
    if (m_request.ifExists == IfExists::Replace)
        return;
    if (m_request.target.kind == TargetSpec::Kind::Sqlite &&
        !QFileInfo::exists(QString::fromStdString(m_request.target.path)))
        return; // a new file: nothing recorded yet
    withStore(m_request, m_cancel, "Reading the world tables", [&](WorldSqlStore &store) {
        const IdRange ids = IdRange::forShard(m_request.config.generation.records, m_request.shard);
        if (const std::vector<std::string> problems = store.tableProblems(runValueLimits(m_request.config, ids.last));
            !problems.empty())
            throw SinkError(SinkError::Kind::Configuration,
                            tableShapeRefusal(m_request.table + "'s world tables", problems));
        for (const std::string &recorded : store.recordedDigests())
            if (recorded != m_digest)
                throw SinkError(SinkError::Kind::Configuration,
                                m_request.table + "_runs in " + store.describe() + " holds config digest " + recorded +
                                    " but this run's config has digest " + m_digest +
                                    ": resuming would mix records of two configs. Run with the config that wrote it, "
                                    "or with --if-exists replace to start over");
    });
}

void WorldTablesStep::write(const CdrEngine &engine) const
{
    if (!writer())
        return;
    const SyntheticWorld &world = syntheticWorldOf(engine);
    auto made = std::make_unique<const WorldRows>(world, m_request.config,
                                                  WorldRunFacts{CDRGEN_VERSION, m_request.config.generation.seed,
                                                                m_digest, m_request.config.generation.records, utcNow()},
                                                  engine.scenarios());
    const WorldRows &rows = *made;
    if (isSqlServerFiles(m_request)) {
        m_fileRows = std::move(made);
        spdlog::info("World tables: {} subscribers, {} antennas, {} events, {} labels, written with the records "
                     "(config digest {})",
                     rows.count(WorldTable::Subscribers), rows.count(WorldTable::Antennas),
                     rows.count(WorldTable::Events), rows.count(WorldTable::Labels), m_digest);
        return;
    }
    if (isCsv(m_request)) {
        writeWorldCsvFiles(m_request.target.path, rows);
    } else {
        bool recorded = false;
        withStore(m_request, m_cancel, "Writing the world tables", [&](WorldSqlStore &store) {
            recorded = m_request.ifExists != IfExists::Replace && !store.recordedDigests().empty();
            if (!recorded)
                store.rewrite(rows, m_request.ifExists == IfExists::Replace);
        });
        if (recorded) {
            spdlog::info("World tables of {} already hold this config (digest {})", m_request.table, m_digest);
            return;
        }
    }
    spdlog::info("World tables written: {} subscribers, {} antennas, {} events, {} labels (config digest {})",
                 rows.count(WorldTable::Subscribers), rows.count(WorldTable::Antennas), rows.count(WorldTable::Events),
                 rows.count(WorldTable::Labels), m_digest);
}

void WorldTablesStep::dropStale(const RunRequest &request, const std::atomic_bool &cancel)
{
    if (request.shard.index != 1 || isSqlServerFiles(request))
        return;
    try {
        if (isCsv(request)) {
            if (request.target.path == "-")
                return;
            for (WorldTable table : kWorldTables)
                if (const QString path = QString::fromStdString(worldCsvPath(request.target.path, table));
                    QFileInfo::exists(path) && !QFile::remove(path))
                    throw SinkError(SinkError::Kind::Fatal, "cannot remove " + path.toStdString());
            return;
        }
        withStore(request, cancel, "Removing the stale world tables", [](WorldSqlStore &store) { store.dropAll(); });
    } catch (const SinkError &error) {
        spdlog::warn("Could not remove the world tables of the replaced table {}: {}", request.table, error.what());
    }
}

} // namespace cdr

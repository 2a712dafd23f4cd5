#include "run/runcontroller.h"

#include "defects/defectinjector.h"
#include "defects/defectkeycsvfile.h"
#include "logging/redactingsink.h"
#include "run/idrange.h"
#include "run/loadsqlstep.h"
#include "run/resilientwriter.h"
#include "sink/defectkeychunks.h"
#include "sink/sinkerror.h"
#include "split/splitfilesink.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "tableshape/runvaluelimits.h"
#include "world/worldtablesstep.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>

namespace cdr {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

RunProgress progressOf(std::int64_t done, std::int64_t total, double elapsed)
{
    RunProgress progress;
    progress.done = done;
    progress.total = total;
    progress.rowsPerSecond = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
    progress.etaSeconds = progress.rowsPerSecond > 0 ? static_cast<double>(total - done) / progress.rowsPerSecond : -1;
    progress.elapsedSeconds = elapsed;
    return progress;
}

// Connects and prepares the table; returns the resume point (writer.start()). A shard of a shared table expects
// the other shards' rows, so there "fail" refuses only rows of its own ids.
std::int64_t startWriter(ResilientWriter &writer, const RunRequest &request, const IdRange &ids)
{
    const bool failOnOwnIds = request.sharesTableWithOtherShards() && request.ifExists == IfExists::Fail;
    const std::int64_t resumeAfter = writer.start(failOnOwnIds ? IfExists::Resume : request.ifExists, ids.first, ids.last);
    if (failOnOwnIds && resumeAfter > 0)
        throw SinkError(SinkError::Kind::Configuration,
                        "table " + request.table + " already holds ids of shard " + std::to_string(request.shard.index) +
                            "/" + std::to_string(request.shard.count) + " (" + std::to_string(ids.first) + ".." +
                            std::to_string(ids.last) + ") (--if-exists fail)");
    return resumeAfter;
}

bool wantsDefectKey(const Config &config)
{
    return config.defects.enabled() && config.database.worldTables;
}

// The answer key of a run with defects and world tables: every database sink stores it, writing it with each
// batch; for a CSV file it is a sibling file written here.
std::unique_ptr<DefectKeyCsvFile> openDefectKeyFile(const RunRequest &request, const ResilientWriter &writer)
{
    if (!wantsDefectKey(request.config) || writer.storesDefectKey())
        return nullptr;
    if (request.target.kind != TargetSpec::Kind::Csv)
        throw SinkError(SinkError::Kind::Fatal, "defects: " + writer.describe() + " does not store the answer key");
    if (request.target.path == "-") {
        spdlog::warn("defects: standard output gets no answer key (write to a file for its _defects.csv)");
        return nullptr;
    }
    return std::make_unique<DefectKeyCsvFile>(request.target.path);
}

// The answer key rows of ids first..last, a batch at a time (a resumed split CSV run rewrites its key file whole).
void appendDefectKey(const DefectInjector &defects, std::int64_t first, std::int64_t last, std::int64_t batchSize,
                     DefectKeyCsvFile &file)
{
    const DefectKeySource source = [&defects](std::int64_t from, std::int64_t to, std::vector<DefectKeyRow> &rows) {
        defects.describe(from, to, rows);
    };
    forEachDefectKeyChunk(source, first, last, batchSize,
                          [&file](std::span<const DefectKeyRow> rows) { file.append(rows); });
}

} // namespace

RunSummary RunController::run(const RunRequest &request, const std::atomic_bool &cancel,
                              const ProgressCallback &onProgress)
{
    const Config &config = request.config;
    const IdRange ids = IdRange::forShard(config.generation.records, request.shard);
    RunSummary summary;
    summary.requested = ids.size();
    summary.table = request.table;
    summary.seed = config.generation.seed;
    summary.configPath = request.configPath;
    summary.logPath = request.logPath;
    const auto started = Clock::now();

    try {
        const RunValueLimits limits = runValueLimits(config, ids.last);
        std::unique_ptr<const DefectInjector> defects; // made with the engine, before the first batch
        const LoadSqlStep loadSql(request); // refuses what cannot run the SQL before the target is touched
        std::optional<WorldTablesStep> worldTables;
        ResilientWriter writer(
            [&] {
                std::unique_ptr<RecordSink> sink =
                    makeSink(request.target, request.connection, request.table, config, loadSql.resolvedText());
                sink->expectValues(limits);
                sink->writeWorldTablesFrom([&worldTables] { return worldTables ? worldTables->fileRows() : nullptr; });
                if (wantsDefectKey(config))
                    sink->writeDefectKeyFrom([&defects](std::int64_t first, std::int64_t last,
                                                        std::vector<DefectKeyRow> &rows) {
                        defects->describe(first, last, rows);
                    });
                // A split output files a damaged record under the day or hour the engine generated for it.
                if (auto *split = dynamic_cast<SplitFileSink *>(sink.get()); split && config.defects.enabled())
                    split->sliceBy([&defects](const CdrRecord &record) { return defects->generatedStartTime(record); });
                return sink;
            },
            config.database, cancel);
        summary.target = writer.describe();
        std::int64_t resumeAfter = startWriter(writer, request, ids);
        if (loadSql.runsBefore()) {
            loadSql.runBefore(writer);
            resumeAfter = writer.resumePoint();
        }
        // After start(): its retries have reached the target, and a resume or fail has changed no row yet.
        if (config.database.worldTables) {
            worldTables.emplace(request, cancel);
            worldTables->checkTarget();
        } else if (request.ifExists == IfExists::Replace) {
            WorldTablesStep::dropStale(request, cancel);
        }
        const std::int64_t firstId = std::max(ids.first, resumeAfter + 1);
        if (firstId > ids.first)
            spdlog::info("Table already holds ids up to {}; resuming at id {}", resumeAfter, firstId);
        const std::int64_t toWrite = ids.last >= firstId ? ids.last - firstId + 1 : 0;

        const auto buildStart = Clock::now();
        const CdrEngine engine(config);
        spdlog::info("World model: {} antennas, {} subscribers, built in {:.2f} s", engine.world().antennas().size(),
                     engine.world().subscribers().size(), secondsSince(buildStart));
        if (worldTables && !worldTables->writesAfterRecords())
            worldTables->write(engine);
        defects = std::make_unique<const DefectInjector>(engine);
        const std::unique_ptr<DefectKeyCsvFile> defectKey = openDefectKeyFile(request, writer);
        std::vector<DefectKeyRow> keyRows;
        if (defectKey && firstId > ids.first) // a resumed file output: the key file starts again with the first id
            appendDefectKey(*defects, ids.first, firstId - 1, config.generation.batchSize, *defectKey);
        spdlog::info("Generating ids {}..{} ({} records) into {}", firstId, ids.last, toWrite, summary.target);

        const auto writeStart = Clock::now();
        std::int64_t done = 0;
        bool cancelled = false;
        if (toWrite > 0) {
            BatchEncoderFactory encoders = writer.encoderFactory();
            const bool encoding = static_cast<bool>(encoders);
            BatchTransform damage;
            if (defects->enabled())
                damage = [&defects](std::vector<CdrRecord> &records) { defects->damage(records); };
            BatchProducer producer(engine, firstId, ids.last, config.generation.batchSize, config.generation.threads,
                                   std::move(encoders), std::move(damage));
            std::vector<CdrRecord> batch;
            EncodedBatch encoded;
            while (!cancel.load() && (encoding ? producer.next(batch, encoded) : producer.next(batch))) {
                const auto batchStart = Clock::now();
                if (!writer.write(batch, encoding ? &encoded : nullptr)) {
                    cancelled = true;
                    break;
                }
                if (defectKey) {
                    keyRows.clear();
                    defects->describe(batch.front().id, batch.back().id, keyRows);
                    defectKey->append(keyRows);
                }
                if (summary.firstId == 0)
                    summary.firstId = batch.front().id;
                summary.lastId = writer.lastCommittedId(); // a pipelining sink may still hold this batch
                done += static_cast<std::int64_t>(batch.size());
                if (onProgress) {
                    RunProgress progress = progressOf(done, toWrite, secondsSince(writeStart));
                    progress.batchSeconds = secondsSince(batchStart);
                    onProgress(progress);
                }
            }
            cancelled = cancelled || done < toWrite;
            producer.stop();
        }
        if (!cancelled) {
            cancelled = !writer.flush();
            summary.lastId = writer.lastCommittedId();
        }
        if (cancelled) {
            writer.close();
            summary.lastId = writer.lastCommittedId();
            if (summary.lastId > 0 && summary.firstId == 0) // committed by a retry that was then cancelled
                summary.firstId = firstId;
            summary.outcome = RunSummary::Outcome::Cancelled;
        } else {
            writer.finish();
            summary.lastId = writer.lastCommittedId();
            loadSql.runAfter(writer, summary.lastId > 0 ? summary.lastId - summary.firstId + 1 : 0);
            writer.close();
            if (defectKey)
                defectKey->commit();
            if (worldTables && worldTables->writesAfterRecords())
                worldTables->write(engine);
            summary.outcome = RunSummary::Outcome::Completed;
        }
    } catch (const SinkError &error) {
        summary.outcome = RunSummary::Outcome::Failed;
        summary.error = error.what();
        summary.badConfiguration = error.kind() == SinkError::Kind::Configuration && summary.lastId == 0;
    } catch (const std::exception &error) {
        summary.outcome = RunSummary::Outcome::Failed;
        summary.error = error.what();
    }
    // Every front end shows these two (log, run panel, history, mail): masked once, here, whatever threw.
    summary.error = RedactingSink::redact(summary.error);
    summary.target = RedactingSink::redact(summary.target);
    summary.inserted = summary.lastId > 0 ? summary.lastId - summary.firstId + 1 : 0;
    summary.elapsedSeconds = secondsSince(started);
    summary.rowsPerSecond = summary.elapsedSeconds > 0 ? summary.inserted / summary.elapsedSeconds : 0;
    return summary;
}

} // namespace cdr

#pragma once

#include "config/config.h"
#include "config/connectionsettings.h"
#include "sink/targetspec.h"

#include <cstdint>
#include <string>

namespace cdr {

struct Shard {
    int index = 1; // 1-based
    int count = 1;
};

// Everything a run needs, resolved by the front end (CLI options or GUI fields over config.yml and .env).
struct RunRequest {
    Config config;                 // generation.records is the requested total of ids 1..N
    TargetSpec target;
    ConnectionSettings connection;
    std::string table = "cdr";
    IfExists ifExists = IfExists::Resume;
    Shard shard;                   // this part of 1..N only
    std::string configPath;        // for the summary and e-mail
    std::string configDir;         // folder of the config file: database.*_load_sql paths are relative to it ("" = .)
    std::string logPath;

    // One of several shards writing into one table (CSV shards write files of their own).
    bool sharesTableWithOtherShards() const { return shard.count > 1 && target.kind != TargetSpec::Kind::Csv; }
};

struct RunProgress {
    std::int64_t done = 0;        // rows written by this run so far (resumed rows not counted)
    std::int64_t total = 0;       // rows this run has to write
    double rowsPerSecond = 0;
    double etaSeconds = -1;       // -1 = unknown
    double elapsedSeconds = 0;    // since the first batch was generated
    double batchSeconds = 0;      // time the sink took to write the last batch (its latency)
};

struct RunSummary {
    enum class Outcome { Completed, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    std::int64_t requested = 0;   // records requested (ids in this shard)
    std::int64_t inserted = 0;    // rows written by this run
    std::int64_t firstId = 0;     // first id written by this run (0 if none)
    std::int64_t lastId = 0;
    double elapsedSeconds = 0;
    double rowsPerSecond = 0;
    std::string target;           // sink description (no password)
    std::string table;
    std::uint64_t seed = 0;
    std::string configPath;
    std::string logPath;
    std::string error;            // for Failed
    bool badConfiguration = false; // Failed before anything was written because of the request itself (exit 2)
};

} // namespace cdr

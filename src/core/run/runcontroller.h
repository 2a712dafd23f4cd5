#pragma once

#include "run/runrequest.h"

#include <atomic>
#include <functional>

namespace cdr {

// Runs generate -> sink with retries, progress and cooperative cancel, in the calling thread (the sink is created
// and used in that thread). The GUI calls it from its worker QThread, the CLI from main(). With
// database.world_tables the run also writes its ground truth from the engine's world (WorldTablesStep).
class RunController {
public:
    using ProgressCallback = std::function<void(const RunProgress &)>;

    // cancel: when it becomes true the current batch is committed (or rolled back) and run() returns Cancelled.
    RunSummary run(const RunRequest &request, const std::atomic_bool &cancel, const ProgressCallback &onProgress);
};

} // namespace cdr

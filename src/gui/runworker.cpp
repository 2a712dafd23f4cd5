#include "runworker.h"

#include "run/runcontroller.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace cdr::gui {

void RunWorker::run(const RunRequest &request)
{
    m_sinceProgress.invalidate();
    RunSummary summary;
    try {
        RunController controller;
        double slowestBatch = 0;
        summary = controller.run(request, m_cancel, [this, &slowestBatch](const RunProgress &p) {
            // A fast sink reports thousands of batches a second; the GUI needs a few updates a second. The
            // slowest batch since the last update is reported, so a stall between two updates is not hidden.
            slowestBatch = std::max(slowestBatch, p.batchSeconds);
            if (p.done < p.total && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 100)
                return; // the first and the last report always pass
            m_sinceProgress.start();
            RunProgress shown = p;
            shown.batchSeconds = slowestBatch;
            slowestBatch = 0;
            emit progress(shown);
        });
    } catch (const std::exception &error) {
        // RunController reports failures in the summary; this only guards the thread against the unexpected.
        summary.outcome = RunSummary::Outcome::Failed;
        summary.error = error.what();
        spdlog::error("Run failed: {}", error.what());
    }
    emit finished(summary);
}

} // namespace cdr::gui

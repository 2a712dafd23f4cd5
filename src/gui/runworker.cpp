#include "runworker.h"

#include "run/runcontroller.h"

#include <spdlog/spdlog.h>

namespace cdr::gui {

void RunWorker::run(const RunRequest &request)
{
    m_sinceProgress.invalidate();
    RunSummary summary;
    try {
        RunController controller;
        summary = controller.run(request, m_cancel, [this](const RunProgress &p) {
            // A fast sink reports thousands of batches a second; the GUI needs a few updates a second.
            if (p.done < p.total && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 100)
                return; // the first and the last report always pass
            m_sinceProgress.start();
            emit progress(p);
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

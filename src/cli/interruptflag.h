#pragma once

#include <atomic>

namespace cdr::cli {

// SIGINT/SIGTERM raise the flag (the run stops after committing the current batch); a second signal ends the
// process at once with the default action.
const std::atomic_bool &installInterruptHandlers();

} // namespace cdr::cli

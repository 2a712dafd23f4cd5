#include "interruptflag.h"

#include <csignal>

namespace cdr::cli {

namespace {

std::atomic_bool interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free, "the flag is set from a signal handler");

extern "C" void onInterrupt(int signalNumber)
{
    if (interrupted.exchange(true)) {
        std::signal(signalNumber, SIG_DFL);
        std::raise(signalNumber);
    }
}

} // namespace

const std::atomic_bool &installInterruptHandlers()
{
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return interrupted;
}

} // namespace cdr::cli

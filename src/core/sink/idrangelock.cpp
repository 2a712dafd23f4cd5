#include "sink/idrangelock.h"

#include "sink/sinkerror.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <thread>

namespace cdr {

void waitForIdRangeLock(const std::function<bool()> &tryLock, const std::string &table, std::int64_t first,
                        std::int64_t last, int waitS)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(waitS);
    bool logged = false;
    while (!tryLock()) {
        if (std::chrono::steady_clock::now() >= deadline)
            throw SinkError(SinkError::Kind::Transient,
                            "ids " + std::to_string(first) + ".." + std::to_string(last) + " of " + table +
                                " are still held by another session (a killed run of the same ids whose server "
                                "session has not ended yet, or the same shard running twice)");
        if (!logged) {
            spdlog::info("Waiting for another session that holds ids {}..{} of {} to end", first, last, table);
            logged = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

} // namespace cdr

#include "synth/batchproducer.h"

#include "synth/cdrengine.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace cdr {

// Workers claim batch numbers in order and fill slot (batch % capacity); a worker may not run more than
// `capacity` batches ahead of the consumer, which bounds memory. The consumer takes batches strictly in order.
struct BatchProducer::Impl {
    struct Slot {
        std::vector<CdrRecord> records;
        bool ready = false;
    };

    const CdrEngine &engine;
    std::int64_t firstId;
    std::int64_t batchSize;
    std::int64_t batchCount;
    std::int64_t totalIds;
    std::vector<Slot> slots;
    std::vector<std::vector<CdrRecord>> spare; // storage handed back by the consumer, reused

    std::mutex mutex;
    std::condition_variable workAvailable;
    std::condition_variable batchReady;
    std::int64_t nextToClaim = 0;
    std::int64_t nextToConsume = 0;
    bool stopped = false;
    std::exception_ptr error;
    std::vector<std::thread> workers;

    Impl(const CdrEngine &e, std::int64_t first, std::int64_t last, std::int64_t size, int threads)
        : engine(e), firstId(first), batchSize(std::max<std::int64_t>(size, 1)),
          totalIds(last >= first ? last - first + 1 : 0)
    {
        batchCount = (totalIds + batchSize - 1) / batchSize;
        if (threads <= 0)
            threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        threads = static_cast<int>(std::min<std::int64_t>(threads, std::max<std::int64_t>(batchCount, 1)));
        slots.resize(static_cast<std::size_t>(2 * threads + 2));
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([this] { work(); });
    }

    void work()
    {
        for (;;) {
            std::int64_t batch;
            std::vector<CdrRecord> records;
            {
                std::unique_lock lock(mutex);
                workAvailable.wait(lock, [&] {
                    return stopped || nextToClaim >= batchCount
                        || nextToClaim < nextToConsume + static_cast<std::int64_t>(slots.size());
                });
                if (stopped || nextToClaim >= batchCount)
                    return;
                batch = nextToClaim++;
                if (!spare.empty()) {
                    records = std::move(spare.back());
                    spare.pop_back();
                }
            }
            const std::int64_t first = firstId + batch * batchSize;
            const std::int64_t count = std::min(batchSize, firstId + totalIds - first);
            try {
                engine.generate(first, count, records);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!error)
                    error = std::current_exception();
                stopped = true;
                batchReady.notify_all();
                workAvailable.notify_all();
                return;
            }
            std::lock_guard lock(mutex);
            Slot &slot = slots[static_cast<std::size_t>(batch) % slots.size()];
            slot.records = std::move(records);
            slot.ready = true;
            batchReady.notify_all();
        }
    }

    void stopAndJoin()
    {
        {
            std::lock_guard lock(mutex);
            stopped = true;
        }
        workAvailable.notify_all();
        batchReady.notify_all();
        for (std::thread &worker : workers)
            if (worker.joinable())
                worker.join();
    }
};

BatchProducer::BatchProducer(const CdrEngine &engine, std::int64_t firstId, std::int64_t lastId,
                             std::int64_t batchSize, int threads)
    : m_impl(std::make_unique<Impl>(engine, firstId, lastId, batchSize, threads))
{
}

BatchProducer::~BatchProducer()
{
    m_impl->stopAndJoin();
}

bool BatchProducer::next(std::vector<CdrRecord> &batch)
{
    Impl &d = *m_impl;
    std::unique_lock lock(d.mutex);
    if (d.nextToConsume >= d.batchCount)
        return false;
    Impl::Slot &slot = d.slots[static_cast<std::size_t>(d.nextToConsume) % d.slots.size()];
    d.batchReady.wait(lock, [&] { return slot.ready || d.stopped; });
    if (d.error)
        std::rethrow_exception(d.error);
    if (d.stopped)
        return false;
    std::swap(batch, slot.records);
    slot.ready = false;
    // Handed back as is: keeping the size spares generate() from value-initialising a whole batch again.
    if (slot.records.capacity() > 0) {
        d.spare.push_back(std::move(slot.records));
        slot.records = {};
    }
    ++d.nextToConsume;
    d.workAvailable.notify_all();
    return true;
}

void BatchProducer::stop()
{
    m_impl->stopAndJoin();
}

} // namespace cdr

#include "synth/batchproducer.h"

#include "synth/cdrengine.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace cdr {

// Workers claim batch numbers in order and fill slot (batch % capacity); a worker may not run more than
// `capacity` batches ahead of the consumer, which bounds memory. The consumer takes batches strictly in order.
// With encoders, a generated batch waits in its slot until a worker (or the consumer, when it is the batch it
// waits for) encodes it; workers encode the oldest generated batch before they generate a new one, so batches
// leave in order as soon as they can.
struct BatchProducer::Impl {
    enum class State { Free, Generating, Generated, Encoding, Ready };
    struct Slot {
        std::vector<CdrRecord> records;
        EncodedBatch encoded;
        State state = State::Free;
    };
    struct Task {
        enum class Kind { None, Generate, Encode } kind = Kind::None;
        std::int64_t batch = 0;
    };

    const CdrEngine &engine;
    const BatchEncoderFactory makeEncoder;
    const BatchTransform transform;
    std::int64_t firstId;
    std::int64_t batchSize;
    std::int64_t batchCount;
    std::int64_t totalIds;
    std::vector<Slot> slots;
    std::vector<std::vector<CdrRecord>> spare; // storage handed back by the consumer, reused
    std::unique_ptr<BatchEncoder> consumerEncoder;

    std::mutex mutex;
    std::condition_variable workAvailable;
    std::condition_variable batchReady;
    std::int64_t nextToClaim = 0;
    std::int64_t nextToConsume = 0;
    bool stopped = false;
    std::exception_ptr error;
    std::vector<std::thread> workers;

    Impl(const CdrEngine &e, std::int64_t first, std::int64_t last, std::int64_t size, int threads,
         BatchEncoderFactory encoders, BatchTransform after)
        : engine(e), makeEncoder(std::move(encoders)), transform(std::move(after)), firstId(first), batchSize(std::max<std::int64_t>(size, 1)),
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

    Slot &slotOf(std::int64_t batch) { return slots[static_cast<std::size_t>(batch) % slots.size()]; }

    // Under the lock: the oldest generated batch waiting for its encoding, or -1.
    std::int64_t oldestGenerated()
    {
        for (std::int64_t batch = nextToConsume; batch < nextToClaim; ++batch)
            if (slotOf(batch).state == State::Generated)
                return batch;
        return -1;
    }
    bool mayGenerate() const
    {
        return nextToClaim < batchCount && nextToClaim < nextToConsume + static_cast<std::int64_t>(slots.size());
    }
    // Under the lock: the next task, marked as taken; Kind::None when this worker is done.
    Task claim(std::unique_lock<std::mutex> &lock)
    {
        for (;;) {
            if (stopped)
                return {};
            if (const std::int64_t batch = makeEncoder ? oldestGenerated() : -1; batch >= 0) {
                slotOf(batch).state = State::Encoding;
                return {Task::Kind::Encode, batch};
            }
            if (mayGenerate()) {
                slotOf(nextToClaim).state = State::Generating;
                return {Task::Kind::Generate, nextToClaim++};
            }
            if (nextToClaim >= batchCount && (!makeEncoder || oldestGenerated() < 0))
                return {}; // what is left is with other threads
            workAvailable.wait(lock);
        }
    }

    void fail()
    {
        std::lock_guard lock(mutex);
        if (!error)
            error = std::current_exception();
        stopped = true;
        batchReady.notify_all();
        workAvailable.notify_all();
    }

    void work()
    {
        std::unique_ptr<BatchEncoder> encoder;
        try {
            if (makeEncoder)
                encoder = makeEncoder();
        } catch (...) {
            fail();
            return;
        }
        for (;;) {
            Task task;
            std::vector<CdrRecord> records;
            {
                std::unique_lock lock(mutex);
                task = claim(lock);
                if (task.kind == Task::Kind::None)
                    return;
                if (task.kind == Task::Kind::Generate && !spare.empty()) {
                    records = std::move(spare.back());
                    spare.pop_back();
                }
            }
            Slot &slot = slotOf(task.batch); // this thread owns it until its state changes below
            try {
                if (task.kind == Task::Kind::Generate) {
                    const std::int64_t first = firstId + task.batch * batchSize;
                    const std::int64_t count = std::min(batchSize, firstId + totalIds - first);
                    engine.generate(first, count, records);
                    if (transform)
                        transform(records);
                } else {
                    encoder->encode(slot.records, slot.encoded);
                }
            } catch (...) {
                fail();
                return;
            }
            std::lock_guard lock(mutex);
            if (task.kind == Task::Kind::Generate) {
                slot.records = std::move(records);
                slot.state = encoder ? State::Generated : State::Ready;
                workAvailable.notify_all(); // an encoding task for another worker
            } else {
                slot.state = State::Ready;
            }
            batchReady.notify_all();
        }
    }

    // The consumer's side of next(): waits for the batch to be taken, encoding it itself when it finds it generated.
    Slot *awaitNext(std::unique_lock<std::mutex> &lock)
    {
        if (nextToConsume >= batchCount)
            return nullptr;
        Slot &slot = slotOf(nextToConsume);
        for (;;) {
            batchReady.wait(lock, [&] {
                return stopped || slot.state == State::Ready || (makeEncoder && slot.state == State::Generated);
            });
            if (error)
                std::rethrow_exception(error);
            if (stopped)
                return nullptr;
            if (slot.state == State::Ready)
                return &slot;
            slot.state = State::Encoding;
            lock.unlock();
            try {
                if (!consumerEncoder)
                    consumerEncoder = makeEncoder();
                consumerEncoder->encode(slot.records, slot.encoded);
            } catch (...) {
                lock.lock();
                stopped = true;
                workAvailable.notify_all();
                throw;
            }
            lock.lock();
            slot.state = State::Ready;
        }
    }

    void release(Slot &slot, std::vector<CdrRecord> &batch)
    {
        std::swap(batch, slot.records);
        slot.state = State::Free;
        // Handed back as is: keeping the size spares generate() from value-initialising a whole batch again.
        if (slot.records.capacity() > 0) {
            spare.push_back(std::move(slot.records));
            slot.records = {};
        }
        ++nextToConsume;
        workAvailable.notify_all();
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
                             std::int64_t batchSize, int threads, BatchEncoderFactory encoders,
                             BatchTransform transform)
    : m_impl(std::make_unique<Impl>(engine, firstId, lastId, batchSize, threads, std::move(encoders),
                                    std::move(transform)))
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
    Impl::Slot *slot = d.awaitNext(lock);
    if (!slot)
        return false;
    d.release(*slot, batch);
    return true;
}

bool BatchProducer::next(std::vector<CdrRecord> &batch, EncodedBatch &encoded)
{
    Impl &d = *m_impl;
    if (!d.makeEncoder)
        throw std::logic_error("BatchProducer::next(batch, encoded) without an encoder factory");
    std::unique_lock lock(d.mutex);
    Impl::Slot *slot = d.awaitNext(lock);
    if (!slot)
        return false;
    std::swap(encoded, slot->encoded);
    d.release(*slot, batch);
    return true;
}

void BatchProducer::stop()
{
    m_impl->stopAndJoin();
}

std::size_t BatchProducer::capacity() const
{
    return m_impl->slots.size();
}

} // namespace cdr

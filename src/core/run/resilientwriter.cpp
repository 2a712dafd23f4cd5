#include "run/resilientwriter.h"

#include "sink/retrybackoff.h"
#include "sink/sinkerror.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

namespace cdr {

struct ResilientWriter::Impl {
    SinkFactory makeSink;
    std::unique_ptr<RecordSink> sink;
    bool connected = false;
    std::string description;
    std::int64_t firstId = 1;
    std::int64_t lastId = std::numeric_limits<std::int64_t>::max();
    RetryBackoff backoff;
    bool pipelined = false;
    std::vector<CdrRecord> inFlight; // a copy of the batch a pipelining sink has sent but not committed
    std::int64_t firstWritten = 0;   // first id given to write(), 0 before
    std::int64_t committed = 0;      // see lastCommittedId()

    Impl(SinkFactory f, const DatabaseConfig &p, const std::atomic_bool &c)
        : makeSink(std::move(f)), backoff(p, c)
    {
    }

    int attempts() const { return backoff.attempts(); }

    // finalClose: the run ends here (the sink may finish work meant for the end, such as deferred indexes).
    void disconnect(bool finalClose)
    {
        if (sink) {
            try {
                if (finalClose)
                    sink->close();
                else
                    sink->closeForReconnect();
            } catch (const std::exception &error) {
                spdlog::debug("Closing the broken connection failed: {}", error.what());
            }
        }
        connected = false;
    }

    void connect()
    {
        if (!sink) {
            sink = makeSink();
            description = sink->describe();
        }
        sink->open();
        connected = true;
        pipelined = sink->startPipelining();
    }

    void noteCommitted(std::int64_t id)
    {
        if (firstWritten > 0 && id >= firstWritten)
            committed = std::max(committed, id);
    }

    // After a reconnect: the rows of `records` that the table does not hold yet (it holds ids up to `stored`).
    static std::span<const CdrRecord> notStored(std::span<const CdrRecord> records, std::int64_t stored)
    {
        if (records.empty())
            return records;
        const std::int64_t skip = std::clamp<std::int64_t>(stored - records.front().id + 1, 0, std::int64_t(records.size()));
        return records.subspan(std::size_t(skip));
    }

    // Sends `parts` in order; with a pipelining sink the last part sent stays in flight (copied), the rest is
    // committed. `encoded`, when given, is the sink's encoding of the only part.
    void send(std::initializer_list<std::span<const CdrRecord>> parts, EncodedBatch *encoded = nullptr)
    {
        std::span<const CdrRecord> last;
        for (std::span<const CdrRecord> part : parts) {
            if (part.empty())
                continue;
            if (encoded && parts.size() == 1)
                sink->writeEncodedBatch(part, *encoded);
            else
                sink->writeBatch(part);
            last = part;
        }
        if (last.empty())
            return;
        if (!pipelined) {
            inFlight.clear();
            noteCommitted(last.back().id);
            return;
        }
        noteCommitted(last.front().id - 1);
        inFlight.assign(last.begin(), last.end());
    }

    // After a reconnect: re-reads MAX(id) and sends what the table lacks of the batch that was in flight, then of
    // `records` (may be empty); what the failed attempt did commit is skipped. Throws when rows that were
    // committed are missing.
    void resendAfterReconnect(std::span<const CdrRecord> records)
    {
        // Only this run's ids count (another shard may have written higher ones); none stored means the run's
        // first id is next.
        const std::int64_t stored = std::max(sink->maxIdIn(firstId, lastId), firstId - 1);
        const std::int64_t needed = !inFlight.empty() ? inFlight.front().id : !records.empty() ? records.front().id : 0;
        if (needed > 0 && stored < needed - 1)
            throw SinkError(SinkError::Kind::Fatal, "rows before id " + std::to_string(needed) +
                                                        " are missing from the table after reconnecting (MAX(id) is " +
                                                        std::to_string(stored) + ")");
        noteCommitted(stored);
        const std::span<const CdrRecord> unstored = notStored(records, stored);
        if (unstored.size() < records.size())
            spdlog::info("{} rows of the batch were already committed before the failure", records.size() - unstored.size());
        const std::vector<CdrRecord> resend = std::exchange(inFlight, {});
        send({notStored(resend, stored), unstored});
    }

    // Commits the batch in flight, without retrying.
    void flushInFlight()
    {
        sink->flush();
        if (!inFlight.empty())
            noteCommitted(inFlight.back().id);
        inFlight.clear();
    }

    // Runs step until it succeeds, retrying Transient errors with backoff; rethrows the rest and the last
    // Transient error once attempts are used up. False if cancelled while waiting.
    template<typename Step>
    bool retrying(const char *what, Step step)
    {
        for (int attempt = 1;; ++attempt) {
            try {
                if (!connected)
                    connect();
                step();
                return true;
            } catch (const SinkError &error) {
                // A dead connection is always worth a reconnect, whatever the failed call reported.
                if (error.kind() != SinkError::Kind::Transient && !(sink && connected && sink->connectionDead()))
                    throw;
                const bool givingUp = attempt >= attempts();
                disconnect(givingUp);
                if (givingUp)
                    throw SinkError(SinkError::Kind::Transient,
                                    std::string(error.what()) + " (gave up " + what + " after " +
                                        std::to_string(attempt) + (attempt == 1 ? " attempt)" : " attempts)"));
                const auto pause = backoff.delay(attempt);
                spdlog::warn("{} failed (attempt {} of {}): {}; reconnecting in {:.1f} s", what, attempt, attempts(),
                             error.what(), pause.count() / 1000.0);
                if (!backoff.wait(pause))
                    return false;
            }
        }
    }
};

ResilientWriter::ResilientWriter(SinkFactory makeSink, const DatabaseConfig &policy, const std::atomic_bool &cancel)
    : m_impl(std::make_unique<Impl>(std::move(makeSink), policy, cancel))
{
}

ResilientWriter::~ResilientWriter()
{
    // A failed run: what is in flight is rolled back, so lastCommittedId() stays exact.
    if (m_impl->sink && m_impl->connected)
        m_impl->sink->close();
}

std::int64_t ResilientWriter::start(IfExists ifExists, std::int64_t first, std::int64_t last)
{
    m_impl->firstId = first;
    m_impl->lastId = last;
    std::int64_t resumeFrom = 0;
    bool prepared = false;
    const bool done = m_impl->retrying("Connecting", [&] {
        // Replace must drop the table only once, even when the connection breaks right after.
        if (!prepared) {
            m_impl->sink->prepare(ifExists);
            prepared = true;
        }
        resumeFrom = m_impl->sink->maxIdIn(m_impl->firstId, m_impl->lastId);
    });
    if (!done)
        throw SinkError(SinkError::Kind::Fatal, "cancelled while waiting to connect to " + describe());
    return resumeFrom;
}

BatchEncoderFactory ResilientWriter::encoderFactory() const
{
    return m_impl->sink ? m_impl->sink->encoderFactory() : BatchEncoderFactory{};
}

bool ResilientWriter::storesDefectKey() const
{
    return m_impl->sink && m_impl->sink->storesDefectKey();
}

bool ResilientWriter::write(std::span<const CdrRecord> records, EncodedBatch *encoded)
{
    if (records.empty())
        return true;
    Impl &d = *m_impl;
    if (d.firstWritten == 0)
        d.firstWritten = records.front().id;
    bool reconnected = false;
    const auto attempt = [&] {
        if (std::exchange(reconnected, true)) // any retry of this lambda follows a reconnect
            d.resendAfterReconnect(records);
        else
            d.send({records}, encoded); // after a reconnect only part of it may be sent: from the records
    };
    try {
        return d.retrying("Writing a batch", attempt);
    } catch (const SinkError &error) {
        if (error.kind() == SinkError::Kind::Transient)
            throw;
        throw SinkError(error.kind(), std::string(error.what()) + " (batch of ids " +
                                          std::to_string(records.front().id) + ".." +
                                          std::to_string(records.back().id) + ")");
    }
}

bool ResilientWriter::flush()
{
    Impl &d = *m_impl;
    if (!d.sink || d.inFlight.empty())
        return true;
    bool reconnected = false;
    return d.retrying("Committing the last batch", [&] {
        if (std::exchange(reconnected, true))
            d.resendAfterReconnect({});
        d.flushInFlight();
    });
}

void ResilientWriter::finish()
{
    if (!m_impl->sink)
        return;
    if (!flush())
        throw SinkError(SinkError::Kind::Fatal, "cancelled while committing the last batch into " + describe());
    m_impl->retrying("Finishing", [&] { m_impl->sink->finish(); });
}

void ResilientWriter::runStatement(const std::string &sql)
{
    Impl &d = *m_impl;
    if (!d.sink || !d.connected)
        throw SinkError(SinkError::Kind::Fatal, "not connected to " + describe());
    d.sink->runStatement(sql);
}

std::int64_t ResilientWriter::resumePoint()
{
    Impl &d = *m_impl;
    std::int64_t resumeFrom = 0;
    if (!d.retrying("Reading MAX(id)", [&] { resumeFrom = d.sink->maxIdIn(d.firstId, d.lastId); }))
        throw SinkError(SinkError::Kind::Fatal, "cancelled while waiting to connect to " + describe());
    return resumeFrom;
}

void ResilientWriter::close()
{
    Impl &d = *m_impl;
    if (d.sink && d.connected) {
        if (!d.inFlight.empty()) {
            try {
                d.flushInFlight();
            } catch (const SinkError &error) {
                spdlog::warn("The last batch (ids {}..{}) could not be committed: {}", d.inFlight.front().id,
                             d.inFlight.back().id, error.what());
            }
            d.inFlight.clear();
        }
        d.sink->close();
        d.connected = false;
    }
}

std::int64_t ResilientWriter::lastCommittedId() const
{
    return m_impl->committed;
}

std::string ResilientWriter::describe() const
{
    if (m_impl->description.empty() && m_impl->makeSink) {
        // Describe without connecting: a throwaway sink knows its target.
        try {
            m_impl->description = m_impl->makeSink()->describe();
        } catch (const std::exception &) {
        }
    }
    return m_impl->description;
}

} // namespace cdr

#include "sink/csvsink.h"

#include "model/schema.h"
#include "sink/sinkerror.h"
#include "synth/antennatextcache.h"
#include "synth/recordformatter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace cdr {

// Formatting and writing overlap: the caller's thread formats a batch into one buffer while a writer thread hands
// the previous one to the kernel (on this kind of machine the write of 2 GB of CSV costs about as much CPU as
// formatting it, so doing both in turn on one thread would cap the rate).
struct CsvSink::Impl {
    Impl(std::string p, const Config &c)
        : path(std::move(p)), config(c), formatter(config), antennaText(config.antennaId.min, config.antennaId.max)
    {
    }
    ~Impl() { stopWriter(); }

    bool toStdout() const { return path == "-"; }

    // Writer thread: writes `pending` whenever it is handed one.
    void writerLoop()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [&] { return pendingSize > 0 || stopping; });
            if (pendingSize == 0 && stopping)
                return;
            const std::size_t size = pendingSize;
            lock.unlock();
            std::string failure;
            if (toStdout()) {
                if (std::fwrite(pending.data(), 1, size, stdout) != size)
                    failure = std::string("cannot write CSV to standard output: ") + std::strerror(errno);
            } else if (!writeToFile(pending.data(), size)) {
                failure = "cannot write " + path + ": " + file->errorString().toStdString();
            }
            lock.lock();
            if (!failure.empty() && error.empty())
                error = failure;
            pendingSize = 0;
            idle.notify_all();
        }
    }
    // A disk that fills part-way through a write takes some bytes and reports no error (QFileDevice::write returns
    // the short count, errorString() says "Unknown error"); writing the rest then fails with the system's reason,
    // "No space left on device".
    bool writeToFile(const char *data, std::size_t size)
    {
        while (size > 0) {
            const qint64 written = file->write(data, static_cast<qint64>(size));
            if (written <= 0)
                return false;
            data += written;
            size -= static_cast<std::size_t>(written);
        }
        return true;
    }
    void startWriter()
    {
        stopping = false;
        error.clear();
        pendingSize = 0;
        writer = std::thread([this] { writerLoop(); });
    }
    // Waits until the writer has nothing left; throws what it failed with.
    void drain()
    {
        std::unique_lock lock(mutex);
        idle.wait(lock, [&] { return pendingSize == 0; });
        if (!error.empty())
            throw SinkError(SinkError::Kind::Fatal, error);
    }
    void handOver(std::size_t size)
    {
        {
            std::unique_lock lock(mutex);
            idle.wait(lock, [&] { return pendingSize == 0; });
            if (!error.empty())
                throw SinkError(SinkError::Kind::Fatal, error);
            std::swap(filling, pending);
            pendingSize = size;
        }
        wake.notify_one();
    }
    void stopWriter()
    {
        if (!writer.joinable())
            return;
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_one();
        writer.join();
    }
    void requireOpen() const
    {
        if (!writer.joinable())
            throw SinkError(SinkError::Kind::Fatal, "CSV sink used before open()");
    }

    const std::string path;
    const Config config;
    const RecordFormatter formatter;
    AntennaTextCache antennaText;
    std::unique_ptr<QSaveFile> file;
    bool headerWritten = false;

    std::vector<char> filling; // grown, never shrunk: rows are written in place without zero-filling
    std::vector<char> pending;
    std::size_t pendingSize = 0;
    bool stopping = false;
    std::string error;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable idle;
    std::thread writer;
};

CsvSink::CsvSink(std::string path, const Config &config) : m_impl(std::make_unique<Impl>(std::move(path), config)) {}

CsvSink::~CsvSink() = default; // an uncommitted QSaveFile discards its temporary file

void CsvSink::open()
{
    Impl &d = *m_impl;
    d.stopWriter();
    d.headerWritten = false;
    if (!d.toStdout()) {
        d.file = std::make_unique<QSaveFile>(QString::fromStdString(d.path));
        if (!d.file->open(QIODevice::WriteOnly))
            throw SinkError(SinkError::Kind::Configuration,
                            "cannot create " + d.path + ": " + d.file->errorString().toStdString());
    }
    d.startWriter();
}

void CsvSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    if (!d.toStdout() && ifExists == IfExists::Fail && QFileInfo::exists(QString::fromStdString(d.path)))
        throw SinkError(SinkError::Kind::Configuration, d.path + " already exists (if_exists: fail)");
}

std::int64_t CsvSink::maxIdIn(std::int64_t, std::int64_t)
{
    return 0;
}

void CsvSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    d.requireOpen();
    const std::string header = d.headerWritten ? std::string() : csvHeader() + "\n";
    const std::size_t needed =
        header.size() + records.size() * d.formatter.maxRowLength() + AntennaTextCache::kMaxText;
    if (d.filling.size() < needed)
        d.filling.resize(needed);
    char *end = d.filling.data();
    std::copy(header.begin(), header.end(), end);
    end += header.size();
    for (const CdrRecord &record : records)
        end = d.formatter.writeCsvRow(end, record, d.antennaText);
    d.handOver(static_cast<std::size_t>(end - d.filling.data()));
    d.headerWritten = true;
}

void CsvSink::finish()
{
    Impl &d = *m_impl;
    d.requireOpen();
    if (!d.headerWritten)
        writeBatch({});
    d.drain();
    d.stopWriter();
    if (d.toStdout()) {
        if (std::fflush(stdout) != 0)
            throw SinkError(SinkError::Kind::Fatal, "cannot write CSV to standard output");
        return;
    }
    if (!d.file->commit())
        throw SinkError(SinkError::Kind::Fatal, "cannot save " + d.path + ": " + d.file->errorString().toStdString());
    d.file.reset();
}

void CsvSink::close()
{
    Impl &d = *m_impl;
    d.stopWriter();
    if (d.file)
        d.file->cancelWriting();
    d.file.reset();
}

std::string CsvSink::describe() const
{
    return m_impl->toStdout() ? "CSV on standard output" : "CSV file " + m_impl->path;
}

} // namespace cdr

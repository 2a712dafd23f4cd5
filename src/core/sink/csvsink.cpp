#include "sink/csvsink.h"

#include "model/schema.h"
#include "encode/csvbatchencoder.h"
#include "encode/gzipbatchencoder.h"
#include "sink/sinkerror.h"

#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>

#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace cdr {

// Batches arrive formatted (and compressed) by the generator threads (encoderFactory()); a writer thread hands
// one to the kernel while the caller's thread waits for the next (on this kind of machine the write of 2 GB of CSV
// costs about as much CPU as formatting it).
struct CsvSink::Impl {
    Impl(std::string p, const Config &c)
        : path(std::move(p)), config(std::make_shared<const Config>(c)), gzip(path.ends_with(".gz"))
    {
    }
    ~Impl() { stopWriter(); }

    bool toStdout() const { return path == "-"; }

    BatchEncoderFactory encoders() const
    {
        return [config = config, gzip = gzip]() -> std::unique_ptr<BatchEncoder> {
            auto csv = std::make_unique<CsvBatchEncoder>(config);
            if (!gzip)
                return csv;
            return std::make_unique<GzipBatchEncoder>(std::move(csv));
        };
    }

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
            } else {
                startWriteBack(size);
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
    // Asks the kernel to start writing the bytes just written to the disk, without waiting. Otherwise they stay dirty
    // in the page cache (a few GB on a machine with much memory) and the whole file is written when it is synced at
    // the end: starting early overlaps the disk's work with generation, so the file is on the disk soon after the
    // last batch.
    void startWriteBack(std::size_t size)
    {
#ifdef __linux__
        ::sync_file_range(file->handle(), static_cast<off64_t>(writtenBytes), static_cast<off64_t>(size),
                          SYNC_FILE_RANGE_WRITE);
#endif
        writtenBytes += size;
    }
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
    // Gives the writer thread buffer's first `size` bytes; buffer receives the writer's previous buffer.
    void handOver(std::vector<char> &buffer, std::size_t size)
    {
        {
            std::unique_lock lock(mutex);
            idle.wait(lock, [&] { return pendingSize == 0; });
            if (!error.empty())
                throw SinkError(SinkError::Kind::Fatal, error);
            std::swap(buffer, pending);
            pendingSize = size;
        }
        wake.notify_one();
    }
    void writeHeader()
    {
        const std::string header = csvHeader() + "\n";
        EncodedBatch encoded;
        if (gzip) {
            GzipCompressor().compress(header, encoded);
        } else {
            encoded.bytes.assign(header.begin(), header.end());
            encoded.size = header.size();
        }
        handOver(encoded.bytes, encoded.size);
        headerWritten = true;
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
    const std::shared_ptr<const Config> config;
    const bool gzip; // PATH.gz: one gzip member per batch (and one for the header)
    std::unique_ptr<BatchEncoder> ownEncoder; // for batches that arrive as records only
    EncodedBatch ownEncoded;
    std::unique_ptr<QSaveFile> file;
    bool headerWritten = false;

    std::uint64_t writtenBytes = 0; // to the file, by the writer thread
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
        d.writtenBytes = 0;
        // Unbuffered: every write goes to the file at once, so the write-back started after it covers it.
        if (!d.file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
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
    if (!d.ownEncoder)
        d.ownEncoder = d.encoders()();
    d.ownEncoder->encode(records, d.ownEncoded);
    writeEncodedBatch(records, d.ownEncoded);
}

BatchEncoderFactory CsvSink::encoderFactory() const
{
    return m_impl->encoders();
}

void CsvSink::writeEncodedBatch(std::span<const CdrRecord>, EncodedBatch &encoded)
{
    Impl &d = *m_impl;
    d.requireOpen();
    if (!d.headerWritten)
        d.writeHeader();
    if (encoded.size > 0)
        d.handOver(encoded.bytes, encoded.size);
}

void CsvSink::finish()
{
    Impl &d = *m_impl;
    d.requireOpen();
    if (!d.headerWritten)
        d.writeHeader();
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

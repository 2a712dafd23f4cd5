#include "sink/csvsink.h"

#include "model/schema.h"
#include "sink/sinkerror.h"
#include "synth/recordformatter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <vector>

namespace cdr {

struct CsvSink::Impl {
    Impl(std::string p, const Config &c) : path(std::move(p)), config(c), formatter(config) {}

    bool toStdout() const { return path == "-"; }
    void put(const char *bytes, std::size_t size)
    {
        if (toStdout()) {
            if (std::fwrite(bytes, 1, size, stdout) != size)
                throw SinkError(SinkError::Kind::Fatal, "cannot write CSV to standard output");
            return;
        }
        if (file->write(bytes, static_cast<qint64>(size)) != static_cast<qint64>(size))
            throw SinkError(SinkError::Kind::Fatal,
                            "cannot write " + path + ": " + file->errorString().toStdString());
    }
    void writeHeaderOnce()
    {
        if (headerWritten)
            return;
        const std::string header = csvHeader() + "\n";
        put(header.data(), header.size());
        headerWritten = true;
    }

    const std::string path;
    const Config config;
    const RecordFormatter formatter;
    std::unique_ptr<QSaveFile> file;
    std::vector<char> buffer; // grown, never shrunk: rows are written in place without zero-filling
    bool headerWritten = false;
    bool committed = false;
};

CsvSink::CsvSink(std::string path, const Config &config) : m_impl(std::make_unique<Impl>(std::move(path), config)) {}

CsvSink::~CsvSink() = default; // an uncommitted QSaveFile discards its temporary file

void CsvSink::open()
{
    Impl &d = *m_impl;
    d.headerWritten = false;
    d.committed = false;
    if (d.toStdout())
        return;
    d.file = std::make_unique<QSaveFile>(QString::fromStdString(d.path));
    if (!d.file->open(QIODevice::WriteOnly))
        throw SinkError(SinkError::Kind::Configuration,
                        "cannot create " + d.path + ": " + d.file->errorString().toStdString());
}

void CsvSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    if (!d.toStdout() && ifExists == IfExists::Fail && QFileInfo::exists(QString::fromStdString(d.path)))
        throw SinkError(SinkError::Kind::Configuration, d.path + " already exists (if_exists: fail)");
}

std::int64_t CsvSink::maxId()
{
    return 0;
}

void CsvSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    if (!d.toStdout() && !d.file)
        throw SinkError(SinkError::Kind::Fatal, "CSV sink used before open()");
    d.writeHeaderOnce();
    const std::size_t needed = records.size() * d.formatter.maxRowLength();
    if (d.buffer.size() < needed)
        d.buffer.resize(needed);
    char *end = d.buffer.data();
    for (const CdrRecord &record : records)
        end = d.formatter.writeCsvRow(end, record);
    d.put(d.buffer.data(), static_cast<std::size_t>(end - d.buffer.data()));
}

void CsvSink::finish()
{
    Impl &d = *m_impl;
    if (!d.toStdout() && !d.file)
        throw SinkError(SinkError::Kind::Fatal, "CSV sink used before open()");
    d.writeHeaderOnce();
    if (d.toStdout()) {
        if (std::fflush(stdout) != 0)
            throw SinkError(SinkError::Kind::Fatal, "cannot write CSV to standard output");
        d.committed = true;
        return;
    }
    if (!d.file->commit())
        throw SinkError(SinkError::Kind::Fatal, "cannot save " + d.path + ": " + d.file->errorString().toStdString());
    d.committed = true;
    d.file.reset();
}

void CsvSink::close()
{
    Impl &d = *m_impl;
    if (d.file && !d.committed)
        d.file->cancelWriting();
    d.file.reset();
}

std::string CsvSink::describe() const
{
    return m_impl->toStdout() ? "CSV on standard output" : "CSV file " + m_impl->path;
}

} // namespace cdr

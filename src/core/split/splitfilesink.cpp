#include "split/splitfilesink.h"

#include "encode/reproduciblegzipcompressor.h"
#include "sink/sinkerror.h"
#include "split/partfileio.h"
#include "split/splitfilenames.h"
#include "split/splitjournal.h"
#include "split/splitmanifest.h"
#include "world/configdigest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <thread>
#include <vector>

namespace cdr {

namespace {

[[noreturn]] void fail(SinkError::Kind kind, const std::string &message)
{
    throw SinkError(kind, message);
}

bool exists(const std::string &path)
{
    return QFileInfo::exists(QString::fromStdString(path));
}

// Flushes the file system holding `directory` to the disk, so the renamed files are on it before the manifest.
void syncFileSystem(const std::string &directory)
{
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
}

} // namespace

struct SplitFileSink::Impl {
    Impl(std::string p, SplitPeriod s, SliceFileFormat f, const Config &config)
        : path(std::move(p)), names(path), period(s), format(std::move(f)), digest(configDigest(config)),
          threads(config.generation.threads > 0 ? config.generation.threads
                                                : int(std::max(1u, std::thread::hardware_concurrency()))),
          round(roundRecords(period))
    {
    }

    BatchEncoderFactory encoders() const
    {
        return [period = period, round = round, rows = format.rows, startTimeOf = startTimeOf] {
            return std::unique_ptr<BatchEncoder>(
                std::make_unique<SlicedBatchEncoder>(period, round, rows(), startTimeOf));
        };
    }

    std::string partOf(const SliceFileState &file) const { return SplitFileNames::partPath(finalOf(file)); }
    std::string finalOf(const SliceFileState &file) const { return names.slicePath(file.label); }

    std::string encodeText(const std::string &text) const
    {
        if (!names.gzip() || text.empty())
            return text;
        EncodedBatch member;
        ReproducibleGzipCompressor().compress(text, member);
        return std::string(member.text());
    }

    // The labels of the slice files (final or part) in the output's folder.
    std::vector<std::string> existingSlices(bool parts) const
    {
        std::vector<std::string> found;
        const QDir dir(QString::fromStdString(names.directory()));
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
            if (const std::optional<std::string> label = names.labelOf(name.toStdString(), parts))
                found.push_back(*label);
        return found;
    }
    std::vector<std::string> existingSliceFiles(bool parts) const
    {
        std::vector<std::string> found;
        for (const std::string &label : existingSlices(parts))
            found.push_back(parts ? SplitFileNames::partPath(names.slicePath(label)) : names.slicePath(label));
        return found;
    }

    void remove(const std::string &file) const
    {
        if (exists(file) && !QFile::remove(QString::fromStdString(file)))
            fail(SinkError::Kind::Fatal, "cannot remove " + file);
    }

    void requireWritableDirectory() const
    {
        const QFileInfo dir(QString::fromStdString(names.directory()));
        if (!dir.exists())
            fail(SinkError::Kind::Configuration, "--split: the folder " + names.directory() + " of " + path +
                                                     " does not exist");
        if (!dir.isDir())
            fail(SinkError::Kind::Configuration, "--split: " + names.directory() + " in " + path + " is not a folder");
        if (!dir.isWritable())
            fail(SinkError::Kind::Configuration, "--split: the folder " + names.directory() + " of " + path +
                                                     " is not writable");
    }

    // A previous run's journal: its parts cut back to what it recorded (a part that a finish had already renamed
    // gets its part name back), parts it does not list removed.
    void recover()
    {
        std::string problem;
        std::optional<SplitJournal> loaded = SplitJournal::load(names.journalPath(), &problem);
        if (!loaded)
            fail(SinkError::Kind::Configuration,
                 problem + ": cannot resume the split run; start over with --if-exists replace");
        if (loaded->digest != digest || loaded->period != splitPeriodName(period))
            fail(SinkError::Kind::Configuration,
                 names.journalPath() + " was written by a --split " + loaded->period + " run with config digest " +
                     loaded->digest + ", this is a --split " + splitPeriodName(period) + " run with digest " + digest +
                     ": resuming would mix records of two runs. Run with the config, seed, count and --split that "
                     "wrote it, or with --if-exists replace to start over");
        for (auto &[slice, file] : loaded->files) {
            const std::string part = partOf(file), final = finalOf(file);
            if (!exists(part) && exists(final) && !QFile::rename(QString::fromStdString(final), QString::fromStdString(part)))
                fail(SinkError::Kind::Fatal, "cannot rename " + final + " back to " + part);
            if (!exists(part))
                fail(SinkError::Kind::Fatal, part + " is missing: cannot resume; start over with --if-exists replace");
            if (const std::string error = truncateTo(part, file.bytes); !error.empty())
                fail(SinkError::Kind::Fatal, error);
        }
        std::set<std::string> listed;
        for (const auto &[slice, file] : loaded->files)
            listed.insert(file.label);
        for (const std::string &label : existingSlices(true))
            if (!listed.contains(label))
                remove(SplitFileNames::partPath(names.slicePath(label)));
        journal = std::move(*loaded);
    }

    // Appends every slice's gathered rows to its part, then records the round in the journal.
    void writeRound(std::int64_t doneUpTo)
    {
        std::vector<std::pair<SliceFileState *, Gathered *>> work;
        for (auto &[slice, rows] : gathered) {
            if (rows.rows == 0)
                continue;
            auto [at, added] = journal.files.try_emplace(slice);
            if (added)
                at->second.label = sliceLabel(period, slice);
            work.emplace_back(&at->second, &rows);
        }
        const std::string problem = forEachInParallel(work.size(), threads, [&](std::size_t i) {
            SliceFileState &file = *work[i].first;
            Gathered &rows = *work[i].second;
            const bool created = file.bytes == 0;
            const std::string head = created ? encodeText(format.head(file.label)) : std::string();
            std::string_view body = rows.text;
            EncodedBatch member;
            if (names.gzip()) {
                thread_local ReproducibleGzipCompressor compressor;
                compressor.compress(rows.text, member);
                body = member.text();
            }
            std::string error = writeAt(partOf(file), file.bytes, head, body, created);
            if (!error.empty())
                return error;
            file.bytes += head.size() + body.size();
            if (file.rows == 0)
                file.firstId = rows.firstId;
            file.rows += rows.rows;
            file.lastId = rows.lastId;
            return error;
        });
        if (!problem.empty())
            fail(SinkError::Kind::Fatal, problem);
        for (auto &[slice, rows] : gathered) { // the next round's rows reuse the buffers
            rows.text.clear();
            rows.rows = 0;
        }
        gatheredRows = 0;
        journal.doneUpTo = doneUpTo;
        journal.save(names.journalPath());
    }

    std::vector<ManifestEntry> appendTailsAndHash()
    {
        std::vector<SliceFileState *> files;
        for (auto &entry : journal.files)
            files.push_back(&entry.second);
        std::vector<ManifestEntry> entries(files.size());
        const std::string problem = forEachInParallel(files.size(), threads, [&](std::size_t i) {
            const SliceFileState &file = *files[i];
            const std::string part = partOf(file);
            const std::string tail = encodeText(format.tail(file.label));
            std::string error = truncateTo(part, file.bytes); // a finish that was cut off may have written it
            if (error.empty() && !tail.empty())
                error = writeAt(part, file.bytes, tail, {}, false);
            if (!error.empty())
                return error;
            ManifestEntry &entry = entries[i];
            entry.file = QFileInfo(QString::fromStdString(finalOf(file))).fileName().toStdString();
            entry.rows = file.rows;
            entry.firstId = file.firstId;
            entry.lastId = file.lastId;
            entry.bytes = file.bytes + tail.size();
            entry.sha256 = fileSha256(part, &error);
            return error;
        });
        if (!problem.empty())
            fail(SinkError::Kind::Fatal, problem);
        return entries;
    }

    struct Gathered {
        std::string text;
        std::int64_t rows = 0;
        std::int64_t firstId = 0;
        std::int64_t lastId = 0;
    };

    const std::string path;
    const SplitFileNames names;
    const SplitPeriod period;
    const SliceFileFormat format;
    const std::string digest;
    const int threads;
    const std::int64_t round;
    StartTimeOf startTimeOf;

    SplitJournal journal;
    bool finished = false;               // a finished split (manifest, no journal) found by a resume
    std::int64_t finishedUpTo = 0;
    std::map<std::int64_t, Gathered> gathered; // the current round's rows, by slice
    std::int64_t gatheredRows = 0;
    std::int64_t gatheredRound = -1;
    std::int64_t lastGatheredId = 0;
    std::unique_ptr<BatchEncoder> ownEncoder; // for batches that arrive as records only
    EncodedBatch ownEncoded;
};

SplitFileSink::SplitFileSink(std::string path, SplitPeriod period, SliceFileFormat format, const Config &config)
    : m_impl(std::make_unique<Impl>(std::move(path), period, std::move(format), config))
{
}

SplitFileSink::~SplitFileSink() = default;

std::int64_t SplitFileSink::roundRecords(SplitPeriod period)
{
    return period == SplitPeriod::Hour ? 524'288 : 262'144;
}

void SplitFileSink::sliceBy(StartTimeOf startTimeOf)
{
    m_impl->startTimeOf = std::move(startTimeOf);
}

void SplitFileSink::open()
{
    m_impl->requireWritableDirectory();
}

void SplitFileSink::prepare(IfExists ifExists)
{
    Impl &d = *m_impl;
    d.journal = SplitJournal{};
    d.journal.digest = d.digest;
    d.journal.period = splitPeriodName(d.period);
    d.finished = false;
    const std::string journal = d.names.journalPath(), manifest = d.names.manifestPath();
    d.remove(newFilePath(journal)); // what a killed run may have left half written
    d.remove(newFilePath(manifest));
    switch (ifExists) {
    case IfExists::Replace:
        for (const bool parts : {true, false})
            for (const std::string &file : d.existingSliceFiles(parts))
                d.remove(file);
        d.remove(journal);
        d.remove(manifest);
        return;
    case IfExists::Fail: {
        std::vector<std::string> present = d.existingSliceFiles(false);
        for (const std::string &file : {journal, manifest})
            if (exists(file))
                present.push_back(file);
        if (!present.empty())
            fail(SinkError::Kind::Configuration, present.front() + " already exists (if_exists: fail)");
        for (const std::string &part : d.existingSliceFiles(true))
            d.remove(part);
        return;
    }
    case IfExists::Resume:
        if (exists(journal)) {
            d.recover();
        } else if (exists(manifest)) {
            std::string problem;
            const std::optional<std::int64_t> last = manifestLastId(manifest, &problem);
            if (!last)
                fail(SinkError::Kind::Configuration, problem);
            d.finished = true;
            d.finishedUpTo = *last;
        } else {
            for (const std::string &part : d.existingSliceFiles(true))
                d.remove(part);
        }
        return;
    }
}

std::int64_t SplitFileSink::maxIdIn(std::int64_t first, std::int64_t last)
{
    Impl &d = *m_impl;
    if (d.finished) {
        if (d.finishedUpTo < last)
            fail(SinkError::Kind::Configuration,
                 d.names.manifestPath() + " lists a finished split of ids up to " + std::to_string(d.finishedUpTo) +
                     "; a finished split is not extended: write it with --if-exists replace");
        return d.finishedUpTo;
    }
    if (d.journal.firstId == 0) { // a new split
        d.journal.firstId = first;
        d.journal.lastId = last;
    } else if (d.journal.firstId != first || d.journal.lastId != last) {
        fail(SinkError::Kind::Configuration,
             d.names.journalPath() + " belongs to a run of ids " + std::to_string(d.journal.firstId) + ".." +
                 std::to_string(d.journal.lastId) + ", not " + std::to_string(first) + ".." + std::to_string(last) +
                 ": give the same --count and --shard, or --if-exists replace");
    }
    d.lastGatheredId = d.journal.doneUpTo;
    return d.journal.doneUpTo;
}

void SplitFileSink::writeBatch(std::span<const CdrRecord> records)
{
    Impl &d = *m_impl;
    if (!d.ownEncoder)
        d.ownEncoder = d.encoders()();
    d.ownEncoder->encode(records, d.ownEncoded);
    writeEncodedBatch(records, d.ownEncoded);
}

BatchEncoderFactory SplitFileSink::encoderFactory() const
{
    return m_impl->encoders();
}

void SplitFileSink::writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded)
{
    Impl &d = *m_impl;
    if (records.empty())
        return;
    if (encoded.parts.empty())
        fail(SinkError::Kind::Fatal, "split output given a batch that was not encoded by slice");
    for (const EncodedPart &part : encoded.parts) {
        const std::int64_t round = (part.firstId - 1) / d.round;
        if (round != d.gatheredRound && d.gatheredRows > 0)
            d.writeRound(round * d.round); // every id of the rounds before is gathered
        d.gatheredRound = round;
        Impl::Gathered &rows = d.gathered[part.group];
        rows.text.append(encoded.text(part));
        if (rows.rows == 0)
            rows.firstId = part.firstId;
        rows.rows += part.rows;
        rows.lastId = part.lastId;
        d.gatheredRows += part.rows;
    }
    d.lastGatheredId = records.back().id;
}

void SplitFileSink::finish()
{
    Impl &d = *m_impl;
    if (d.finished)
        return; // resumed a finished split: nothing to add
    if (d.gatheredRows > 0)
        d.writeRound(d.lastGatheredId);
    const std::vector<ManifestEntry> entries = d.appendTailsAndHash();
    syncFileSystem(d.names.directory());
    const std::string manifest = newFilePath(d.names.manifestPath());
    if (const std::string error = writeAt(manifest, 0, manifestText(entries), {}, true); !error.empty())
        fail(SinkError::Kind::Fatal, error);
    for (const auto &[slice, file] : d.journal.files) {
        if (std::rename(d.partOf(file).c_str(), d.finalOf(file).c_str()) != 0)
            fail(SinkError::Kind::Fatal, "cannot rename " + d.partOf(file) + " to " + d.finalOf(file) + ": " +
                                             std::strerror(errno));
    }
    if (std::rename(manifest.c_str(), d.names.manifestPath().c_str()) != 0)
        fail(SinkError::Kind::Fatal, "cannot rename " + manifest + " to " + d.names.manifestPath() + ": " +
                                         std::strerror(errno));
    d.remove(d.names.journalPath());
    d.finished = true;
    d.finishedUpTo = d.journal.doneUpTo;
}

void SplitFileSink::close()
{
    Impl &d = *m_impl;
    // The round being gathered is not written: a resume regenerates it, so its files get the same bytes.
    d.gathered.clear();
    d.gatheredRows = 0;
    d.gatheredRound = -1;
}

std::string SplitFileSink::describe() const
{
    return std::string("split files (one per ") + splitPeriodName(m_impl->period) + ") " +
           m_impl->names.slicePath(m_impl->period == SplitPeriod::Hour ? "YYYYMMDDHH" : "YYYYMMDD");
}

} // namespace cdr

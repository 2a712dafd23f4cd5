#pragma once

#include "delivery/savedfile.h"
#include "sink/recordsink.h"

#include <memory>
#include <string>

namespace cdr {

// A file target whose batches arrive encoded by the generator threads (encoderFactory()) and go into one SavedFile
// in id order, after the text writeStart() gives (once, before the first batch). No resume: maxIdIn() is 0, the
// file is written whole and appears only when the subclass's finish() commits it. A subclass that stores the defects
// answer key writes it at the end, from forEachDefectKeyChunk().
class EncodedFileSink : public RecordSink {
public:
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    BatchEncoderFactory encoderFactory() const override { return m_encoders; }
    void writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded) override;
    void close() override;

protected:
    explicit EncodedFileSink(BatchEncoderFactory encoders) : m_encoders(std::move(encoders)) {}
    // Opens the file (again: a reopen starts it over).
    void openFile(const std::string &path);
    // Throws SinkError(Configuration) for if_exists: fail when path exists.
    static void refuseExisting(const std::string &path, IfExists ifExists);
    // The bytes written before the first batch (e.g. a script's head).
    virtual std::string startText() const { return {}; }
    // Writes startText() unless written; for finish() of a run with no batch.
    void ensureStarted();
    SavedFile &file() { return m_file; }
    // With writeDefectKeyFrom(): the key rows of the run's ids (those maxIdIn() was asked about), a batch of
    // `idsPerChunk` ids at a time, also a chunk with no row; nothing without a key.
    void forEachDefectKeyChunk(std::int64_t idsPerChunk,
                               const std::function<void(std::span<const DefectKeyRow>)> &each) const;

private:
    BatchEncoderFactory m_encoders;
    std::unique_ptr<BatchEncoder> m_ownEncoder; // for batches that arrive as records only
    EncodedBatch m_ownEncoded;
    SavedFile m_file;
    bool m_started = false;
    std::int64_t m_firstId = 1, m_lastId = 0; // the run's ids, from maxIdIn()
};

} // namespace cdr

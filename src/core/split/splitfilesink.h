#pragma once

#include "config/config.h"
#include "sink/recordsink.h"
#include "split/slicedbatchencoder.h"
#include "split/slicefileformat.h"
#include "split/splitperiod.h"

#include <cstdint>
#include <memory>
#include <string>

namespace cdr {

// --split day|hour: one file per slice of the records' start times (SplitFileNames: "out/cdr_20240624.csv.gz"),
// each the format's head, the rows of its slice in id order, the format's tail; gzip-compressed when the path
// ends in .gz. A manifest lists every file with its rows, first and last id, bytes and SHA-256.
//
// Rows are encoded on the generator threads (SlicedBatchEncoder) and gathered per slice for a round of
// roundRecords() ids; at each round's end every slice's rows of the round are appended to its ".part" file (one gzip
// member each, compressed on `threads` threads by ReproducibleGzipCompressor) and the journal (SplitJournal) is
// rewritten. A resumed run (if_exists resume) cuts every part back to its journalled size and continues after the
// journalled round, so its files are byte for byte those of an uninterrupted run; finish() appends the tails, hashes the files, renames the
// parts to their final names and writes the manifest. A cancelled or killed run leaves only ".part" files and the
// journal, never a final file of its own.
class SplitFileSink : public RecordSink {
public:
    SplitFileSink(std::string path, SplitPeriod period, SliceFileFormat format, const Config &config);
    ~SplitFileSink() override;

    // Ids gathered before the parts are written: a day's slices then get gzip members of about 700 rows.
    static std::int64_t roundRecords(SplitPeriod period);
    // The time records are sliced by (default: CdrRecord::startTime). Set before encoderFactory().
    void sliceBy(StartTimeOf startTimeOf);

    void open() override;
    void prepare(IfExists ifExists) override;
    std::int64_t maxIdIn(std::int64_t first, std::int64_t last) override;
    void writeBatch(std::span<const CdrRecord> records) override;
    BatchEncoderFactory encoderFactory() const override;
    void writeEncodedBatch(std::span<const CdrRecord> records, EncodedBatch &encoded) override;
    void finish() override;
    void close() override;
    std::string describe() const override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr

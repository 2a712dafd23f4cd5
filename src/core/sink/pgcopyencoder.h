#pragma once

#include "config/config.h"
#include "encode/batchencoder.h"
#include "encode/csvbatchencoder.h"
#include "sink/batchtext.h"
#include "sink/pgbinarycopy.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cdr {

class SqlDialect;

// A batch as the whole COPY ... FROM STDIN data stream PostgresSink sends for it, made on the generator threads
// (RecordSink::encoderFactory). Binary COPY (header, one tuple per record, trailer) in the wire types of the table's
// columns, from the CSV field texts so the rows hold exactly what the CSV output holds, an empty field as NULL;
// without a binary encoding (a column such as NUMERIC has no binary form here) text COPY: the CSV rows themselves,
// where an unquoted empty field is NULL. The same records and encoding give the same bytes on any thread, so a
// batch re-encoded for a retry is sent exactly as before.
class PgCopyEncoder : public BatchEncoder {
public:
    PgCopyEncoder(std::shared_ptr<const Config> config, std::optional<pgbinarycopy::Encoding> binary);
    void encode(std::span<const CdrRecord> records, EncodedBatch &out) override;

private:
    void encodeBinary(std::span<const CdrRecord> records, EncodedBatch &out);

    std::shared_ptr<const Config> m_config; // the formatters keep a reference to it
    std::optional<pgbinarycopy::Encoding> m_binary;
    std::unique_ptr<BatchText> m_fields;    // binary COPY: each row's field texts
    std::unique_ptr<CsvBatchEncoder> m_csv; // text COPY
};

// "COPY table (the 23 columns) FROM STDIN WITH (FORMAT binary|csv)", the statement for PgCopyEncoder's stream.
std::string pgCopyStatement(const SqlDialect &dialect, std::string_view table, bool binary);

} // namespace cdr

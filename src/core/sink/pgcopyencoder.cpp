#include "sink/pgcopyencoder.h"

#include "model/schema.h"
#include "sink/sqldialect.h"

#include <algorithm>

namespace cdr {

namespace {

// Rows split into fields at a time: bounds the field texts an encoder holds, whatever the batch size.
constexpr std::size_t kRowsPerSlice = 2000;

} // namespace

PgCopyEncoder::PgCopyEncoder(std::shared_ptr<const Config> config, std::optional<pgbinarycopy::Encoding> binary)
    : m_config(std::move(config)), m_binary(binary)
{
    if (m_binary)
        m_fields = std::make_unique<BatchText>(*m_config);
    else
        m_csv = std::make_unique<CsvBatchEncoder>(m_config);
}

void PgCopyEncoder::encode(std::span<const CdrRecord> records, EncodedBatch &out)
{
    if (m_binary)
        encodeBinary(records, out);
    else
        m_csv->encode(records, out);
}

void PgCopyEncoder::encodeBinary(std::span<const CdrRecord> records, EncodedBatch &out)
{
    // The buffer only grows (a grown buffer is not zero-filled again): room for what is written next is made first.
    const auto room = [&](std::size_t bytes) {
        if (out.bytes.size() < out.size + bytes)
            out.bytes.resize(out.size + bytes);
        return out.bytes.data() + out.size;
    };
    const auto wrote = [&](const char *end) { out.size = std::size_t(end - out.bytes.data()); };
    out.size = 0;
    wrote(pgbinarycopy::writeHeader(room(pgbinarycopy::kHeaderBytes)));
    pgbinarycopy::Row row;
    for (std::size_t at = 0; at < records.size(); at += kRowsPerSlice) {
        m_fields->formatFields(records.subspan(at, std::min(kRowsPerSlice, records.size() - at)));
        char *end = room(m_fields->rows() * pgbinarycopy::kRowBytesBesidesText + m_fields->textSize());
        for (std::size_t r = 0; r < m_fields->rows(); ++r) {
            for (std::size_t column = 0; column < kCdrColumnCount; ++column)
                row[column] = m_fields->field(r, column);
            end = pgbinarycopy::writeRow(end, row, *m_binary);
        }
        wrote(end);
    }
    wrote(pgbinarycopy::writeTrailer(room(pgbinarycopy::kTrailerBytes)));
}

std::string pgCopyStatement(const SqlDialect &dialect, std::string_view table, bool binary)
{
    std::string columns;
    for (const Column &column : kCdrColumns)
        columns += (columns.empty() ? "" : ", ") + dialect.quoteIdentifier(column.name);
    return "COPY " + dialect.quoteTable(table) + " (" + columns + ") FROM STDIN WITH (FORMAT " +
           (binary ? "binary" : "csv") + ")";
}

} // namespace cdr

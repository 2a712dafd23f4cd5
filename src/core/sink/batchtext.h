#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"
#include "model/schema.h"
#include "synth/recordformatter.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// A batch as RecordFormatter's CSV text, optionally split into the 23 field values per row, so every sink writes
// exactly the text the CSV output has (one formatting, identical content in every target).
class BatchText {
public:
    explicit BatchText(const Config &config) : m_formatter(config) {}

    // The batch as CSV rows (no header), e.g. for COPY.
    const std::string &formatCsv(std::span<const CdrRecord> records);
    // The batch split into fields (quoted fields unquoted); csv text is not usable afterwards.
    void formatFields(std::span<const CdrRecord> records);

    std::size_t rows() const { return m_fields.size() / kCdrColumnCount; }
    // Bytes of the batch's text: at least those of all its fields together.
    std::size_t textSize() const { return m_text.size(); }
    std::string_view field(std::size_t row, std::size_t column) const
    {
        return m_fields[row * kCdrColumnCount + column];
    }

private:
    RecordFormatter m_formatter;
    std::string m_text;
    std::vector<std::string_view> m_fields;
};

} // namespace cdr

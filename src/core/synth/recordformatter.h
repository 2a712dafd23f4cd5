#pragma once

#include "config/config.h"
#include "model/cdrrecord.h"
#include "synth/antennatextcache.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// Turns compact records into column text, fast (std::to_chars, no allocation per field).
class RecordFormatter {
public:
    explicit RecordFormatter(const Config &config);

    // Appends one RFC 4180 CSV row (23 fields in schema order) terminated by "\n". The receiving-side fields
    // (schema's nullable columns) are empty unless the record's receiver is a subscriber of the world.
    void appendCsvRow(std::string &out, const CdrRecord &record) const;
    // The same row written at `out`, which must have maxRowLength() bytes of room; returns the end of the row.
    // (Writers that own their buffer use this: no zero-filling, no size bookkeeping.)
    char *writeCsvRow(char *out, const CdrRecord &record) const;
    // The same, taking the antenna columns from (and filling) a writer's cache. The row needs maxRowLength() bytes
    // of room and up to AntennaTextCache::kMaxText more may be scribbled after its end.
    char *writeCsvRow(char *out, const CdrRecord &record, AntennaTextCache &cache) const;

    static void appendPhone(std::string &out, std::uint64_t e164Digits);  // "+32471234567"
    static void appendTimestamp(std::string &out, std::int64_t seconds);  // "YYYY-MM-DD HH:MM:SS"
    static void appendAntennaId(std::string &out, std::int32_t id);       // "ANT17"
    static void appendCoordinate(std::string &out, double degrees);       // shortest round-trip text, <= 6 decimals
    static void appendImei(std::string &out, std::uint64_t imei);         // 15 digits, leading zeros kept
    // A field quoted per RFC 4180 when it holds a comma, quote, CR or LF.
    static std::string csvField(std::string_view text);
    // Upper bound of one row's length for this config (buffer sizing).
    std::size_t maxRowLength() const { return m_maxRowLength; }

    std::string_view callType(const CdrRecord &r) const;
    std::string_view callStatus(const CdrRecord &r) const;
    std::string_view antennaType(std::uint8_t index) const;
    std::string_view operatorCode(std::uint16_t index) const;

private:
    char *writeAntenna(char *p, const AntennaRef &antenna) const;
    static char *writeNoAntenna(char *p); // the five antenna fields, empty

    char *writeHead(char *p, const CdrRecord &r) const;
    char *writeTail(char *p, const CdrRecord &r) const;
    const Config &m_config;
    // Names already CSV-escaped, each followed by ','.
    std::vector<std::string> m_typeCsv, m_statusCsv, m_antennaTypeCsv, m_operatorCsv;
    std::size_t m_maxRowLength = 0;
};

} // namespace cdr

#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// Rows of a CDR table read back as text, whatever wrote them: a CSV file with a header line (`csv:PATH`) or an SQLite
// table (`sqlite:PATH`, table name given). Fields are looked up by column name, so a table with extra columns or
// another column order reads the same; a missing column reads as absent (nullopt), not as an error.
class CdrRowSource {
public:
    struct Row {
        const std::vector<std::string> *fields = nullptr;
        const std::vector<int> *index = nullptr; // per requested column: position in fields, -1 = absent
        std::string_view operator[](std::size_t column) const
        {
            const int at = (*index)[column];
            return at < 0 ? std::string_view() : std::string_view((*fields)[static_cast<std::size_t>(at)]);
        }
        bool has(std::size_t column) const { return (*index)[column] >= 0; }
    };

    // The RFC 4180 fields of one CSV line (no line breaks inside fields: cdrgen never writes one).
    static void splitCsv(const std::string &line, std::vector<std::string> &fields);

    // Calls `visit` for every row with the requested columns; returns an error text, empty on success.
    static std::string read(const std::string &source, const std::string &table,
                            const std::vector<std::string> &columns, const std::function<void(const Row &)> &visit);
};

} // namespace cdr

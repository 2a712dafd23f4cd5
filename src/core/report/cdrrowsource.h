#pragma once

#include "config/connectionsettings.h"
#include "report/columnmapping.h"
#include "sink/targetspec.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cdr {

// Where a CDR table is read from, written like -o: csv:PATH (also .csv.gz), sqlite:PATH, postgresql://... (same
// URL and password rules as -o) or odbc (DB_* settings), the table for the databases, and another table's column
// names.
struct RowSourceSpec {
    TargetSpec target;
    std::string table = "cdr";
    ConnectionSettings connection; // odbc; DB_PASSWORD for postgresql:// without a password in the URL
    ColumnMapping columns;
    int connectTimeoutS = 10;                              // database.connect_timeout_s
    const std::atomic_bool *cancel = nullptr;              // set: the read stops with an error
    std::function<void(std::int64_t rowsRead)> progress;   // called every CdrRowSource::kProgressRows rows

    // "csv:PATH" and the others as -o reads them; nullopt with *error naming the problem.
    static std::optional<RowSourceSpec> parse(const std::string &source, std::string *error);
    // For messages and the report's title: never the password.
    std::string describe() const;
};

// Whether a run's rows can be read back from its target: not from standard output, a --split folder of files, a
// tsql: script or bcp: files (--report and the desktop app's Open report refuse those).
bool canReadBack(const TargetSpec &target);

// Rows of a CDR table read back as text, whatever wrote them. Fields are looked up by column name, so a table with
// extra columns or another column order reads the same; a missing column reads as absent, not as an error. Memory
// stays bounded: rows are streamed (CSV line by line, SQLite and ODBC forward-only, PostgreSQL COPY TO STDOUT).
class CdrRowSource {
public:
    static constexpr std::int64_t kProgressRows = 65536;

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
    using Visitor = std::function<void(const Row &)>;

    // The RFC 4180 fields of one CSV line (no line breaks inside fields: cdrgen never writes one).
    static void splitCsv(const std::string &line, std::vector<std::string> &fields);

    // Calls `visit` for every row with the requested columns (our names); returns an error text, empty on success.
    static std::string read(const RowSourceSpec &source, const std::vector<std::string> &columns,
                            const Visitor &visit);
};

} // namespace cdr

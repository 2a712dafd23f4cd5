#pragma once

#include "report/cdrrowsource.h"
#include "sink/sqldialect.h"

#include <string>
#include <vector>

namespace cdr {

// What every reader of CdrRowSource shares: the requested columns found in the source's header through the
// column mapping, the rows handed to the visitor, progress and cancel.
class RowFeed {
public:
    static constexpr const char *kCancelled = "cancelled";
    static constexpr std::int64_t kCancelCheckRows = 1024; // ODBC sources read a few thousand rows a second

    RowFeed(const RowSourceSpec &spec, const std::vector<std::string> &columns, const CdrRowSource::Visitor &visit);

    // Finds the requested columns in the source's header; false with *error when the mapping names a column the
    // source does not have.
    bool start(const std::vector<std::string> &header, std::string *error);
    // The query a database reader runs: the requested columns the table has, each once, in id order when it has
    // an id column. After this call the fields handed to feed() are those columns in that order. Empty when the
    // table has none of them.
    std::string selectNeeded(const SqlDialect &dialect, const std::string &table);

    // Hands one row to the visitor; false when the read is cancelled.
    bool feed(const std::vector<std::string> &fields);

private:
    const RowSourceSpec &m_spec;
    const std::vector<std::string> &m_columns;
    const CdrRowSource::Visitor &m_visit;
    std::vector<std::string> m_header;
    std::vector<int> m_index;
    std::int64_t m_rows = 0;
};

} // namespace cdr

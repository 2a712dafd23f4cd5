#pragma once

#include "defects/defectkeyrow.h"

#include <memory>
#include <span>
#include <string>

namespace cdr {

// The answer key of a CSV run: `<name>_defects.csv` beside the CDR file (gzip members when the CDR file is .gz),
// written as the batches are and committed with them (QSaveFile: complete or absent). Throws SinkError.
class DefectKeyCsvFile {
public:
    explicit DefectKeyCsvFile(const std::string &cdrCsvPath);
    ~DefectKeyCsvFile();

    static std::string pathFor(const std::string &cdrCsvPath);
    static const char *header(); // "id,kind,variant,column_name,original_value,injected_value,original_id"

    void append(std::span<const DefectKeyRow> rows);
    void commit();

private:
    void write(const std::string &text);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cdr

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// `<name>_manifest.csv` of a split output: one line per file, in slice order, with a header:
// file,rows,first_id,last_id,bytes,sha256 (file: the name without folder; sha256: lowercase hex of the file's bytes,
// as sha256sum prints it).
struct ManifestEntry {
    std::string file;
    std::int64_t rows = 0;
    std::int64_t firstId = 0;
    std::int64_t lastId = 0;
    std::uint64_t bytes = 0;
    std::string sha256;
};

const char *manifestHeader();
std::string manifestText(const std::vector<ManifestEntry> &entries);
// The largest last_id of an existing manifest (0 for none); nullopt with *problem when it cannot be read.
std::optional<std::int64_t> manifestLastId(const std::string &path, std::string *problem);

} // namespace cdr

#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace cdr {

// The file operations of a split run, each returning an empty string or the system's reason for failing.
std::string writeAt(const std::string &path, std::uint64_t offset, std::string_view first, std::string_view second,
                    bool create);
std::string truncateTo(const std::string &path, std::uint64_t size);
// Writes `text` to path + ".new" and renames it over path, so a kill leaves the old or the new file whole (the
// ".new" of a killed run is for the caller to remove). Throws SinkError(Fatal) naming the path.
void replaceFile(const std::string &path, std::string_view text);
std::string newFilePath(const std::string &path);
// Lowercase hex SHA-256 of a file's bytes; empty with *problem set when it cannot be read.
std::string fileSha256(const std::string &path, std::string *problem);

// Runs work(0..count-1) on up to `threads` threads (at least one); returns the first non-empty problem.
std::string forEachInParallel(std::size_t count, int threads, const std::function<std::string(std::size_t)> &work);

} // namespace cdr

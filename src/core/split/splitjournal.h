#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace cdr {

// One file of a split output as far as it is written: its bytes so far (head and rows, not yet the tail), its rows
// and their first and last id.
struct SliceFileState {
    std::string label;
    std::uint64_t bytes = 0;
    std::int64_t rows = 0;
    std::int64_t firstId = 0;
    std::int64_t lastId = 0;
};

// The resume journal of a split run: what every ".part" file held after the last complete round. Rewritten after
// each round (a temporary file renamed over it, so a kill leaves the old or the new one whole); a resumed run cuts
// each part back to its bytes here and continues after doneUpTo.
struct SplitJournal {
    std::string digest;          // configDigest(): a resume with another config is refused
    std::string period;          // "day" / "hour"
    std::int64_t firstId = 0;    // the run's ids (a shard's own)
    std::int64_t lastId = 0;
    std::int64_t doneUpTo = 0;   // every record of ids firstId..doneUpTo is in the parts, none after
    std::map<std::int64_t, SliceFileState> files; // by slice

    // Throws SinkError(Fatal) naming the path when it cannot be written.
    void save(const std::string &path) const;
    // nullopt with *problem set when the file is incomplete or not a journal.
    static std::optional<SplitJournal> load(const std::string &path, std::string *problem);
};

} // namespace cdr

#pragma once

#include "config/config.h"
#include "sink/recordsink.h"
#include "sink/targetspec.h"
#include "split/splitfilenames.h"

#include <memory>
#include <string>

namespace cdr {

// Why a target cannot be split (empty when it can, or when target.split is None): --split writes files.
std::string splitTargetProblem(const TargetSpec &target);

// The names of a split target's files: those of PATH for csv:PATH and tsql:FILE, of DIR/<table>.dat for bcp:DIR.
SplitFileNames splitFileNames(const TargetSpec &target, const std::string &table);

// The sink of a target with --split (makeSink() calls it): a SplitFileSink with the target's SliceFileFormat.
// Throws SinkError(Configuration) naming the problem.
std::unique_ptr<RecordSink> makeSplitSink(const TargetSpec &target, const std::string &table, const Config &config);

} // namespace cdr

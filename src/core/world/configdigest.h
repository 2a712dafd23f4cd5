#pragma once

#include "config/config.h"

#include <string>

namespace cdr {

// SHA-256 (hex) of everything in the config that changes the records: data types, ranges, geography, generation
// (seed, records, period, subscribers) and realism. Not: logging, database.*, batch size, threads — those change
// how records are written, never which. Two runs with equal digests write identical records for every id.
std::string configDigest(const Config &config);

} // namespace cdr

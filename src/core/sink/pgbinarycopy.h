#pragma once

#include "model/schema.h"

#include <array>
#include <string>
#include <string_view>

namespace cdr {

// PostgreSQL's binary COPY format for the 23 CDR columns, encoded from the CSV field texts (so the binary rows hold
// exactly what the CSV output holds). The server then parses no text: ids, integers, doubles and timestamps arrive
// in their stored form. An empty field is NULL, as an unquoted empty field is in CSV COPY.
namespace pgbinarycopy {

using Row = std::array<std::string_view, kCdrColumnCount>;

// The 19-byte header that starts a COPY ... FROM STDIN WITH (FORMAT binary) stream.
void appendHeader(std::string &out);
// One tuple. Throws SinkError(Fatal) naming the column when a field is not of its column's form.
void appendRow(std::string &out, const Row &fields);
// The end-of-data marker.
void appendTrailer(std::string &out);

} // namespace pgbinarycopy
} // namespace cdr

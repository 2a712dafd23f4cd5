#pragma once

#include "model/schema.h"
#include "tableshape/tableshapecheck.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cdr {

// PostgreSQL's binary COPY format for the 23 CDR columns, encoded from the CSV field texts (so the binary rows hold
// exactly what the CSV output holds). The server then parses no text: ids, integers, doubles and timestamps arrive
// in their stored form. An empty field is NULL, as an unquoted empty field is in CSV COPY.
namespace pgbinarycopy {

using Row = std::array<std::string_view, kCdrColumnCount>;

// How a column travels: PostgreSQL's binary form of the table column's type. A timestamp with time zone has the
// same form as one without (microseconds since 2000-01-01): the generated wall-clock time is stored as that time
// in UTC.
enum class Wire : std::uint8_t { Int2, Int4, Int8, Float4, Float8, Timestamp, Text };
using Encoding = std::array<Wire, kCdrColumnCount>;

// The encoding of cdrgen's own table (BIGINT, INT, DOUBLE PRECISION, TIMESTAMP(0), VARCHAR).
const Encoding &ownTableEncoding();
// The encoding for a checked table, or nullopt when a column's type has no binary form here (numeric, ...): that
// table is loaded with text COPY, which the server parses.
std::optional<Encoding> encodingFor(const ColumnPlan &plan);

// The stream written in place: each writer returns the end of what it wrote at `out`.
constexpr std::size_t kHeaderBytes = 19;
constexpr std::size_t kTrailerBytes = 2;
// Room a row needs besides the bytes of its fields' texts: the field count, and per field its length and at most
// 8 bytes of value.
constexpr std::size_t kRowBytesBesidesText = 2 + kCdrColumnCount * (4 + 8);

// The 19-byte header that starts a COPY ... FROM STDIN WITH (FORMAT binary) stream.
char *writeHeader(char *out);
// One tuple. Throws SinkError(Fatal) naming the column when a field is not of its column's form or does not fit
// its wire type.
char *writeRow(char *out, const Row &fields, const Encoding &encoding = ownTableEncoding());
// The end-of-data marker.
char *writeTrailer(char *out);

// The same, appended to a string.
void appendHeader(std::string &out);
void appendRow(std::string &out, const Row &fields, const Encoding &encoding = ownTableEncoding());
void appendTrailer(std::string &out);

} // namespace pgbinarycopy
} // namespace cdr

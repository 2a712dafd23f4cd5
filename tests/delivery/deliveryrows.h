#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// The rows of a run read back from each file form, as field text in schema order (nullopt = NULL / empty CSV
// cell), written independently of the code that writes the files, so that they can be compared with the CSV run's.
namespace deliverytest {

using Row = std::vector<std::optional<std::string>>;
// Called with each row in file order (the parsers below hold one row at a time).
using RowSink = std::function<void(const Row &)>;

// RFC 4180 CSV with a header line (skipped); an empty cell is nullopt.
void csvRows(const QByteArray &text, const RowSink &each);
// The VALUES tuples of a T-SQL script: NULL, numbers, '...' and N'...' (quotes undoubled); the timestamp column's
// 'YYYY-MM-DDTHH:MM:SS' is given back as the CSV writes it, with a space. Each INSERT's guard must name its first
// and last tuple's ids, each INSERT hold at most 1,000 rows; *problem says what is wrong otherwise.
void tsqlRows(const QByteArray &script, const RowSink &each, QString *problem);
// The rows of one world table (e.g. "cdr_antennas") in a script's guarded INSERTs, an empty text as nullopt (as the
// CSV sibling file reads).
void tsqlWorldRows(const QByteArray &script, const QByteArray &table, const RowSink &each, QString *problem);
// The rows of the defects answer key <table>_defects (here cdr_defects) in a script's guarded INSERTs. Each INSERT
// must be "IF NOT EXISTS (SELECT 1 FROM [cdr_defects] WHERE [id] BETWEEN first AND last) INSERT ...", first and
// last the ids of its own first and last row, at most 1,000 rows, its range after the previous INSERT's and apart
// from it (so a re-run skips an INSERT present and no other); *problem says what is wrong otherwise. *inserts, when
// given, counts the INSERTs.
void tsqlDefectKeyRows(const QByteArray &script, const RowSink &each, QString *problem, int *inserts = nullptr);
// bcp character data: fields ended by tab, rows by CR LF; an empty field is nullopt.
void bcpRows(const QByteArray &data, const RowSink &each, QString *problem);
// Collects the rows a parser above gives, or their XXH3 digests (one 64-bit value per row, for large runs).
std::vector<Row> collect(const std::function<void(const RowSink &)> &parse);
std::vector<std::uint64_t> digests(const std::function<void(const RowSink &)> &parse);
// The dirty-data preset (NULLs in every column) with two call statuses renamed to MANQUÉ and L'ÉCHEC, net: text
// that needs N'...', doubled quotes and CSV quoting. Written to path; false if the preset is not as expected.
bool writeAccentedConfig(const QString &path);
// The file as gzip -dc gives it (every member of a multi-member file, one after another); empty on failure.
QByteArray gunzip(const QString &path);
QByteArray readFile(const QString &path);

} // namespace deliverytest

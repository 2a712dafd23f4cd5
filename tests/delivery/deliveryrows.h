#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>
#include <vector>

// The rows of a run read back from each file form, as field text in schema order (nullopt = NULL / empty CSV
// cell), written independently of the code that writes the files, so that they can be compared with the CSV run's.
namespace deliverytest {

using Row = std::vector<std::optional<std::string>>;

// RFC 4180 CSV with a header line (skipped); an empty cell is nullopt.
std::vector<Row> csvRows(const QByteArray &text);
// The VALUES tuples of a T-SQL script: NULL, numbers, '...' and N'...' (quotes undoubled); the timestamp column's
// 'YYYY-MM-DDTHH:MM:SS' is given back as the CSV writes it, with a space. Each INSERT's guard must name its first
// and last tuple's ids, each INSERT hold at most 1,000 rows; *problem says what is wrong otherwise.
std::vector<Row> tsqlRows(const QByteArray &script, QString *problem);
// bcp character data: fields ended by tab, rows by CR LF; an empty field is nullopt.
std::vector<Row> bcpRows(const QByteArray &data, QString *problem);
// The dirty-data preset (NULLs in every column) with two call statuses renamed to MANQUÉ and L'ÉCHEC, net: text
// that needs N'...', doubled quotes and CSV quoting. Written to path; false if the preset is not as expected.
bool writeAccentedConfig(const QString &path);
// gunzip of a multi-member file (zlib reads on from member to member).
QByteArray gunzip(const QString &path);
QByteArray readFile(const QString &path);

} // namespace deliverytest

#pragma once

#include <span>
#include <string>
#include <string_view>

namespace cdr {

// One column of a bcp XML format file: the table column's name, its xsi:type in <ROW> ("SQLBIGINT", ...) and the
// bytes its field may take in the data file.
struct BcpFormatColumn {
    std::string_view name;
    std::string_view sqlType;
    int maxLength;
};

// bcp's XML format file for character data as BcpBatchEncoder writes it: one CharTerm field per column, ended by a
// tab, the last by CR LF, mapped to the columns in order.
std::string bcpFormatFileXml(std::span<const BcpFormatColumn> columns);

} // namespace cdr

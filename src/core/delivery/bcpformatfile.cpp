#include "delivery/bcpformatfile.h"

namespace cdr {

std::string bcpFormatFileXml(std::span<const BcpFormatColumn> columns)
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<BCPFORMAT xmlns=\"http://schemas.microsoft.com/sqlserver/2004/bulkload/format\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n <RECORD>\n";
    for (std::size_t c = 0; c < columns.size(); ++c)
        xml += "  <FIELD ID=\"" + std::to_string(c + 1) + "\" xsi:type=\"CharTerm\" TERMINATOR=\"" +
               (c + 1 == columns.size() ? "\\r\\n" : "\\t") + "\" MAX_LENGTH=\"" +
               std::to_string(columns[c].maxLength) + "\"/>\n";
    xml += " </RECORD>\n <ROW>\n";
    for (std::size_t c = 0; c < columns.size(); ++c)
        xml += "  <COLUMN SOURCE=\"" + std::to_string(c + 1) + "\" NAME=\"" + std::string(columns[c].name) +
               "\" xsi:type=\"" + std::string(columns[c].sqlType) + "\"/>\n";
    xml += " </ROW>\n</BCPFORMAT>\n";
    return xml;
}

} // namespace cdr

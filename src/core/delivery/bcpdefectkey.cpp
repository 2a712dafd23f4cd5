#include "delivery/bcpdefectkey.h"

#include "delivery/bcpbatchencoder.h"
#include "delivery/bcpformatfile.h"
#include "sink/defectkeyfields.h"
#include "sink/defectkeytable.h"

#include <array>

namespace cdr::bcpdefectkey {

namespace {

// Bytes a field may take: a BIGINT far less than 40 (as in the CDR format file), NVARCHAR(n) 4 UTF-8 bytes a character.
constexpr int kNumber = 40, kLabel = 40 * 4, kText = 100 * 4;

} // namespace

std::string formatFileXml()
{
    const auto &names = defectkeytable::kColumnNames;
    const std::array<BcpFormatColumn, 7> columns = {{{names[0], "SQLBIGINT", kNumber},
                                                     {names[1], "SQLNVARCHAR", kLabel},
                                                     {names[2], "SQLNVARCHAR", kLabel},
                                                     {names[3], "SQLNVARCHAR", kLabel},
                                                     {names[4], "SQLNVARCHAR", kText},
                                                     {names[5], "SQLNVARCHAR", kText},
                                                     {names[6], "SQLBIGINT", kNumber}}};
    return bcpFormatFileXml(columns);
}

void append(std::span<const DefectKeyRow> rows, std::string &data)
{
    for (const DefectKeyRow &row : rows) {
        const auto fields = defectKeyFields(row);
        for (std::size_t c = 0; c < fields.size(); ++c) {
            data += fields[c];
            data += c + 1 == fields.size() ? BcpBatchEncoder::kRowTerminator : BcpBatchEncoder::kFieldTerminator;
        }
    }
}

} // namespace cdr::bcpdefectkey

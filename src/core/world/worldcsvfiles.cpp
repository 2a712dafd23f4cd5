#include "world/worldcsvfiles.h"

#include "encode/gzipcompressor.h"
#include "sink/sinkerror.h"
#include "synth/recordformatter.h"

#include <QSaveFile>

namespace cdr {

std::string siblingCsvPath(const std::string &cdrCsvPath, std::string_view suffix)
{
    const std::size_t nameStart = cdrCsvPath.rfind('/') == std::string::npos ? 0 : cdrCsvPath.rfind('/') + 1;
    const bool gzip = cdrCsvPath.ends_with(".gz");
    const std::string_view stem = std::string_view(cdrCsvPath).substr(0, cdrCsvPath.size() - (gzip ? 3 : 0));
    std::size_t dot = stem.rfind('.'); // "out.csv.gz" keeps ".csv.gz" as its extension
    if (gzip && (dot == std::string::npos || dot <= nameStart))
        dot = stem.size();
    if (dot == std::string::npos || dot <= nameStart) // no extension, or a hidden file's leading dot
        dot = cdrCsvPath.size();
    return cdrCsvPath.substr(0, dot) + "_" + std::string(suffix) + cdrCsvPath.substr(dot);
}

std::string worldCsvPath(const std::string &cdrCsvPath, WorldTable table)
{
    return siblingCsvPath(cdrCsvPath, worldTableSuffix(table));
}

void writeWorldCsvFiles(const std::string &cdrCsvPath, const WorldRows &rows)
{
    for (WorldTable table : kWorldTables) {
        const std::string path = worldCsvPath(cdrCsvPath, table);
        std::string text;
        for (const WorldColumn &column : worldColumns(table))
            text += (text.empty() ? "" : ",") + std::string(column.name);
        text += '\n';
        WorldRows::Row row;
        for (std::size_t r = 0; r < rows.count(table); ++r) {
            rows.fill(table, r, row);
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (c)
                    text += ',';
                if (row[c])
                    text += RecordFormatter::csvField(*row[c]);
            }
            text += '\n';
        }
        EncodedBatch compressed;
        if (path.ends_with(".gz")) { // compressed like the CDR file
            GzipCompressor().compress(text, compressed);
            text.assign(compressed.bytes.data(), compressed.size);
        }
        QSaveFile file(QString::fromStdString(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
            !file.commit())
            throw SinkError(SinkError::Kind::Fatal, "cannot write " + path + ": " + file.errorString().toStdString());
    }
}

} // namespace cdr

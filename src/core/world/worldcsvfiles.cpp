#include "world/worldcsvfiles.h"

#include "sink/sinkerror.h"
#include "synth/recordformatter.h"

#include <QSaveFile>

namespace cdr {

std::string worldCsvPath(const std::string &cdrCsvPath, WorldTable table)
{
    const std::size_t nameStart = cdrCsvPath.rfind('/') == std::string::npos ? 0 : cdrCsvPath.rfind('/') + 1;
    std::size_t dot = cdrCsvPath.rfind('.');
    if (dot == std::string::npos || dot <= nameStart) // no extension, or a hidden file's leading dot
        dot = cdrCsvPath.size();
    return cdrCsvPath.substr(0, dot) + "_" + std::string(worldTableSuffix(table)) + cdrCsvPath.substr(dot);
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
        QSaveFile file(QString::fromStdString(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
            !file.commit())
            throw SinkError(SinkError::Kind::Fatal, "cannot write " + path + ": " + file.errorString().toStdString());
    }
}

} // namespace cdr

#include "split/splitmanifest.h"

#include <QFile>

#include <algorithm>
#include <sstream>

namespace cdr {

const char *manifestHeader()
{
    return "file,rows,first_id,last_id,bytes,sha256";
}

std::string manifestText(const std::vector<ManifestEntry> &entries)
{
    std::ostringstream text;
    text << manifestHeader() << '\n';
    for (const ManifestEntry &entry : entries)
        text << entry.file << ',' << entry.rows << ',' << entry.firstId << ',' << entry.lastId << ',' << entry.bytes
             << ',' << entry.sha256 << '\n';
    return text.str();
}

std::optional<std::int64_t> manifestLastId(const std::string &path, std::string *problem)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = "cannot read " + path + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    std::istringstream in(file.readAll().toStdString());
    std::string line;
    if (!std::getline(in, line) || line != manifestHeader()) {
        *problem = path + " is not a cdrgen split manifest";
        return std::nullopt;
    }
    std::int64_t lastId = 0;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string cell[4];
        for (std::string &value : cell)
            std::getline(fields, value, ',');
        try {
            lastId = std::max<std::int64_t>(lastId, std::stoll(cell[3]));
        } catch (const std::exception &) {
            *problem = path + " has a malformed line: " + line;
            return std::nullopt;
        }
    }
    return lastId;
}

} // namespace cdr

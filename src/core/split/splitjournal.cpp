#include "split/splitjournal.h"

#include "sink/sinkerror.h"
#include "split/partfileio.h"

#include <QFile>

#include <sstream>

namespace cdr {

namespace {
constexpr char kMagic[] = "cdrgen-split-journal 1";
}

void SplitJournal::save(const std::string &path) const
{
    std::ostringstream text;
    text << kMagic << '\n'
         << "digest " << digest << '\n'
         << "period " << period << '\n'
         << "ids " << firstId << ' ' << lastId << '\n'
         << "done " << doneUpTo << '\n';
    for (const auto &[slice, file] : files)
        text << "file " << slice << ' ' << file.label << ' ' << file.bytes << ' ' << file.rows << ' ' << file.firstId
             << ' ' << file.lastId << '\n';
    text << "end\n";
    replaceFile(path, text.str());
}

std::optional<SplitJournal> SplitJournal::load(const std::string &path, std::string *problem)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = "cannot read " + path + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    std::istringstream in(file.readAll().toStdString());
    SplitJournal journal;
    std::string line, word;
    bool ended = false;
    if (!std::getline(in, line) || line != kMagic) {
        *problem = path + " is not a cdrgen split journal";
        return std::nullopt;
    }
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        fields >> word;
        if (word == "digest") {
            fields >> journal.digest;
        } else if (word == "period") {
            fields >> journal.period;
        } else if (word == "ids") {
            fields >> journal.firstId >> journal.lastId;
        } else if (word == "done") {
            fields >> journal.doneUpTo;
        } else if (word == "file") {
            std::int64_t slice = 0;
            SliceFileState state;
            fields >> slice >> state.label >> state.bytes >> state.rows >> state.firstId >> state.lastId;
            journal.files[slice] = state;
        } else if (word == "end") {
            ended = true;
            break;
        } else {
            fields.setstate(std::ios::failbit);
        }
        if (fields.fail()) {
            *problem = path + " has a malformed line: " + line;
            return std::nullopt;
        }
    }
    if (!ended) {
        *problem = path + " is incomplete";
        return std::nullopt;
    }
    return journal;
}

} // namespace cdr

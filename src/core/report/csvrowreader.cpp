#include "report/csvrowreader.h"

#include <zlib.h>

#include <memory>

namespace cdr {

namespace {

struct GzCloser {
    void operator()(gzFile_s *file) const { gzclose(file); }
};

// One line without its '\n'; false at the end of the file.
bool readLine(gzFile file, std::string &line)
{
    line.clear();
    char buffer[8192];
    while (gzgets(file, buffer, sizeof buffer)) {
        line += buffer;
        if (!line.empty() && line.back() == '\n') {
            line.pop_back();
            return true;
        }
    }
    return !line.empty();
}

} // namespace

std::string readCsvRows(const std::string &path, RowFeed &feed)
{
    const std::unique_ptr<gzFile_s, GzCloser> file(gzopen(path.c_str(), "rb"));
    if (!file)
        return "cannot read " + path;
    gzbuffer(file.get(), 1 << 17);
    std::string line;
    if (!readLine(file.get(), line))
        return path + " is empty: no header line";
    std::vector<std::string> header;
    CdrRowSource::splitCsv(line, header);
    std::string error;
    if (!feed.start(header, &error))
        return path + ": " + error;
    std::vector<std::string> fields;
    std::size_t lineNumber = 1;
    while (readLine(file.get(), line)) {
        ++lineNumber;
        CdrRowSource::splitCsv(line, fields);
        if (fields.size() != header.size())
            return path + ":" + std::to_string(lineNumber) + ": " + std::to_string(fields.size())
                + " fields, the header has " + std::to_string(header.size());
        if (!feed.feed(fields))
            return RowFeed::kCancelled;
    }
    int status = Z_OK;
    const char *message = gzerror(file.get(), &status);
    if (status != Z_OK && status != Z_STREAM_END)
        return path + ": " + message;
    return {};
}

} // namespace cdr

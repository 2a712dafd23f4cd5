#include "odbcattributes.h"

namespace fuzz {

namespace {

// Reads a braced value starting at text[at] == '{'; returns the position after the closing brace, or npos.
std::size_t readBraced(const std::string &text, std::size_t at, BraceReading reading, std::string *value)
{
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (text[i] != '}') {
            *value += text[i];
            continue;
        }
        const bool last = i + 1 == text.size();
        if (reading == BraceReading::FreeTds13) {
            if (last || text[i + 1] == ';')
                return i + 1;
            *value += '}';
        } else if (!last && text[i + 1] == '}') {
            *value += '}';
            ++i;
        } else {
            return i + 1;
        }
    }
    return std::string::npos;
}

} // namespace

OdbcAttributes readOdbcAttributes(const std::string &text, BraceReading reading)
{
    OdbcAttributes result;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == ';') {
            ++at;
            continue;
        }
        const std::size_t equals = text.find('=', at);
        const std::size_t semicolon = text.find(';', at);
        if (equals == std::string::npos || equals > semicolon)
            return result;
        std::string key = text.substr(at, equals - at);
        std::string value;
        at = equals + 1;
        if (at < text.size() && text[at] == '{') {
            at = readBraced(text, at, reading, &value);
            if (at == std::string::npos || (at < text.size() && text[at] != ';'))
                return result;
        } else {
            const std::size_t end = text.find(';', at);
            value = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
            at = end == std::string::npos ? text.size() : end;
        }
        result.parts.emplace_back(std::move(key), std::move(value));
        ++at; // past ';'
    }
    result.complete = true;
    return result;
}

} // namespace fuzz

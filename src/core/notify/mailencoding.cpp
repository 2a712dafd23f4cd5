#include "notify/mailencoding.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

namespace cdr {

namespace {

bool isPrintableAscii(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c >= 0x20 && c < 0x7f; });
}

// Length of the UTF-8 sequence that starts with this byte (1 for stray continuation bytes, so we always advance).
std::size_t utf8SequenceLength(unsigned char lead)
{
    if (lead >= 0xf0)
        return 4;
    if (lead >= 0xe0)
        return 3;
    if (lead >= 0xc0)
        return 2;
    return 1;
}

} // namespace

std::string rfc5322Date(const QDateTime &when)
{
    static constexpr std::array<const char *, 7> days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = when.date();
    const QTime time = when.time();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    const int absOffset = std::abs(offsetMinutes);
    char text[64];
    std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[date.dayOfWeek() - 1],
                  date.day(), months[date.month() - 1], date.year(), time.hour(), time.minute(), time.second(),
                  offsetMinutes < 0 ? '-' : '+', absOffset / 60, absOffset % 60);
    return text;
}

std::string encodeHeaderText(const std::string &utf8)
{
    if (isPrintableAscii(utf8))
        return utf8;
    // 45 input bytes -> 60 base64 characters + 12 for "=?UTF-8?B?" and "?=" = 72 <= 75.
    constexpr std::size_t maxChunk = 45;
    std::string result;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        std::size_t end = pos;
        while (end < utf8.size()) {
            const std::size_t next = end + utf8SequenceLength(static_cast<unsigned char>(utf8[end]));
            if (next - pos > maxChunk)
                break;
            end = std::min(next, utf8.size());
        }
        const QByteArray chunk = QByteArray(utf8.data() + pos, static_cast<qsizetype>(end - pos)).toBase64();
        if (!result.empty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + chunk.toStdString() + "?=";
        pos = end;
    }
    return result;
}

bool isSevenBitSafe(const std::string &text)
{
    std::size_t lineLength = 0;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0 || c >= 0x80)
            return false;
        lineLength = (c == '\n') ? 0 : lineLength + 1;
        if (lineLength > 998)
            return false;
    }
    return true;
}

std::string encodeQuotedPrintable(const std::string &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    std::size_t lineStart = 0;
    while (lineStart <= text.size()) {
        std::size_t lineEnd = text.find('\n', lineStart);
        const bool lastLine = lineEnd == std::string::npos;
        if (lastLine)
            lineEnd = text.size();
        std::size_t contentEnd = lineEnd;
        if (contentEnd > lineStart && text[contentEnd - 1] == '\r')
            --contentEnd;
        std::size_t column = 0;
        for (std::size_t i = lineStart; i < contentEnd; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            const bool trailingBlank = (c == ' ' || c == '\t') && i + 1 == contentEnd;
            std::string piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !trailingBlank))
                piece = std::string(1, static_cast<char>(c));
            else
                piece = {'=', hex[c >> 4], hex[c & 0x0f]};
            // Keep room for the soft break "=" so no line exceeds 76 characters.
            if (column + piece.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += piece.size();
        }
        if (lastLine)
            break;
        out += "\r\n";
        lineStart = lineEnd + 1;
    }
    return out;
}

std::string withCrlf(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (text[i] == '\n') {
            out += "\r\n";
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace cdr

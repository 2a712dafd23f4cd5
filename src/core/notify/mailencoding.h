#pragma once

#include <QDateTime>

#include <string>

namespace cdr {

// "Tue, 05 Mar 2024 14:30:00 +0100": RFC 5322 section 3.3, English names whatever the locale.
std::string rfc5322Date(const QDateTime &when);

// Header text as is when it is printable ASCII, otherwise RFC 2047 encoded-words (UTF-8, base64) of at most 75
// characters each, folded onto continuation lines, never splitting a UTF-8 sequence.
std::string encodeHeaderText(const std::string &utf8);

// True when the text can travel as 7bit: ASCII only, no NUL, no line over 998 octets.
bool isSevenBitSafe(const std::string &text);

// RFC 2045 quoted-printable of UTF-8 text whose lines end in "\n" or "\r\n"; output lines end in "\r\n" and are at
// most 76 characters (soft breaks "=").
std::string encodeQuotedPrintable(const std::string &text);

// Every line ending made "\r\n" (SMTP's), a lone "\r" included.
std::string withCrlf(const std::string &text);

} // namespace cdr

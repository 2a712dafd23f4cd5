#include "logging/secretmask.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace cdr {

namespace {

const std::string kMask = "***";

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::size_t characterCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (unsigned char byte : utf8)
        count += (byte & 0xC0) != 0x80; // continuation bytes do not start a character
    return count;
}

// Marks in `next` (offsets from `from`) every end of one spelling of `byte` that starts at offset `at`.
void spellingsOf(char byte, std::string_view text, std::size_t from, std::size_t at, std::vector<bool> &next)
{
    const std::size_t p = from + at;
    const auto has = [&](std::size_t offset, char c) { return p + offset < text.size() && text[p + offset] == c; };
    if (has(0, byte))
        next[at + 1] = true;
    if (has(0, '%') && p + 2 < text.size()) {
        const int high = hexDigit(text[p + 1]), low = hexDigit(text[p + 2]);
        if (high >= 0 && low >= 0 && char(high * 16 + low) == byte)
            next[at + 3] = true;
    }
    if (byte == ' ' && has(0, '+')) // form encoding
        next[at + 1] = true;
    if (byte == '}' && has(0, '}') && has(1, '}')) // ODBC: "}}" inside {braces}
        next[at + 2] = true;
    if ((byte == '\\' || byte == '\'') && has(0, '\\') && has(1, byte)) // libpq conninfo quoting
        next[at + 2] = true;
}

// The ends (longest first) of every spelling of secret that starts at `from`; each byte takes 1 to 3 characters.
std::vector<std::size_t> spellingEnds(std::string_view text, std::size_t from, std::string_view secret)
{
    const std::size_t window = 3 * secret.size() + 1;
    std::vector<bool> reached(window, false), next(window, false);
    reached[0] = true;
    for (std::size_t index = 0; index < secret.size(); ++index) {
        std::fill(next.begin(), next.end(), false);
        bool any = false;
        for (std::size_t at = 0; at <= 3 * index; ++at) {
            if (reached[at]) {
                spellingsOf(secret[index], text, from, at, next);
                any = true;
            }
        }
        if (!any)
            return {};
        reached.swap(next);
    }
    std::vector<std::size_t> ends;
    for (std::size_t at = window; at-- > 0;)
        if (reached[at])
            ends.push_back(from + at);
    return ends;
}

// Whether a spelling of secret could start at `at` at all (the cheap test before spellingEnds).
bool mayStartAt(std::string_view text, std::size_t at, char first)
{
    const char c = text[at];
    return c == first || c == '%' || c == '+' || c == '}' || c == '\\';
}

bool separates(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || std::strchr("'\"`()[]{}<>,;:=@&|/", c) != nullptr;
}

bool tokenStartsAt(std::string_view text, std::size_t at)
{
    return at == 0 || separates(text[at - 1]);
}

bool tokenEndsAt(std::string_view text, std::size_t at)
{
    if (at == text.size() || separates(text[at]))
        return true;
    // Sentence punctuation right after the secret: "the password was x."
    const bool punctuation = text[at] == '.' || text[at] == '!' || text[at] == '?';
    return punctuation && (at + 1 == text.size() || separates(text[at + 1]));
}

} // namespace

std::string maskSecret(std::string text, const std::string &secret)
{
    if (secret.empty())
        return text;
    const bool anywhere = characterCount(secret) >= kSecretMaskedAnywhereLength;
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t matchedEnd = 0;
        if ((anywhere || tokenStartsAt(text, at)) && mayStartAt(text, at, secret.front())) {
            for (std::size_t end : spellingEnds(text, at, secret)) {
                if (anywhere || tokenEndsAt(text, end)) {
                    matchedEnd = end;
                    break;
                }
            }
        }
        if (matchedEnd > at) {
            out += kMask;
            at = matchedEnd;
        } else {
            out += text[at++];
        }
    }
    return out;
}

} // namespace cdr

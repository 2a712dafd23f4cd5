#include "logging/credentialmask.h"

#include <cctype>
#include <string_view>

namespace cdr {

namespace {

const std::string kMask = "***";

bool isKeyCharacter(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

bool isPasswordKey(std::string_view key)
{
    std::string lower;
    for (char c : key)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    return lower == "pwd" || lower == "passwd" || lower.ends_with("password");
}

// Where a value starting at `at` ends: a {braced} ODBC value (with "}}" inside), a quoted one (backslash escapes),
// or a bare one up to ';', '&' or white space (what follows is often a hint that must stay readable).
std::size_t valueEnd(std::string_view text, std::size_t at)
{
    if (at >= text.size())
        return at;
    const char open = text[at];
    if (open == '{') {
        for (std::size_t i = at + 1; i < text.size(); ++i) {
            if (text[i] != '}')
                continue;
            if (i + 1 < text.size() && text[i + 1] == '}') {
                ++i;
                continue;
            }
            return i + 1;
        }
        return text.size();
    }
    if (open == '\'' || open == '"') {
        for (std::size_t i = at + 1; i < text.size(); ++i) {
            if (text[i] == '\\')
                ++i;
            else if (text[i] == open)
                return i + 1;
        }
        return text.size();
    }
    const auto endsBareValue = [](char c) { return c == ';' || c == '&' || std::isspace(static_cast<unsigned char>(c)); };
    std::size_t end = at;
    while (end < text.size() && !endsBareValue(text[end]))
        ++end;
    return end;
}

std::string maskKeyValues(const std::string &text)
{
    std::string out;
    std::size_t copied = 0;
    for (std::size_t equals = text.find('='); equals != std::string::npos; equals = text.find('=', equals + 1)) {
        std::size_t keyEnd = equals;
        while (keyEnd > copied && text[keyEnd - 1] == ' ')
            --keyEnd;
        std::size_t keyStart = keyEnd;
        while (keyStart > copied && isKeyCharacter(text[keyStart - 1]))
            --keyStart;
        if (keyStart == keyEnd || !isPasswordKey(std::string_view(text).substr(keyStart, keyEnd - keyStart)))
            continue;
        std::size_t valueStart = equals + 1;
        while (valueStart < text.size() && text[valueStart] == ' ')
            ++valueStart;
        const std::size_t end = valueEnd(text, valueStart);
        if (end == valueStart)
            continue;
        out.append(text, copied, valueStart - copied);
        out += kMask;
        copied = end;
        equals = end - 1;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

// Where the userinfo of a URL-like text starts: after the first "://" (also inside "--output=postgresql://..."),
// else after a mistyped "scheme:/" at the start, else at the start.
std::size_t userInfoStart(std::string_view url)
{
    if (const std::size_t separator = url.find("://"); separator != std::string_view::npos) {
        std::size_t at = separator + 3;
        while (at < url.size() && url[at] == '/')
            ++at;
        return at;
    }
    std::size_t at = 0;
    if (at < url.size() && std::isalpha(static_cast<unsigned char>(url[at]))) {
        std::size_t end = at;
        while (end < url.size() && (std::isalnum(static_cast<unsigned char>(url[end])) || url[end] == '+' ||
                                    url[end] == '.' || url[end] == '-'))
            ++end;
        if (end < url.size() && url[end] == ':' && end + 1 < url.size() && url[end + 1] == '/') {
            at = end + 1;
            while (at < url.size() && url[at] == '/')
                ++at;
        }
    }
    return at;
}

// The span of the password in a URL-like text (offsets), or {npos, npos}.
std::pair<std::size_t, std::size_t> passwordSpan(std::string_view url, bool requirePlainUser)
{
    const std::size_t none = std::string_view::npos;
    const std::size_t at = url.rfind('@');
    if (at == none)
        return {none, none};
    const std::size_t start = userInfoStart(url);
    const std::size_t colon = url.find(':', start);
    if (colon == none || colon >= at)
        return {none, none};
    if (requirePlainUser && url.substr(start, colon - start).find_first_of("=;{}") != none)
        return {none, none};
    return {colon + 1, at};
}

std::string maskUrlTokens(const std::string &text)
{
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[at]))) {
            out += text[at++];
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])))
            ++end;
        std::size_t start = at;
        while (start < end && std::string_view("'\"`<([").find(text[start]) != std::string_view::npos)
            ++start;
        out.append(text, at, start - at);
        const std::string_view token = std::string_view(text).substr(start, end - start);
        const auto [from, to] = passwordSpan(token, true);
        if (from == std::string_view::npos) {
            out.append(token);
        } else {
            out.append(token.substr(0, from));
            out += kMask;
            out.append(token.substr(to));
        }
        at = end;
    }
    return out;
}

} // namespace

std::string maskCredentialContexts(std::string text)
{
    return maskUrlTokens(maskKeyValues(text));
}

std::string maskUrlPassword(std::string urlLike)
{
    const auto [from, to] = passwordSpan(urlLike, false);
    if (from == std::string_view::npos)
        return urlLike;
    return urlLike.replace(from, to - from, kMask);
}

} // namespace cdr

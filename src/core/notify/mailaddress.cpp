#include "notify/mailaddress.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace cdr {

namespace {

bool isAtext(char c)
{
    static constexpr std::string_view specials = "!#$%&'*+-/=?^_`{|}~";
    return std::isalnum(static_cast<unsigned char>(c)) || specials.find(c) != std::string_view::npos;
}

bool isValidLocalPart(std::string_view local)
{
    if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.'
        || local.find("..") != std::string_view::npos)
        return false;
    return std::all_of(local.begin(), local.end(), [](char c) { return c == '.' || isAtext(c); });
}

bool isValidLabel(std::string_view label)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    return std::all_of(label.begin(), label.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
}

bool isValidDomain(std::string_view domain)
{
    if (domain.empty() || domain.size() > 253)
        return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = domain.find('.', start);
        if (!isValidLabel(domain.substr(start, dot == std::string_view::npos ? dot : dot - start)))
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

} // namespace

bool isValidMailAddress(const std::string &address)
{
    const std::size_t at = address.rfind('@');
    if (at == std::string::npos || address.size() > 254)
        return false;
    const std::string_view view(address);
    return isValidLocalPart(view.substr(0, at)) && isValidDomain(view.substr(at + 1));
}

std::string mailDomain(const std::string &address)
{
    const std::size_t at = address.rfind('@');
    return at == std::string::npos ? std::string() : address.substr(at + 1);
}

bool isLoopbackHost(const std::string &host)
{
    std::string lower = host;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "localhost" || lower == "localhost." || lower == "::1" || lower == "[::1]")
        return true;
    // 127.x.y.z only as a literal: "127.example.com" is a remote name.
    const bool literal = std::all_of(lower.begin(), lower.end(), [](char c) { return c == '.' || std::isdigit(c); });
    return literal && lower.rfind("127.", 0) == 0 && std::count(lower.begin(), lower.end(), '.') == 3;
}

} // namespace cdr

// -o target parser: any text is either a target or an error naming the problem. A PostgreSQL URL that parses
// percent-decodes only well-formed %XX escapes, and the parsed target written back as a URL (every byte
// percent-encoded) parses to the same target.
#include "fuzzcheck.h"

#include "sink/targetspec.h"

#include <cctype>

namespace {

std::string percentEncoded(const std::string &text)
{
    static const char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += kHex[byte >> 4];
        out += kHex[byte & 15];
    }
    return out;
}

std::string asUrl(const cdr::TargetSpec &spec)
{
    std::string url = "postgresql://" + percentEncoded(spec.user);
    if (!spec.password.empty())
        url += ":" + percentEncoded(spec.password);
    url += "@" + percentEncoded(spec.host);
    if (!spec.port.empty())
        url += ":" + spec.port;
    url += "/" + percentEncoded(spec.database);
    for (std::size_t i = 0; i < spec.parameters.size(); ++i)
        url += (i == 0 ? "?" : "&") + percentEncoded(spec.parameters[i].first) + "=" +
               percentEncoded(spec.parameters[i].second);
    return url;
}

// Outside a bracketed [IPv6] host, which libpq too takes as written (a zone id like %eth0 is not an escape).
bool escapesAreWellFormed(std::string text)
{
    const std::size_t authority = text.find("://") + 3;
    const std::size_t at = text.substr(0, text.find('/', authority)).rfind('@');
    if (at != std::string::npos && at + 1 < text.size() && text[at + 1] == '[')
        text.erase(at + 1, text.find(']', at) - at);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '%' && (i + 2 >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i + 1])) ||
                               !std::isxdigit(static_cast<unsigned char>(text[i + 2]))))
            return false;
    return true;
}

bool sameTarget(const cdr::TargetSpec &a, const cdr::TargetSpec &b)
{
    return a.kind == b.kind && a.path == b.path && a.host == b.host && a.port == b.port && a.user == b.user &&
           a.password == b.password && a.database == b.database && a.parameters == b.parameters;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::string error;
    const std::optional<cdr::TargetSpec> spec = cdr::TargetSpec::parse(text, &error);
    if (!spec) {
        FUZZ_CHECK(!error.empty(), "refused without a message: " + text);
        return 0;
    }
    FUZZ_CHECK(error.empty(), error);
    switch (spec->kind) {
    case cdr::TargetSpec::Kind::Odbc:
        FUZZ_CHECK(text == "odbc", text);
        break;
    case cdr::TargetSpec::Kind::Sqlite:
    case cdr::TargetSpec::Kind::Csv:
        FUZZ_CHECK(!spec->path.empty(), text);
        FUZZ_CHECK(text == (spec->kind == cdr::TargetSpec::Kind::Csv ? "csv:" : "sqlite:") + spec->path, text);
        break;
    case cdr::TargetSpec::Kind::Postgres: {
        FUZZ_CHECK(!spec->user.empty() && !spec->host.empty() && !spec->database.empty(), text);
        FUZZ_CHECK(spec->port.empty() || (std::stoi(spec->port) >= 1 && std::stoi(spec->port) <= 65535), spec->port);
        FUZZ_CHECK(escapesAreWellFormed(text), "a malformed %-escape was accepted: " + text);
        const std::string url = asUrl(*spec);
        std::string again;
        const std::optional<cdr::TargetSpec> reparsed = cdr::TargetSpec::parse(url, &again);
        FUZZ_CHECK(reparsed && sameTarget(*reparsed, *spec), text + "\n  written back: " + url + "\n  " + again);
        break;
    }
    }
    return 0;
}

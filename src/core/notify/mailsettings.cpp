#include "notify/mailnotifier.h"

#include "logging/logsetup.h"
#include "notify/mailaddress.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace cdr {

namespace {

std::string trimmed(const std::string &text)
{
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    const auto begin = std::find_if(text.begin(), text.end(), notSpace);
    const auto end = std::find_if(text.rbegin(), text.rend(), notSpace).base();
    return begin < end ? std::string(begin, end) : std::string();
}

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool hasControlCharacter(const std::string &text)
{
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

bool parsePort(const std::string &text, int *port)
{
    if (text.empty() || text.size() > 5 || !std::all_of(text.begin(), text.end(), ::isdigit))
        return false;
    *port = std::stoi(text);
    return *port >= 1 && *port <= 65535;
}

// Splits RECIPIENT_EMAIL on commas, dropping empty entries and repeats (case-insensitive).
bool parseRecipients(const std::string &text, std::vector<std::string> *recipients, std::string *error)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos)
            comma = text.size();
        const std::string address = trimmed(text.substr(start, comma - start));
        start = comma + 1;
        if (address.empty())
            continue;
        if (!isValidMailAddress(address)) {
            *error = "RECIPIENT_EMAIL: \"" + address + "\" is not an e-mail address (separate several with commas)";
            return false;
        }
        const bool seen = std::any_of(recipients->begin(), recipients->end(),
                                      [&](const std::string &r) { return lowered(r) == lowered(address); });
        if (!seen)
            recipients->push_back(address);
    }
    if (recipients->empty()) {
        *error = "RECIPIENT_EMAIL holds no address";
        return false;
    }
    return true;
}

} // namespace

const std::vector<std::string> &MailSettings::variableNames()
{
    static const std::vector<std::string> names = {"GMAIL_USERNAME", "GMAIL_APP_PASSWORD", "RECIPIENT_EMAIL",
                                                   "SMTP_HOST",      "SMTP_PORT",          "SMTP_SECURITY",
                                                   "SMTP_FROM",      "SMTP_CA_FILE"};
    return names;
}

std::optional<MailSettings> MailSettings::fromLookup(const Lookup &lookup, std::string *error)
{
    std::string ignored;
    std::string &message = error ? *error : ignored;
    message.clear();
    const auto text = [&](const std::string &name) { return trimmed(lookup(name).value_or(std::string())); };

    const auto &names = variableNames();
    if (std::none_of(names.begin(), names.end(), [&](const std::string &n) { return lookup(n).has_value(); }))
        return std::nullopt;
    const auto fail = [&](std::string why) {
        message = std::move(why);
        return std::nullopt;
    };

    MailSettings settings;
    settings.username = text("GMAIL_USERNAME");
    // The password is used exactly as given: trimming a secret could turn a right one into a wrong one.
    settings.password = lookup("GMAIL_APP_PASSWORD").value_or(std::string());
    registerSecret(settings.password); // from now on every log line has it replaced by "***"
    if (!settings.password.empty() && settings.username.empty())
        return fail("GMAIL_APP_PASSWORD is set but GMAIL_USERNAME is not");
    if (!settings.username.empty() && settings.password.empty())
        return fail("GMAIL_USERNAME is set but GMAIL_APP_PASSWORD is not");
    if (hasControlCharacter(settings.username) || hasControlCharacter(settings.password))
        return fail("GMAIL_USERNAME or GMAIL_APP_PASSWORD contains a control character");

    const std::string recipients = text("RECIPIENT_EMAIL");
    if (recipients.empty())
        return fail("RECIPIENT_EMAIL is not set (the address(es) to notify, comma-separated)");
    if (!parseRecipients(recipients, &settings.recipients, &message))
        return std::nullopt;

    if (const std::string host = text("SMTP_HOST"); !host.empty())
        settings.host = host;
    if (hasControlCharacter(settings.host) || settings.host.find_first_of(" /?#@") != std::string::npos)
        return fail("SMTP_HOST: \"" + settings.host + "\" is not a host name");

    if (const std::string security = lowered(text("SMTP_SECURITY")); !security.empty())
        settings.security = security;
    if (settings.security != "starttls" && settings.security != "ssl" && settings.security != "none")
        return fail("SMTP_SECURITY: \"" + settings.security + "\" is not one of starttls, ssl, none");

    settings.port = settings.security == "ssl" ? 465 : 587;
    if (const std::string port = text("SMTP_PORT"); !port.empty() && !parsePort(port, &settings.port))
        return fail("SMTP_PORT: \"" + port + "\" is not a port number (1-65535)");

    settings.from = text("SMTP_FROM");
    if (settings.from.empty()) {
        settings.from = settings.username;
        if (settings.from.empty())
            return fail("SMTP_FROM is not set and there is no GMAIL_USERNAME to send from");
        if (!isValidMailAddress(settings.from))
            return fail("GMAIL_USERNAME \"" + settings.from + "\" is not an e-mail address: set SMTP_FROM");
    } else if (!isValidMailAddress(settings.from)) {
        return fail("SMTP_FROM: \"" + settings.from + "\" is not an e-mail address");
    }

    settings.caFile = text("SMTP_CA_FILE");
    if (!settings.caFile.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(settings.caFile, ec) || !std::ifstream(settings.caFile).good())
            return fail("SMTP_CA_FILE: \"" + settings.caFile + "\" is not a readable file");
    }

    if (std::string why = settings.validate(); !why.empty())
        return fail(std::move(why));
    return settings;
}

std::string MailSettings::validate() const
{
    if (security != "starttls" && security != "ssl" && security != "none")
        return "SMTP_SECURITY: \"" + security + "\" is not one of starttls, ssl, none";
    if (security == "none" && !password.empty() && !isLoopbackHost(host))
        return "SMTP_SECURITY=none would send the password in clear text to " + host
            + ": use starttls or ssl (clear text is only allowed to localhost)";
    if (recipients.empty())
        return "RECIPIENT_EMAIL holds no address";
    for (const std::string &recipient : recipients)
        if (!isValidMailAddress(recipient))
            return "RECIPIENT_EMAIL: \"" + recipient + "\" is not an e-mail address";
    if (!isValidMailAddress(from))
        return "SMTP_FROM: \"" + from + "\" is not an e-mail address";
    if (host.empty() || hasControlCharacter(host))
        return "SMTP_HOST is not a host name";
    if (port < 1 || port > 65535)
        return "SMTP_PORT: " + std::to_string(port) + " is not a port number (1-65535)";
    if (timeoutSeconds < 1)
        return "the e-mail timeout must be at least one second";
    return {};
}

} // namespace cdr

#pragma once

#include "config/environment.h"
#include "run/runrequest.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cdr {

// SMTP settings from the seed's GMAIL_USERNAME / GMAIL_APP_PASSWORD / RECIPIENT_EMAIL plus SMTP_HOST, SMTP_PORT,
// SMTP_SECURITY (starttls | ssl | none), SMTP_FROM, SMTP_CA_FILE.
struct MailSettings {
    std::string host = "smtp.gmail.com";
    int port = 587;
    std::string security = "starttls";
    std::string username;
    std::string password;
    std::string from;
    std::vector<std::string> recipients;
    std::string caFile;
    int timeoutSeconds = 15;

    // nullopt when no mail variables are set (then no attempt is made).
    static std::optional<MailSettings> fromEnvironment(const Environment &env, std::string *error);

    // Same rules over any lookup (non-empty values only), for the GUI's fields and for tests. nullopt with an empty
    // *error: no mail variables at all; nullopt with *error set: misconfigured (the message names the variable).
    // The password is registered with the log redaction (registerSecret) as soon as it is read.
    using Lookup = std::function<std::optional<std::string>(const std::string &name)>;
    static std::optional<MailSettings> fromLookup(const Lookup &lookup, std::string *error);

    // The names fromEnvironment reads; any one of them set means "the user wants e-mail".
    static const std::vector<std::string> &variableNames();

    // Empty when the settings can be used; otherwise why not (e.g. a password over `none` to a remote host).
    std::string validate() const;
};

struct MailResult {
    bool sent = false;
    std::string error; // never contains the password
    std::string messageId; // the Message-ID header's value without <>, set once the message was built
};

// Sends the run summary (libcurl SMTP, certificates always verified). Never throws.
MailResult sendRunSummary(const MailSettings &settings, const RunSummary &summary);
MailResult sendTestMail(const MailSettings &settings);

} // namespace cdr

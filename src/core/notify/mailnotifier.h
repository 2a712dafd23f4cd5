#pragma once

#include "config/environment.h"
#include "run/runrequest.h"

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
};

struct MailResult {
    bool sent = false;
    std::string error; // never contains the password
};

// Sends the run summary (libcurl SMTP, certificates always verified). Never throws.
MailResult sendRunSummary(const MailSettings &settings, const RunSummary &summary);
MailResult sendTestMail(const MailSettings &settings);

} // namespace cdr

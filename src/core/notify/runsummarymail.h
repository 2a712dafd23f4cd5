#pragma once

#include "notify/mailmessage.h"
#include "notify/mailnotifier.h"

#include <string>

namespace cdr {

// "CDR generation complete" / "CDR generation failed" / "CDR generation cancelled".
std::string runSummarySubject(RunSummary::Outcome outcome);

// Subject and body for a finished run, addressed from the settings (from, recipients).
MailMessage runSummaryMessage(const MailSettings &settings, const RunSummary &summary);

// The GUI's "Send test e-mail": says where it was sent from and through which server.
MailMessage testMailMessage(const MailSettings &settings);

// Defence in depth for text that may come from a connection string or URL (target, error): every registered secret
// and every credential context (PWD=..., Password=..., {braced} values, the password of user:password@) become
// "***" (RedactingSink::redact).
std::string redactSecrets(const std::string &text);

} // namespace cdr

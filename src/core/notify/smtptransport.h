#pragma once

#include "notify/mailmessage.h"
#include "notify/mailnotifier.h"

namespace cdr {

// Puts one message on the wire with libcurl: smtp:// + STARTTLS required (starttls), smtps:// (ssl) or plain
// smtp:// (none; refused with a password unless the host is loopback). Peer and host name are always verified;
// settings.caFile is trusted IN ADDITION to the system bundle. The whole exchange, connect included, is bounded by
// settings.timeoutSeconds. Logs one info line on success or one warning on failure; never throws; the error never
// contains the password.
MailResult deliverMail(const MailSettings &settings, const MailMessage &message);

} // namespace cdr

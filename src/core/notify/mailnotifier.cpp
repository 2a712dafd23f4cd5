#include "notify/mailnotifier.h"

#include "notify/runsummarymail.h"
#include "notify/smtptransport.h"

namespace cdr {

MailResult sendRunSummary(const MailSettings &settings, const RunSummary &summary)
{
    try {
        return deliverMail(settings, runSummaryMessage(settings, summary));
    } catch (...) {
        // deliverMail never throws; building the message could only fail on allocation.
        return MailResult{false, "e-mail not sent: the message could not be built", {}};
    }
}

MailResult sendTestMail(const MailSettings &settings)
{
    try {
        return deliverMail(settings, testMailMessage(settings));
    } catch (...) {
        return MailResult{false, "e-mail not sent: the message could not be built", {}};
    }
}

} // namespace cdr

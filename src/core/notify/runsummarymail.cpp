#include "notify/runsummarymail.h"

#include "logging/redactingsink.h"

#include <QSysInfo>

#include <cmath>
#include <cstdio>

namespace cdr {

namespace {

std::string line(const std::string &label, const std::string &value)
{
    std::string padded = label + ":";
    padded.resize(std::max<std::size_t>(padded.size() + 1, 20), ' ');
    return padded + value + "\n";
}

std::string orDash(const std::string &text)
{
    return text.empty() ? "-" : text;
}

std::string formatElapsed(double seconds)
{
    const auto whole = static_cast<long long>(std::llround(std::max(0.0, seconds)));
    char text[80];
    std::snprintf(text, sizeof text, "%.1f s (%lld:%02lld:%02lld)", std::max(0.0, seconds), whole / 3600,
                  whole / 60 % 60, whole % 60);
    return text;
}

std::string formatRate(double rowsPerSecond)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.1f rows/s", std::isfinite(rowsPerSecond) ? rowsPerSecond : 0.0);
    return text;
}

std::string outcomeSentence(const RunSummary &summary)
{
    switch (summary.outcome) {
    case RunSummary::Outcome::Completed:
        return "The CDR generation run completed.";
    case RunSummary::Outcome::Cancelled:
        return "The CDR generation run was cancelled before it finished; rows already written stay in the target "
               "and a new run with the same settings resumes after them.";
    case RunSummary::Outcome::Failed:
        break;
    }
    return "The CDR generation run FAILED.";
}

std::string hostName()
{
    const std::string host = QSysInfo::machineHostName().toStdString();
    return host.empty() ? "unknown host" : host;
}

} // namespace

std::string runSummarySubject(RunSummary::Outcome outcome)
{
    switch (outcome) {
    case RunSummary::Outcome::Completed:
        return "CDR generation complete";
    case RunSummary::Outcome::Cancelled:
        return "CDR generation cancelled";
    case RunSummary::Outcome::Failed:
        break;
    }
    return "CDR generation failed";
}

MailMessage runSummaryMessage(const MailSettings &settings, const RunSummary &summary)
{
    const bool wroteRows = summary.inserted > 0;
    std::string body = outcomeSentence(summary) + "\n\n";
    body += line("Records requested", std::to_string(summary.requested));
    body += line("Records inserted", std::to_string(summary.inserted));
    body += line("First id", wroteRows ? std::to_string(summary.firstId) : "-");
    body += line("Last id", wroteRows ? std::to_string(summary.lastId) : "-");
    body += line("Elapsed time", formatElapsed(summary.elapsedSeconds));
    body += line("Throughput", formatRate(summary.rowsPerSecond));
    body += line("Target", orDash(redactSecrets(summary.target)));
    body += line("Table", orDash(summary.table));
    body += line("Seed", std::to_string(summary.seed));
    body += line("Config file", orDash(summary.configPath));
    body += line("Log file", orDash(summary.logPath));
    if (summary.outcome == RunSummary::Outcome::Failed)
        body += line("Error", orDash(redactSecrets(summary.error)));
    body += "\n-- \ncdrgen " CDRGEN_VERSION " on " + hostName() + "\n";

    MailMessage message;
    message.subject = runSummarySubject(summary.outcome);
    message.body = body;
    message.from = settings.from;
    message.to = settings.recipients;
    return message;
}

MailMessage testMailMessage(const MailSettings &settings)
{
    std::string body = "This is a test message from cdrgen. It arrived, so the e-mail settings work:\n\n";
    body += line("SMTP server", settings.host + ":" + std::to_string(settings.port));
    body += line("Security", settings.security);
    body += line("Login", orDash(settings.username));
    body += line("From", settings.from);
    std::string recipients;
    for (const std::string &r : settings.recipients)
        recipients += (recipients.empty() ? "" : ", ") + r;
    body += line("To", recipients);
    body += "\n-- \ncdrgen " CDRGEN_VERSION " on " + hostName() + "\n";

    MailMessage message;
    message.subject = "cdrgen test e-mail";
    message.body = body;
    message.from = settings.from;
    message.to = settings.recipients;
    return message;
}

std::string redactSecrets(const std::string &text)
{
    return RedactingSink::redact(text);
}

} // namespace cdr

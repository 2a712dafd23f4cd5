#include "sink/sinkfailure.h"

#include "logging/secretmask.h"

#include <QSqlError>
#include <QString>

#include <array>

namespace cdr::sinkfailure {

namespace {

bool mentions(std::string_view message, std::string_view needle)
{
    return QString::fromUtf8(message.data(), qsizetype(message.size()))
        .contains(QString::fromUtf8(needle.data(), qsizetype(needle.size())), Qt::CaseInsensitive);
}

} // namespace

SinkError::Kind classify(std::string_view sqlState, std::string_view message, bool connectionLost)
{
    static constexpr std::array<std::string_view, 5> authMessages{
        "password authentication failed", "Login failed", "Access denied for user", "authentication failed",
        "no password supplied"};
    if (sqlState.starts_with("28"))
        return SinkError::Kind::Authentication;
    for (std::string_view text : authMessages)
        if (mentions(message, text))
            return SinkError::Kind::Authentication;

    // A driver or DSN that does not exist will not appear by waiting: report it at once as a setup problem.
    static constexpr std::array<std::string_view, 2> setupMessages{"Can't open lib", "Data source name not found"};
    if (sqlState == "IM002" || sqlState == "IM003")
        return SinkError::Kind::Configuration;
    for (std::string_view text : setupMessages)
        if (mentions(message, text))
            return SinkError::Kind::Configuration;

    if (connectionLost)
        return SinkError::Kind::Transient;
    static constexpr std::array<std::string_view, 10> transientStates{
        "08", "40001", "40P01", "57P01", "57P02", "57P03", "53300", "HYT00", "HYT01", "S1T00"};
    for (std::string_view state : transientStates)
        if (sqlState.find(state) != std::string_view::npos)
            return SinkError::Kind::Transient;
    static constexpr std::array<std::string_view, 14> transientMessages{
        "could not connect", "connection refused", "server closed the connection", "terminating connection",
        "no connection to the server", "connection to server", "the database system is",
        "communication link failure", "database is locked", "timeout expired", "could not send",
        "could not receive", "connection is dead", "connection not open"};
    for (std::string_view text : transientMessages)
        if (mentions(message, text))
            return SinkError::Kind::Transient;
    return SinkError::Kind::Fatal;
}

std::string scrub(std::string message, const std::string &secret)
{
    return maskSecret(std::move(message), secret);
}

SinkError make(std::string_view sqlState, const std::string &context, const std::string &detail, bool connectionLost,
               const std::string &secret)
{
    std::string text = context;
    if (!detail.empty())
        text += ": " + detail;
    // Drivers end lines with '\n' (libpq adds "FATAL:  ..." lines): one log line per error.
    std::string flat;
    for (char c : text) {
        const char ch = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        if (!(ch == ' ' && !flat.empty() && flat.back() == ' '))
            flat += ch;
    }
    while (!flat.empty() && flat.back() == ' ')
        flat.pop_back();
    text = flat;
    const SinkError::Kind kind = classify(sqlState, detail, connectionLost);
    if (kind == SinkError::Kind::Configuration)
        text += " (check DB_DRIVER / DB_DSN: `odbcinst -q -d` lists the installed ODBC drivers, `odbcinst -q -s` the DSNs)";
    return SinkError(kind, scrub(text, secret));
}

SinkError fromQSqlError(const QSqlError &error, const std::string &context, const std::string &secret)
{
    const std::string state = error.nativeErrorCode().toStdString();
    std::string detail = error.databaseText().trimmed().toStdString();
    const std::string driverText = error.driverText().trimmed().toStdString();
    if (detail.empty())
        detail = driverText;
    else if (!driverText.empty() && detail.find(driverText) == std::string::npos)
        detail = driverText + ": " + detail;
    return make(state, context, detail, error.type() == QSqlError::ConnectionError, secret);
}

} // namespace cdr::sinkfailure

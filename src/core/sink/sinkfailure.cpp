#include "sink/sinkfailure.h"

#include "logging/credentialmask.h"
#include "logging/secretmask.h"

#include <QSqlError>
#include <QString>

#include <algorithm>
#include <array>

namespace cdr::sinkfailure {

namespace {

constexpr const char *kDriverHint =
    "check DB_DRIVER / DB_DSN: `odbcinst -q -d` lists the installed ODBC drivers, `odbcinst -q -s` the DSNs";
constexpr const char *kTlsHint =
    "the server's TLS certificate is not trusted: install its CA on this machine, or for a test server add "
    "TrustServerCertificate=yes to DB_OPTIONS";
constexpr const char *kPostgresTlsHint =
    "check sslmode, the CA file in sslrootcert and that the host is a name the server's certificate holds: "
    "verify-full compares them";
constexpr const char *kFreeTdsHint = "check the FreeTDS settings (DB_DSN, DB_SERVER, freetds.conf, odbc.ini)";
constexpr const char *kConnectionStringHint = "check DB_OPTIONS and the DB_* values (ODBC connection string syntax)";
constexpr const char *kDataHint = "a data error: the database rejects this row, retrying cannot help";

bool mentions(std::string_view message, std::string_view needle)
{
    return QString::fromUtf8(message.data(), qsizetype(message.size()))
        .contains(QString::fromUtf8(needle.data(), qsizetype(needle.size())), Qt::CaseInsensitive);
}

template<std::size_t N>
bool mentionsAny(std::string_view message, const std::array<std::string_view, N> &needles)
{
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return mentions(message, n); });
}

template<typename Test>
bool anyRecord(const Diagnosis &d, Test test)
{
    return std::any_of(d.records.begin(), d.records.end(), test);
}

bool inClass(const DiagRecord &r, std::string_view prefix)
{
    return std::string_view(r.state).substr(0, prefix.size()) == prefix;
}

template<std::size_t N>
bool isOneOf(const std::string &state, const std::array<std::string_view, N> &states)
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

template<std::size_t N>
bool isOneOf(long native, const std::array<long, N> &natives)
{
    return std::find(natives.begin(), natives.end(), native) != natives.end();
}

// Messages naming a missing driver or DSN (unixODBC reports "Can't open lib" under 01000).
constexpr std::array<std::string_view, 2> kSetupMessages{"Can't open lib", "Data source name not found"};
// Microsoft's drivers report an untrusted certificate as 08001 "SSL Provider: ... certificate verify failed".
constexpr std::array<std::string_view, 3> kTlsMessages{"certificate verify failed", "self-signed certificate",
                                                       "self signed certificate"};
// libpq's TLS failures (also through psqlODBC): "SSL error: certificate verify failed", "server certificate for
// "localhost" does not match host name "127.0.0.1"", a missing root certificate file, a server without TLS.
constexpr std::array<std::string_view, 4> kPostgresTlsMessages{"SSL error", "does not match host name",
                                                               "root certificate file", "server does not support SSL"};
constexpr std::array<std::string_view, 3> kFreeTdsMessages{
    "Only one between SERVER, SERVERNAME and DSN", "Could not find Servername or server parameter",
    "Invalid ApplicationIntent"};
// SQL Server / Azure SQL errors that go away by waiting: 1205 deadlock victim, 4060 database not open yet (after
// a restart or failover, although its text says "The login failed"), 10928/10929 resource limits, 40197 service
// error (failover), 40501 service busy, 40613 database unavailable, 49918-49920 too many operations.
constexpr std::array<long, 10> kTransientNatives{1205, 4060, 10928, 10929, 40197, 40501, 40613, 49918, 49919, 49920};
// 18456 login failed, 18486 account locked, 18487/18488 password expired / must be changed.
constexpr std::array<long, 4> kLoginNatives{18456, 18486, 18487, 18488};
constexpr std::array<std::string_view, 4> kLoginMessages{
    "password authentication failed", "Login failed for user", "Access denied for user", "no password supplied"};
// Timeouts, serialization failures and deadlocks, statement completion unknown, PostgreSQL shutting down or
// starting, too many connections. The whole class 08 (connection exceptions) is transient too.
constexpr std::array<std::string_view, 11> kTransientStates{"HYT00", "HYT01", "S1T00", "40001", "40003", "40P01",
                                                            "57P01", "57P02", "57P03", "53300", "08S01"};
// For drivers that report a lost connection under a generic state (psqlODBC: S1000 "The connection has been
// lost"; libpq; SQLite's busy database).
constexpr std::array<std::string_view, 15> kTransientMessages{
    "could not connect", "connection refused", "server closed the connection", "terminating connection",
    "no connection to the server", "connection to server", "the database system is",
    "communication link failure", "database is locked", "timeout expired", "could not send",
    "could not receive", "connection is dead", "connection not open", "connection has been lost"};

// A driver that reports one SQLSTATE (or none) and a text: libpq, QPSQL, the shorthand overloads.
Diagnosis singleRecord(std::string_view sqlState, std::string message, bool connectionLost)
{
    Diagnosis d;
    if (!sqlState.empty())
        d.records.push_back({std::string(sqlState), 0});
    d.message = std::move(message);
    d.connectionDead = connectionLost;
    return d;
}

} // namespace

Verdict classify(const Diagnosis &d)
{
    using Kind = SinkError::Kind;
    if (d.connectionDead)
        return {Kind::Transient, {}};
    if (anyRecord(d, [](const DiagRecord &r) { return inClass(r, "IM"); }) || mentionsAny(d.message, kSetupMessages))
        return {Kind::Configuration, kDriverHint};
    if (mentionsAny(d.message, kPostgresTlsMessages))
        return {Kind::Configuration, kPostgresTlsHint};
    if (mentionsAny(d.message, kTlsMessages))
        return {Kind::Configuration, kTlsHint};
    if (mentionsAny(d.message, kFreeTdsMessages))
        return {Kind::Configuration, kFreeTdsHint};
    if (mentions(d.message, "Connection string parse error"))
        return {Kind::Configuration, kConnectionStringHint};
    if (anyRecord(d, [](const DiagRecord &r) { return isOneOf(r.native, kTransientNatives); }))
        return {Kind::Transient, {}};
    if (anyRecord(d, [](const DiagRecord &r) { return inClass(r, "28") || isOneOf(r.native, kLoginNatives); }) ||
        mentionsAny(d.message, kLoginMessages))
        return {Kind::Authentication, {}};
    if (anyRecord(d, [](const DiagRecord &r) { return inClass(r, "22") || inClass(r, "23"); }))
        return {Kind::Fatal, kDataHint};
    if (anyRecord(d, [](const DiagRecord &r) { return r.state == "HY008"; }))
        return {Kind::Fatal, {}};
    if (anyRecord(d, [](const DiagRecord &r) { return inClass(r, "08") || isOneOf(r.state, kTransientStates); }))
        return {Kind::Transient, {}};
    if (mentionsAny(d.message, kTransientMessages))
        return {Kind::Transient, {}};
    return {Kind::Fatal, {}};
}

SinkError::Kind classify(std::string_view sqlState, std::string_view message, bool connectionLost)
{
    return classify(singleRecord(sqlState, std::string(message), connectionLost)).kind;
}

std::string scrub(std::string message, const std::string &secret)
{
    return maskCredentialContexts(maskSecret(std::move(message), secret));
}

SinkError make(const Diagnosis &diagnosis, const std::string &context, const std::string &secret)
{
    std::string text = context;
    if (!diagnosis.message.empty())
        text += ": " + diagnosis.message;
    // Drivers end lines with '\n' (libpq adds "FATAL:  ..." lines): one log line per error.
    std::string flat;
    for (char c : text) {
        const char ch = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        if (!(ch == ' ' && !flat.empty() && flat.back() == ' '))
            flat += ch;
    }
    while (!flat.empty() && flat.back() == ' ')
        flat.pop_back();
    const Verdict verdict = classify(diagnosis);
    if (!verdict.hint.empty())
        flat += " (" + verdict.hint + ")";
    return SinkError(verdict.kind, scrub(flat, secret));
}

SinkError make(std::string_view sqlState, const std::string &context, const std::string &detail, bool connectionLost,
               const std::string &secret)
{
    return make(singleRecord(sqlState, detail, connectionLost), context, secret);
}

Diagnosis fromQodbcError(const QSqlError &error)
{
    Diagnosis d;
    bool isNumber = false;
    const long native = error.nativeErrorCode().toLong(&isNumber);
    if (isNumber)
        d.records.push_back({std::string(), native});
    d.message = error.text().trimmed().toStdString();
    return d;
}

SinkError fromQSqlError(const QSqlError &error, const std::string &context, const std::string &secret)
{
    Diagnosis d = singleRecord(error.nativeErrorCode().toStdString(), error.databaseText().trimmed().toStdString(), false);
    const std::string driverText = error.driverText().trimmed().toStdString();
    if (d.message.empty())
        d.message = driverText;
    else if (!driverText.empty() && d.message.find(driverText) == std::string::npos)
        d.message = driverText + ": " + d.message;
    SinkError failure = make(d, context, secret);
    // QPSQL reports a failed connect as ConnectionError without a SQLSTATE: one not recognised above is retried.
    if (failure.kind() == SinkError::Kind::Fatal && error.type() == QSqlError::ConnectionError)
        return SinkError(SinkError::Kind::Transient, failure.what());
    return failure;
}

} // namespace cdr::sinkfailure

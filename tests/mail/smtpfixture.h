#pragma once

// Helpers shared by the tests that use the `smtp` CTest fixture (see tests/fixtures/smtp/CMakeLists.txt).

#include "notify/mailnotifier.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTest>
#include <QThread>
#include <QElapsedTimer>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace smtptest {

// KEY=VALUE lines of the facts file named by CDRGEN_SMTP_FACTS; empty map when missing.
inline QMap<QString, QString> readFacts()
{
    QMap<QString, QString> facts;
    QFile file(qEnvironmentVariable("CDRGEN_SMTP_FACTS"));
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            facts.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return facts;
}

// Settings for the fixture's STARTTLS listener, trusting its CA.
inline cdr::MailSettings fixtureSettings(const QMap<QString, QString> &facts)
{
    cdr::MailSettings settings;
    settings.host = facts.value("SMTP_HOST").toStdString();
    settings.port = facts.value("SMTP_PORT").toInt();
    settings.security = "starttls";
    settings.username = facts.value("SMTP_USER").toStdString();
    settings.password = facts.value("SMTP_PASSWORD").toStdString();
    settings.from = settings.username;
    settings.recipients = {"analyst.one@example.test", "analyst.two@example.org"};
    settings.caFile = facts.value("SMTP_CA_FILE").toStdString();
    settings.timeoutSeconds = 5;
    return settings;
}

struct StoredMessage {
    QByteArray raw;
    QJsonObject envelope;
    bool found = false;
};

// The stored message whose Message-ID is <messageId>; the server writes it before it answers 250, so no wait.
inline StoredMessage findStoredMessage(const QMap<QString, QString> &facts, const std::string &messageId)
{
    StoredMessage result;
    const QDir mailbox(facts.value("SMTP_MAILBOX"));
    const QByteArray needle = "Message-ID: <" + QByteArray::fromStdString(messageId) + ">";
    for (const QString &name : mailbox.entryList({"*.eml"}, QDir::Files)) {
        QFile file(mailbox.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = file.readAll();
        if (!raw.contains(needle))
            continue;
        QFile meta(mailbox.filePath(QString(name).replace(".eml", ".json")));
        if (meta.open(QIODevice::ReadOnly))
            result.envelope = QJsonDocument::fromJson(meta.readAll()).object();
        result.raw = raw;
        result.found = true;
        break;
    }
    return result;
}

// What one connection to a clear-text trap (SMTP_NO_STARTTLS_PORT, SMTP_TLS_GARBAGE_PORT, SMTP_TLS_CLOSE_PORT)
// brought: its lines in clear text and, after STARTTLS, whether each chunk began a TLS handshake record.
struct TrapConnection {
    QStringList lines;
    QList<bool> chunksAfterStartTlsAreTls;
};

// Every connection the trap `trap` ("no-starttls", "tls-garbage", "tls-close") recorded, by connection number.
inline QMap<int, TrapConnection> trapConnections(const QMap<QString, QString> &facts, const QString &trap)
{
    QMap<int, TrapConnection> connections;
    QFile file(QDir(facts.value("SMTP_RECEIVED")).filePath(trap + ".jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return connections;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.isEmpty())
            continue; // the last line may still be being written
        TrapConnection &connection = connections[entry.value("connection").toInt()];
        if (entry.contains("line"))
            connection.lines << entry.value("line").toString();
        else
            connection.chunksAfterStartTlsAreTls << entry.value("tls_record").toBool();
    }
    return connections;
}

// One QTest data row per trap: the facts key of its port ("portFact"), its name ("trap") and the problem the
// warning must name ("problem").
inline void addClearTextTrapRows()
{
    QTest::addColumn<QString>("portFact");
    QTest::addColumn<QString>("trap");
    QTest::addColumn<QString>("problem");
    QTest::newRow("STARTTLS not offered") << "SMTP_NO_STARTTLS_PORT" << "no-starttls"
                                          << "the server does not offer STARTTLS";
    QTest::newRow("text instead of TLS") << "SMTP_TLS_GARBAGE_PORT" << "tls-garbage"
                                         << "the TLS handshake after STARTTLS failed";
    QTest::newRow("closed instead of TLS") << "SMTP_TLS_CLOSE_PORT" << "tls-close"
                                           << "the TLS handshake after STARTTLS failed";
}

// Empty when every connection said nothing in clear text but what precedes TLS (EHLO or HELO, STARTTLS, QUIT) and
// spoke only TLS after STARTTLS; otherwise what was sent in clear.
inline QString clearTextSent(const QMap<int, TrapConnection> &connections)
{
    static const QStringList beforeTls{"EHLO", "HELO", "STARTTLS", "QUIT"};
    QString leaked;
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        for (const QString &line : it->lines)
            if (!beforeTls.contains(line.section(' ', 0, 0).toUpper()))
                leaked += QStringLiteral("connection %1 sent \"%2\"; ").arg(it.key()).arg(line);
        if (it->chunksAfterStartTlsAreTls.contains(false))
            leaked += QStringLiteral("connection %1 sent clear text after STARTTLS; ").arg(it.key());
    }
    return leaked;
}

// Every formatted line logged while it is installed as the default logger.
class CapturingSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    QStringList lines() const
    {
        std::lock_guard<std::mutex> lock(const_cast<std::mutex &>(this->mutex_));
        return m_lines;
    }
    int countAtLevel(spdlog::level::level_enum level) const
    {
        std::lock_guard<std::mutex> lock(const_cast<std::mutex &>(this->mutex_));
        return m_levels.count(level);
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        m_lines << QString::fromUtf8(formatted.data(), static_cast<int>(formatted.size()));
        m_levels << msg.level;
    }
    void flush_() override {}

private:
    QStringList m_lines;
    QList<spdlog::level::level_enum> m_levels;
};

inline std::shared_ptr<CapturingSink> captureLogs()
{
    auto sink = std::make_shared<CapturingSink>();
    auto logger = std::make_shared<spdlog::logger>("mailtest", sink);
    logger->set_level(spdlog::level::trace);
    spdlog::set_default_logger(logger);
    return sink;
}

} // namespace smtptest

#include "notify/mailmessage.h"

#include "notify/mailaddress.h"
#include "notify/mailencoding.h"

#include <QUuid>

namespace cdr {

std::string MailMessage::render(const QDateTime &date, const std::string &messageId) const
{
    std::string to;
    for (const std::string &address : this->to)
        to += (to.empty() ? "" : ",\r\n ") + address;
    const std::string crlfBody = withCrlf(body);
    const bool sevenBit = isSevenBitSafe(crlfBody);

    std::string text;
    text += "Date: " + rfc5322Date(date) + "\r\n";
    text += "From: " + encodeHeaderText(fromName) + " <" + from + ">\r\n";
    text += "To: " + to + "\r\n";
    text += "Message-ID: <" + messageId + ">\r\n";
    text += "Subject: " + encodeHeaderText(subject) + "\r\n";
    text += "MIME-Version: 1.0\r\n";
    text += "Content-Type: text/plain; charset=UTF-8\r\n";
    text += std::string("Content-Transfer-Encoding: ") + (sevenBit ? "7bit" : "quoted-printable") + "\r\n";
    text += "X-Mailer: cdrgen " CDRGEN_VERSION "\r\n";
    text += "\r\n";
    text += sevenBit ? crlfBody : encodeQuotedPrintable(crlfBody);
    if (text.size() < 2 || text.compare(text.size() - 2, 2, "\r\n") != 0)
        text += "\r\n";
    return text;
}

std::string makeMessageId(const std::string &fromAddress)
{
    std::string domain = mailDomain(fromAddress);
    if (domain.empty())
        domain = "cdrgen.invalid";
    const std::string random = QUuid::createUuid().toString(QUuid::Id128).toStdString();
    return random + "." + std::to_string(QDateTime::currentMSecsSinceEpoch()) + "@" + domain;
}

} // namespace cdr

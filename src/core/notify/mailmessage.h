#pragma once

#include <QDateTime>

#include <string>
#include <vector>

namespace cdr {

// One plain-text e-mail before it is put on the wire.
struct MailMessage {
    std::string subject; // UTF-8
    std::string body;    // UTF-8, lines end in "\n"
    std::string from;    // addr-spec
    std::vector<std::string> to;
    std::string fromName = "cdrgen";

    // The RFC 5322 text (CRLF line ends): Date, From, To, Message-ID, Subject (RFC 2047 when not ASCII),
    // MIME-Version, Content-Type text/plain; charset=UTF-8, Content-Transfer-Encoding 7bit or quoted-printable.
    // messageId is without the angle brackets.
    std::string render(const QDateTime &date, const std::string &messageId) const;
};

// A new unique Message-ID (without <>) on the sender's domain: "<random>.<ms since 1970>@domain".
std::string makeMessageId(const std::string &fromAddress);

} // namespace cdr

#pragma once

// An independent reader for the messages the tests check: unfolds headers, decodes quoted-printable bodies and
// RFC 2047 B-words. Kept separate from the code under test on purpose.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace mailtest {

struct ParsedMail {
    QMap<QByteArray, QByteArray> headers; // lower-case name -> unfolded value
    QList<QByteArray> headerNames;        // in order, as written
    QByteArray rawBody;
    QString body;                         // decoded per Content-Transfer-Encoding, UTF-8
    bool valid = false;
};

inline QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (int i = 0; i < in.size(); ++i) {
        if (in[i] != '=') {
            out += in[i];
        } else if (in.mid(i + 1, 2) == "\r\n") {
            i += 2; // soft line break
        } else {
            out += char(QByteArray::fromHex(in.mid(i + 1, 2)).at(0));
            i += 2;
        }
    }
    return out;
}

// "=?UTF-8?B?...?=" words (separated by folding whitespace) back to text; plain text unchanged.
inline QString decodeHeaderText(const QByteArray &value)
{
    if (!value.startsWith("=?UTF-8?B?"))
        return QString::fromUtf8(value);
    QByteArray bytes;
    for (const QByteArray &word : value.simplified().split(' ')) {
        if (!word.startsWith("=?UTF-8?B?") || !word.endsWith("?="))
            return {};
        bytes += QByteArray::fromBase64(word.mid(10, word.size() - 12));
    }
    return QString::fromUtf8(bytes);
}

inline ParsedMail parseMail(const QByteArray &raw)
{
    ParsedMail mail;
    const int split = raw.indexOf("\r\n\r\n");
    if (split < 0)
        return mail;
    QByteArray name;
    for (const QByteArray &line : raw.left(split).split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if ((text.startsWith(' ') || text.startsWith('\t')) && !name.isEmpty()) {
            mail.headers[name] += ' ' + text.trimmed();
            continue;
        }
        const int colon = text.indexOf(':');
        if (colon <= 0)
            return mail;
        name = text.left(colon).toLower();
        mail.headerNames << text.left(colon);
        mail.headers[name] = text.mid(colon + 1).trimmed();
    }
    mail.rawBody = raw.mid(split + 4);
    const QByteArray cte = mail.headers.value("content-transfer-encoding").toLower();
    mail.body = QString::fromUtf8(cte == "quoted-printable" ? decodeQuotedPrintable(mail.rawBody) : mail.rawBody);
    mail.valid = true;
    return mail;
}

} // namespace mailtest

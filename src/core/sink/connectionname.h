#pragma once

#include <QAtomicInt>
#include <QString>

namespace cdr {

// QSqlDatabase connections are per thread and named globally: every sink gets its own name.
inline QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("cdrgen-%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

} // namespace cdr

#include "reportjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

QJsonObject readReportJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString reportDifference(const QJsonObject &actual, const QJsonObject &expected, const QString &prefix)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString key = prefix + it.key();
        const QJsonValue want = it.value(), got = actual.value(it.key());
        if (want.isObject() && got.isObject()) {
            if (const QString difference = reportDifference(got.toObject(), want.toObject(), key + ".");
                !difference.isEmpty())
                return difference;
            continue;
        }
        const bool same = want.isDouble() && got.isDouble() ? want.toDouble() == got.toDouble() : want == got;
        if (!same)
            return key + ": " + QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact) + " vs expected "
                + QJsonDocument(QJsonArray{want}).toJson(QJsonDocument::Compact);
    }
    return {};
}

QJsonObject withoutSource(QJsonObject figures)
{
    figures.remove("source");
    return figures;
}

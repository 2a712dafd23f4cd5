#pragma once

#include <QJsonObject>
#include <QString>

// The figures of a --report-json file ({} when it cannot be read).
QJsonObject readReportJson(const QString &path);
// Every figure `expected` gives, compared with `actual` (objects key by key, numbers as numbers): the first
// difference as "key: actual vs expected", empty when they agree.
QString reportDifference(const QJsonObject &actual, const QJsonObject &expected, const QString &prefix = {});
// A report's figures without the source's name, so that two sources of the same rows compare equal.
QJsonObject withoutSource(QJsonObject figures);

#pragma once

#include "dbtestsupport.h"
#include "sink/sinkerror.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTest>

#include <functional>

namespace cdrtest {

using SinkFactory = std::function<std::unique_ptr<cdr::RecordSink>()>;
using IndexLister = std::function<QStringList()>;

// The life of a table in one target: create with the three indexes, exact rows 1..N with the CSV's content,
// resume at MAX(id)+1, --if-exists fail refuses, replace empties. QTest macros: call from a test slot and
// check QTest::currentTestFailed() afterwards.
inline void runSinkScenario(const SinkFactory &makeSink, const QSqlDatabase &reader, const QString &table,
                            const IndexLister &indexes, const QStringList &expectedIndexes)
{
    const int n = 2500;
    const auto first = makeRecords(1, n);
    {
        auto sink = makeSink();
        load(*sink, cdr::IfExists::Replace, first, 1000);
    }
    std::int64_t rows = 0;
    QCOMPARE(tableDigest(reader, table, &rows), csvDigest(first));
    QCOMPARE(rows, std::int64_t(n));
    QCOMPARE(scalar(reader, "SELECT MIN(id) FROM " + table), std::int64_t(1));
    QCOMPARE(scalar(reader, "SELECT MAX(id) FROM " + table), std::int64_t(n));
    QStringList present = indexes();
    present.sort();
    QCOMPARE(present, expectedIndexes);

    // Resume continues at MAX(id) + 1 and the table equals one run of all the records.
    const auto more = makeRecords(n + 1, 700);
    {
        auto sink = makeSink();
        load(*sink, cdr::IfExists::Resume, more, 300);
    }
    auto all = first;
    all.insert(all.end(), more.begin(), more.end());
    QCOMPARE(tableDigest(reader, table, &rows), csvDigest(all));
    QCOMPARE(rows, std::int64_t(n + 700));
    present = indexes();
    present.sort();
    QCOMPARE(present, expectedIndexes);

    {
        auto sink = makeSink();
        sink->open();
        try {
            sink->prepare(cdr::IfExists::Fail);
            QFAIL("--if-exists fail accepted a table with rows");
        } catch (const cdr::SinkError &error) {
            QCOMPARE(error.kind(), cdr::SinkError::Kind::Configuration);
            QVERIFY2(QString::fromUtf8(error.what()).contains("already holds rows"), error.what());
        }
        sink->close();
    }
    QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM " + table), std::int64_t(n + 700));

    {
        auto sink = makeSink();
        sink->open();
        sink->prepare(cdr::IfExists::Replace);
        QCOMPARE(sink->maxId(), std::int64_t(0));
        sink->close();
    }
    QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM " + table), std::int64_t(0));
}

} // namespace cdrtest

#pragma once

#include "sinkscenario.h"

#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/odbcbatchinserter.h"
#include "sink/odbcsink.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sql.h>
#include <sqlext.h>

namespace cdrtest {

// What a statement's descriptors say about one bound parameter (1-based), read back with SQLGetDescField.
// psqlODBC 13 answers these fields (not SQL_DESC_LENGTH); the SQLite ODBC driver has no descriptor functions.
struct BoundParameter {
    bool readable = false;
    SQLSMALLINT cType = 0;          // APD SQL_DESC_CONCISE_TYPE
    SQLSMALLINT sqlType = 0;        // IPD SQL_DESC_CONCISE_TYPE
    SQLSMALLINT verboseType = 0;    // IPD SQL_DESC_TYPE (SQL_DATETIME for a timestamp)
    SQLSMALLINT datetimeCode = 0;   // IPD SQL_DESC_DATETIME_INTERVAL_CODE
    SQLSMALLINT precision = -1;     // IPD SQL_DESC_PRECISION: decimal digits of a timestamp
};

inline BoundParameter boundParameter(void *stmt, SQLSMALLINT parameter)
{
    BoundParameter bound;
    SQLHDESC apd = nullptr, ipd = nullptr;
    if (!SQL_SUCCEEDED(SQLGetStmtAttr(stmt, SQL_ATTR_APP_PARAM_DESC, &apd, 0, nullptr)) ||
        !SQL_SUCCEEDED(SQLGetStmtAttr(stmt, SQL_ATTR_IMP_PARAM_DESC, &ipd, 0, nullptr)))
        return bound;
    bound.readable = SQL_SUCCEEDED(SQLGetDescField(apd, parameter, SQL_DESC_CONCISE_TYPE, &bound.cType, 0, nullptr)) &&
                     SQL_SUCCEEDED(SQLGetDescField(ipd, parameter, SQL_DESC_CONCISE_TYPE, &bound.sqlType, 0, nullptr)) &&
                     SQL_SUCCEEDED(SQLGetDescField(ipd, parameter, SQL_DESC_TYPE, &bound.verboseType, 0, nullptr)) &&
                     SQL_SUCCEEDED(SQLGetDescField(ipd, parameter, SQL_DESC_DATETIME_INTERVAL_CODE, &bound.datetimeCode, 0, nullptr)) &&
                     SQL_SUCCEEDED(SQLGetDescField(ipd, parameter, SQL_DESC_PRECISION, &bound.precision, 0, nullptr));
    return bound;
}

inline std::size_t timestampColumn()
{
    for (std::size_t c = 0; c < cdr::kCdrColumnCount; ++c)
        if (cdr::kCdrColumns[c].kind == cdr::ColumnKind::Timestamp)
            return c;
    return 0;
}

// Inserts `records` into an existing `table` with OdbcBatchInserter on a QODBC connection `odbc` (opened), then
// returns what the descriptors say about the start_time parameter.
inline BoundParameter insertAndReadTimestampBinding(const QSqlDatabase &odbc, cdr::SqlDialect dialect,
                                                    const std::string &table, cdr::OdbcBatchInserter::Method method,
                                                    const std::vector<cdr::CdrRecord> &records)
{
    void *hdbc = *static_cast<void *const *>(odbc.driver()->handle().constData());
    cdr::OdbcBatchInserter inserter(hdbc, dialect, table, method);
    cdr::BatchText text(testConfig());
    text.formatFields(records);
    inserter.insert(text, "");
    return boundParameter(inserter.statementHandle(), SQLSMALLINT(timestampColumn() + 1));
}

// Writes `records` in batches of `batchSize` into a sink whose table gets replaced, without finish(): the calls
// RunController makes for a run that stops early. Checks that no index exists while loading.
inline void loadWithoutFinishing(cdr::RecordSink &sink, const std::vector<cdr::CdrRecord> &records, std::size_t batchSize,
                                 const IndexLister &indexes)
{
    sink.open();
    sink.prepare(cdr::IfExists::Replace);
    QCOMPARE(sink.maxId(), std::int64_t(0));
    for (std::size_t at = 0; at < records.size(); at += batchSize)
        sink.writeBatch(std::span(records).subspan(at, std::min(batchSize, records.size() - at)));
    QVERIFY2(indexes().isEmpty(), qPrintable("indexes exist during the load: " + indexes().join(", ")));
}

// For each method: one batch of two full statements and a partial one, then a batch smaller than one statement,
// exactly the statement sizes the product sends to `kind`; the table must equal the records. makeSink gives an
// OdbcSink for `table` (replaced each time). Check QTest::currentTestFailed() afterwards.
inline void runAtProductStatementSizes(const std::function<std::unique_ptr<cdr::OdbcSink>()> &makeSink,
                                       cdr::SqlDialect::Kind kind,
                                       std::initializer_list<cdr::OdbcBatchInserter::Method> methods,
                                       const QSqlDatabase &reader, const QString &table)
{
    for (cdr::OdbcBatchInserter::Method method : methods) {
        const std::size_t perStatement = cdr::OdbcBatchInserter::rowsPerStatement(kind, method);
        const std::size_t first = 2 * perStatement + 7;
        const auto records = makeRecords(1, std::int64_t(first + 5));
        std::unique_ptr<cdr::OdbcSink> sink = makeSink();
        sink->setInsertMethod(int(method));
        try {
            sink->open();
            sink->prepare(cdr::IfExists::Replace);
            sink->writeBatch(std::span(records).first(first));
            sink->writeBatch(std::span(records).subspan(first));
            sink->finish();
            sink->close();
        } catch (const cdr::SinkError &error) {
            QFAIL(error.what());
        }
        std::int64_t rows = 0;
        QCOMPARE(tableDigest(reader, table, &rows), csvDigest(records));
        QCOMPARE(rows, std::int64_t(records.size()));
    }
}

// A new table is loaded without indexes and gets all three after a cancel (close() without finish()), after a
// failed batch (a duplicate id), and, after a hard kill left it without them, from the next run's prepare().
inline void runDeferredIndexScenario(const SinkFactory &makeSink, const QSqlDatabase &reader, const QString &table,
                                     const IndexLister &indexes, const QStringList &expected,
                                     const std::function<void()> &dropIndexes)
{
    const auto records = makeRecords(1, 300);
    const auto sorted = [&] {
        QStringList names = indexes();
        names.sort();
        return names;
    };
    { // cancelled after two batches
        auto sink = makeSink();
        loadWithoutFinishing(*sink, records, 150, indexes);
        if (QTest::currentTestFailed())
            return;
        sink->close();
    }
    QCOMPARE(sorted(), expected);
    QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM " + table), std::int64_t(300));

    { // failed: the third batch repeats ids
        auto sink = makeSink();
        loadWithoutFinishing(*sink, records, 150, indexes);
        if (QTest::currentTestFailed())
            return;
        try {
            sink->writeBatch(std::span(records).subspan(100, 50));
            QFAIL("a duplicate id was accepted");
        } catch (const cdr::SinkError &error) {
            QVERIFY2(error.kind() != cdr::SinkError::Kind::Transient, error.what());
        }
    } // destroyed without finish(), as when RunController stops on the error
    QCOMPARE(sorted(), expected);
    QCOMPARE(scalar(reader, "SELECT COUNT(*) FROM " + table), std::int64_t(300));

    // A hard kill: rows loaded, no indexes. The next run (resume) builds them before writing.
    dropIndexes();
    QVERIFY(indexes().isEmpty());
    {
        auto sink = makeSink();
        sink->open();
        sink->prepare(cdr::IfExists::Resume);
        QCOMPARE(sorted(), expected);
        sink->close();
    }
}

} // namespace cdrtest

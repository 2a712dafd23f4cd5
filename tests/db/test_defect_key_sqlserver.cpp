#include "dirtyconfigs.h"

#include "defects/defectinjector.h"
#include "sink/odbcsink.h"
#include "sink/sinkerror.h"
#include "synth/cdrengine.h"

#include "../fixtures/tds/logincapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <tuple>

// The answer key of defects through QODBC and the real FreeTDS driver to SQL Server, read on the wire by
// tests/fixtures/tds/sqlservercapture.py (which plays SQL Server for FreeTDS and records each request): the
// <table>_defects DDL in SQL Server's dialect, and each batch's key rows in N'...' literals inside the transaction
// of the batch's records. No SQL Server is involved: this checks what is sent, not how a server stores it.
namespace {

constexpr std::int64_t kRecords = 3'000;
constexpr std::int64_t kBatch = 1'000;

using KeyRow = std::tuple<qint64, QString, QString>; // id, kind, variant

// One transaction as it reached the fixture: the ids of the records inserted, the key INSERT statements.
struct Transaction {
    std::set<qint64> recordIds;
    QStringList keyInserts;
    bool keyBeforeRecords = false;
};

bool startsTransaction(const QJsonObject &event)
{
    return (event["event"] == "tm" && event["request"] == "begin") ||
           (event["event"] == "batch" && event["sql"].toString().contains("IMPLICIT_TRANSACTIONS ON"));
}
bool ends(const QJsonObject &event, const char *how) // how: "commit" or "rollback"
{
    return (event["event"] == "tm" && event["request"] == how) ||
           (event["event"] == "batch" && event["sql"].toString().contains(QLatin1String(how), Qt::CaseInsensitive));
}
QString statementOf(const QJsonObject &event)
{
    if (event["event"] == "batch")
        return event["sql"].toString();
    for (const QJsonValue &param : event["params"].toArray())
        if (param.toString().startsWith("INSERT"))
            return param.toString();
    return {};
}

} // namespace

class TestDefectKeySqlServer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    tdstest::CaptureScript m_fixture;

    cdr::ConnectionSettings settings() const
    {
        cdr::ConnectionSettings c;
        c.driver = "FreeTDS";
        c.server = "127.0.0.1";
        c.port = m_fixture.port().toStdString();
        c.database = "cdr";
        c.user = "loader";
        c.password = "not-a-secret";
        c.options = "TDS_Version=7.4";
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fixture.start("sqlservercapture.py", m_dir.filePath("requests.jsonl"), 200),
                 "sqlservercapture.py did not start");
    }

    void keyGoesInSqlServerDialectInTheBatchTransaction()
    {
        const cdr::Config config = cdr::testconfigs::veryDirty(kRecords);
        const cdr::CdrEngine engine(config);
        const cdr::DefectInjector defects(engine);
        cdr::OdbcSink sink(settings(), "dirty", config);
        sink.writeDefectKeyFrom(
            [&defects](std::int64_t first, std::int64_t last, std::vector<cdr::DefectKeyRow> &rows) {
                defects.describe(first, last, rows);
            });
        QVERIFY(sink.storesDefectKey());
        try {
            sink.open();
            sink.prepare(cdr::IfExists::Replace);
            QCOMPARE(sink.maxIdIn(1, kRecords), std::int64_t(0));
            for (std::int64_t first = 1; first <= kRecords; first += kBatch) {
                std::vector<cdr::CdrRecord> records;
                engine.generate(first, kBatch, records);
                defects.damage(records);
                sink.writeBatch(records);
            }
            sink.finish();
        } catch (const cdr::SinkError &error) {
            QFAIL(error.what());
        }
        sink.close();

        const QList<QJsonObject> events = m_fixture.records();
        for (const QJsonObject &event : events)
            QVERIFY2(event["event"] != "unreadable" && event["event"] != "other",
                     qPrintable(QJsonDocument(event).toJson(QJsonDocument::Compact)));
        // The DDL: the stale key dropped with a replace, then created with NVARCHAR columns.
        qsizetype dropAt = -1, createAt = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString sql = statementOf(events[i]);
            if (sql == "IF OBJECT_ID(N'[dbo].[dirty_defects]', N'U') IS NOT NULL DROP TABLE [dbo].[dirty_defects]")
                dropAt = i;
            if (sql.startsWith("IF OBJECT_ID(N'[dbo].[dirty_defects]', N'U') IS NULL "
                               "CREATE TABLE [dbo].[dirty_defects] "))
                createAt = i;
        }
        QVERIFY2(dropAt >= 0 && createAt > dropAt, "no DROP then CREATE of [dbo].[dirty_defects]");
        const QString ddl = statementOf(events[createAt]);
        for (const char *column : {"id BIGINT NOT NULL", "kind NVARCHAR(40) NOT NULL", "variant NVARCHAR(40) NOT NULL",
                                   "column_name NVARCHAR(40)", "original_value NVARCHAR(100)",
                                   "injected_value NVARCHAR(100)", "original_id BIGINT"})
            QVERIFY2(ddl.contains(QLatin1String(column)), qPrintable(ddl));

        // The transactions after the DDL: records of one batch, then their key rows, then the commit.
        std::vector<Transaction> transactions;
        bool open = false;
        bool recordsPrepared = false;
        for (qsizetype i = createAt + 1; i < events.size(); ++i) {
            const QJsonObject &event = events[i];
            if (startsTransaction(event)) {
                transactions.emplace_back();
                open = true;
                continue;
            }
            QVERIFY2(!(open && ends(event, "rollback")), "a batch rolled back");
            if (open && ends(event, "commit")) {
                open = false;
                continue;
            }
            const QString sql = statementOf(event);
            if (sql.startsWith("INSERT INTO [dbo].[dirty]")) // the records' INSERT, prepared once
                recordsPrepared = true;
            if (sql.startsWith("INSERT INTO [dbo].[dirty_defects]")) {
                QVERIFY2(open, "a key INSERT outside a transaction");
                transactions.back().keyInserts << sql;
            } else if (event["proc"] == "sp_execute") { // parameter arrays: one execution of it per record
                QVERIFY2(open && recordsPrepared, "a record INSERT outside a transaction");
                Transaction &t = transactions.back();
                t.keyBeforeRecords = t.keyBeforeRecords || !t.keyInserts.isEmpty();
                t.recordIds.insert(event["params"].toArray()[1].toString().toLongLong());
            }
        }
        QVERIFY(!open);
        std::erase_if(transactions, [](const Transaction &t) { return t.recordIds.empty() && t.keyInserts.isEmpty(); });
        QCOMPARE(transactions.size(), std::size_t(kRecords / kBatch));

        const QRegularExpression row(QStringLiteral(R"(\((\d+), N'([a-z_]+)', N'([a-z_]+)', (NULL|N'))"));
        const QRegularExpression plainLiteral(QStringLiteral(R"([(,] ')"));
        for (std::size_t b = 0; b < transactions.size(); ++b) {
            const Transaction &t = transactions[b];
            const std::int64_t first = std::int64_t(b) * kBatch + 1;
            QCOMPARE(qint64(t.recordIds.size()), qint64(kBatch));
            QCOMPARE(*t.recordIds.begin(), first);
            QCOMPARE(*t.recordIds.rbegin(), first + kBatch - 1);
            QVERIFY(!t.keyBeforeRecords);
            std::vector<cdr::DefectKeyRow> expected;
            defects.describe(first, first + kBatch - 1, expected);
            std::multiset<KeyRow> wanted, sent;
            for (const cdr::DefectKeyRow &k : expected)
                wanted.insert({k.id, QString::fromUtf8(cdr::defectKindKey(k.kind)),
                               QString::fromUtf8(k.variant.data(), qsizetype(k.variant.size()))});
            for (const QString &insert : t.keyInserts) {
                QVERIFY2(!plainLiteral.match(insert).hasMatch(), qPrintable(insert.left(300)));
                std::size_t rows = 0;
                for (auto match = row.globalMatch(insert); match.hasNext(); ++rows) {
                    const auto m = match.next();
                    sent.insert({m.captured(1).toLongLong(), m.captured(2), m.captured(3)});
                }
                QVERIFY(rows <= 500);
            }
            QCOMPARE(sent.size(), wanted.size());
            QVERIFY(sent == wanted);
        }
    }
};

QTEST_GUILESS_MAIN(TestDefectKeySqlServer)
#include "test_defect_key_sqlserver.moc"

// The T-SQL literals and TsqlBatchEncoder at their worst case: status names made only of quotes (each doubled) or
// of two-byte characters (N'...'), written in place into a buffer sized in advance (run under ASan by the `core`
// label's sanitizer pass), and read back by the test's own parser into the CSV text of the same records. Also the
// defects answer key's transaction (tsqldefectkey): INSERTs cut between ids, never inside one.
#include "deliveryrows.h"

#include "config/configloader.h"
#include "delivery/tsqlbatchencoder.h"
#include "delivery/tsqldefectkey.h"
#include "delivery/tsqlliteral.h"
#include "delivery/tsqlscript.h"
#include "sink/batchtext.h"
#include "synth/cdrengine.h"

#include <QTest>

#include <memory>

using namespace cdr;
using namespace deliverytest;

namespace {

std::string literal(ColumnKind kind, std::string_view field)
{
    std::string out(maxTsqlLiteralLength(field.size()), '\0');
    out.resize(std::size_t(writeTsqlLiteral(out.data(), kind, field) - out.data()));
    return out;
}

} // namespace

class TestTsqlEncoder : public QObject {
    Q_OBJECT

private slots:
    void defectKeyInsertsNeverSplitAnId()
    {
        // 999 ids of one row, then an id of two rows (a swap) across the 1,000-row limit, then 500 more: the first
        // INSERT stops before the swap, and the rows read back are the key's, NULLs and literals included.
        std::vector<DefectKeyRow> key;
        std::vector<Row> expected;
        auto add = [&](std::int64_t id, std::optional<std::string> column, std::optional<std::string> original,
                       std::optional<std::string> injected, std::int64_t originalId) {
            const DefectKind kind = originalId ? DefectKind::Duplicate : DefectKind::CorruptValue;
            key.push_back({id, kind, "v", column, original, injected, originalId});
            expected.push_back({std::to_string(id), std::string(defectKindKey(kind)), "v", column, original, injected,
                                originalId ? std::optional<std::string>(std::to_string(originalId)) : std::nullopt});
        };
        for (std::int64_t id = 1; id <= 999; ++id)
            add(id, "caller_msisdn", "32470000000", id % 2 ? std::optional<std::string>("L'ÉCHEC") : std::nullopt, 0);
        add(1000, "latitude", "50.8", "4.3", 0);
        add(1000, "longitude", "4.3", "50.8", 0);
        for (std::int64_t id = 1001; id <= 1500; ++id)
            add(id, std::nullopt, std::nullopt, std::nullopt, id - 1);
        const std::string sql = tsqldefectkey::transaction("cdr", key);
        const QByteArray script = QByteArray::fromStdString(sql);
        QVERIFY(script.startsWith("BEGIN TRANSACTION;\n"));
        QVERIFY(script.endsWith("COMMIT TRANSACTION;\nGO\n"));
        QVERIFY(script.contains("IF NOT EXISTS (SELECT 1 FROM [cdr_defects] WHERE [id] BETWEEN 1 AND 999) INSERT"));
        QVERIFY(script.contains("IF NOT EXISTS (SELECT 1 FROM [cdr_defects] WHERE [id] BETWEEN 1000 AND 1500) INSERT"));
        QVERIFY(script.contains(",N'L''ÉCHEC',NULL)"));
        QString problem;
        int inserts = 0;
        const auto rows = collect([&](const RowSink &each) { tsqlDefectKeyRows(script, each, &problem, &inserts); });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(inserts, 2);
        QVERIFY(rows == expected);
        QVERIFY(tsqldefectkey::transaction("cdr", {}).empty());
    }

    void writesEachKindOfLiteral_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty is NULL") << int(ColumnKind::Text) << "" << "NULL";
        QTest::newRow("empty number is NULL") << int(ColumnKind::Real) << "" << "NULL";
        QTest::newRow("number") << int(ColumnKind::Real) << "-4.25" << "-4.25";
        QTest::newRow("id") << int(ColumnKind::Id) << "10000000" << "10000000";
        QTest::newRow("timestamp") << int(ColumnKind::Timestamp) << "2024-03-31 02:30:00" << "'2024-03-31T02:30:00'";
        QTest::newRow("ascii text") << int(ColumnKind::Text) << "VOICE" << "'VOICE'";
        QTest::newRow("quotes doubled") << int(ColumnKind::Text) << "l'a'" << "'l''a'''";
        QTest::newRow("only quotes") << int(ColumnKind::Text) << "''" << "''''''";
        QTest::newRow("non-ASCII") << int(ColumnKind::Text) << "Pâques" << "N'Pâques'";
        QTest::newRow("non-ASCII and quote") << int(ColumnKind::Text) << "L'ÉCHEC" << "N'L''ÉCHEC'";
    }

    void writesEachKindOfLiteral()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const std::string text = field.toStdString();
        const std::string written = literal(ColumnKind(kind), text);
        QCOMPARE(QString::fromStdString(written), expected);
        QVERIFY(written.size() <= maxTsqlLiteralLength(text.size()));
    }

    void encodesTheWorstCaseBatchAsTheCsvText()
    {
        ConfigLoadResult loaded = loadBundledDefaultConfig();
        QVERIFY(loaded.ok());
        Config config = loaded.config;
        config.generation.records = 3'000;
        // Every status as long as a status may be: 20 quotes (40 characters in a literal), 20 two-byte characters.
        const std::string quotes(20, '\''), accents = [] {
            std::string s;
            for (int i = 0; i < 20; ++i)
                s += "é";
            return s;
        }();
        const std::vector<std::string> renamed{"SUCCESS", quotes, accents};
        for (auto &[type, weights] : config.realism.statusWeights) {
            std::map<std::string, double> byNewName;
            for (std::size_t i = 0; i < config.callStatus.size(); ++i)
                byNewName[renamed[i]] = weights.at(config.callStatus[i]);
            weights = byNewName;
        }
        config.callStatus = renamed;
        const auto shared = std::make_shared<const Config>(config);
        const CdrEngine engine(*shared);
        std::vector<CdrRecord> records;
        engine.generate(1, 2'345, records);

        TsqlBatchEncoder encoder(shared, "cdr");
        EncodedBatch out;
        encoder.encode(records, out);
        const QByteArray script(out.bytes.data(), qsizetype(out.size));
        QVERIFY(script.startsWith("BEGIN TRANSACTION;\nIF NOT EXISTS (SELECT 1 FROM [cdr] WHERE [id] IN (1, 1000)) "));
        QVERIFY(script.endsWith(");\nCOMMIT TRANSACTION;\nGO\n"));
        QVERIFY(script.contains("(2001, 2345)) INSERT INTO [cdr] "));
        QVERIFY(script.contains("'" + QByteArray(40, '\'') + "'"));
        QVERIFY(script.contains("N'" + QByteArray::fromStdString(accents) + "'"));

        QString problem;
        std::vector<Row> rows;
        tsqlRows(script, [&rows](const Row &row) { rows.push_back(row); }, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        BatchText csv(*shared);
        csv.formatFields(records);
        QCOMPARE(rows.size(), records.size());
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
                const std::string_view expected = csv.field(r, c);
                const std::optional<std::string> asRead =
                    expected.empty() ? std::nullopt : std::optional<std::string>(expected);
                QVERIFY2(rows[r][c] == asRead, qPrintable(QString("row %1 column %2").arg(r + 1).arg(c)));
            }

        encoder.encode({}, out);
        QCOMPARE(out.size, std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestTsqlEncoder)
#include "test_tsql_encoder.moc"

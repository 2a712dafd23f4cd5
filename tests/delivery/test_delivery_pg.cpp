// The bcp data file (-o bcp:DIR) loaded by PostgreSQL's COPY with the same terminators (tab between fields, CR LF
// after a row, an empty field NULL) gives the rows of a CSV run of the same config and seed: an outside reader of
// the file agrees with the terminators, the NULLs and the text. Columns are TEXT, so values compare exactly.
#include "clirunner.h"
#include "deliveryrows.h"
#include "postgresfacts.h"

#include "model/schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <memory>

using namespace deliverytest;

namespace {

constexpr int kRecords = 20'000;

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;
using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result exec(PGconn *db, const std::string &sql)
{
    return Result(PQexec(db, sql.c_str()), &PQclear);
}

} // namespace

class TestDeliveryPg : public QObject {
    Q_OBJECT

private slots:
    void bcpDataLoadsIntoPostgresAsTheCsvRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath("config.yml");
        QVERIFY(writeAccentedConfig(config));
        CliRunner cli(dir.path());
        for (const QString &target : {QStringLiteral("csv:cdr.csv"), QStringLiteral("bcp:out")}) {
            const CliResult result = cli.run({"-q", "--no-email", "-c", config, "-n", QString::number(kRecords), "-s",
                                              "9", "-o", target});
            QVERIFY2(result.exitCode == 0, qPrintable(target + ": " + result.err));
        }
        const QByteArray csvText = readFile(dir.filePath("cdr.csv"));
        const std::vector<Row> csv = collect([&csvText](const RowSink &each) { csvRows(csvText, each); });
        QCOMPARE(csv.size(), std::size_t(kRecords));

        const auto pg = readPostgresFacts();
        const std::string conninfo = "host=" + pg.at("PG_HOST").toStdString() + " port=" + pg.at("PG_PORT").toStdString() +
                                     " user=" + pg.at("PG_USER").toStdString() + " password=" +
                                     pg.at("PG_PASSWORD").toStdString() + " dbname=" + pg.at("PG_DATABASE").toStdString();
        Connection db(PQconnectdb(conninfo.c_str()), &PQfinish);
        QVERIFY2(PQstatus(db.get()) == CONNECTION_OK, PQerrorMessage(db.get()));
        std::string columns;
        for (const cdr::Column &column : cdr::kCdrColumns)
            columns += (columns.empty() ? "" : ", ") + std::string(column.name) + " TEXT";
        QCOMPARE(PQresultStatus(exec(db.get(), "CREATE TEMPORARY TABLE bcp_rows (" + columns + ")").get()), PGRES_COMMAND_OK);
        // CSV mode with a quote character no field holds: nothing in a field is interpreted, an empty field is NULL.
        const Result copy = exec(db.get(), "COPY bcp_rows FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', "
                                           "QUOTE E'\\x01', NULL '', ENCODING 'UTF8')");
        QCOMPARE(PQresultStatus(copy.get()), PGRES_COPY_IN);
        const QByteArray data = readFile(dir.filePath("out/cdr.dat"));
        QVERIFY(!data.isEmpty());
        QCOMPARE(PQputCopyData(db.get(), data.constData(), int(data.size())), 1);
        QCOMPARE(PQputCopyEnd(db.get(), nullptr), 1);
        const Result copied(PQgetResult(db.get()), &PQclear);
        QVERIFY2(PQresultStatus(copied.get()) == PGRES_COMMAND_OK, PQresultErrorMessage(copied.get()));
        QCOMPARE(QByteArray(PQcmdTuples(copied.get())), QByteArray::number(kRecords));
        while (PGresult *rest = PQgetResult(db.get()))
            PQclear(rest);

        const Result rows = exec(db.get(), "SELECT * FROM bcp_rows ORDER BY id::bigint");
        QCOMPARE(PQresultStatus(rows.get()), PGRES_TUPLES_OK);
        QCOMPARE(PQntuples(rows.get()), kRecords);
        QCOMPARE(PQnfields(rows.get()), int(cdr::kCdrColumnCount));
        int nulls = 0;
        for (int r = 0; r < kRecords; ++r) {
            Row row;
            for (int c = 0; c < int(cdr::kCdrColumnCount); ++c) {
                if (PQgetisnull(rows.get(), r, c)) {
                    row.push_back(std::nullopt);
                    ++nulls;
                } else {
                    row.push_back(std::string(PQgetvalue(rows.get(), r, c)));
                }
            }
            QVERIFY2(row == csv[std::size_t(r)], qPrintable(QString("row %1 differs").arg(r + 1)));
        }
        QVERIFY(nulls > 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryPg)
#include "test_delivery_pg.moc"

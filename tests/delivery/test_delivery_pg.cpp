// The bcp data files (-o bcp:DIR) loaded by PostgreSQL's COPY with the same terminators (tab between fields, CR LF
// after a row, an empty field NULL) give the rows of a CSV run of the same config and seed: an outside reader of
// the files agrees with the terminators, the NULLs and the text. Columns are TEXT, so values compare exactly. Both
// the CDR data file and the defects answer key's (<table>_defects.dat, with --world-tables).
#include "clirunner.h"
#include "deliveryrows.h"
#include "postgresfacts.h"

#include "model/schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>
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

Connection connectToFixture()
{
    const auto pg = readPostgresFacts();
    const std::string conninfo = "host=" + pg.at("PG_HOST").toStdString() + " port=" + pg.at("PG_PORT").toStdString() +
                                 " user=" + pg.at("PG_USER").toStdString() + " password=" +
                                 pg.at("PG_PASSWORD").toStdString() + " dbname=" + pg.at("PG_DATABASE").toStdString();
    return Connection(PQconnectdb(conninfo.c_str()), &PQfinish);
}

// Loads bcp character data into a new temporary table `table` of TEXT `columns` by COPY, then reads it back ordered
// by its first column as a number. "" when it went well, else what failed.
QString copyBcpData(PGconn *db, const std::string &table, const std::vector<std::string> &columns,
                    const QByteArray &data, std::vector<Row> &rows)
{
    std::string definition;
    for (const std::string &column : columns)
        definition += (definition.empty() ? "" : ", ") + column + " TEXT";
    if (PQresultStatus(exec(db, "CREATE TEMPORARY TABLE " + table + " (" + definition + ")").get()) != PGRES_COMMAND_OK)
        return PQerrorMessage(db);
    // CSV mode with a quote character no field holds: nothing in a field is interpreted, an empty field is NULL.
    const Result copy = exec(db, "COPY " + table + " FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', "
                                 "QUOTE E'\\x01', NULL '', ENCODING 'UTF8')");
    if (PQresultStatus(copy.get()) != PGRES_COPY_IN)
        return PQerrorMessage(db);
    if (PQputCopyData(db, data.constData(), int(data.size())) != 1 || PQputCopyEnd(db, nullptr) != 1)
        return PQerrorMessage(db);
    const Result copied(PQgetResult(db), &PQclear);
    if (PQresultStatus(copied.get()) != PGRES_COMMAND_OK)
        return PQresultErrorMessage(copied.get());
    while (PGresult *rest = PQgetResult(db))
        PQclear(rest);
    const Result read = exec(db, "SELECT * FROM " + table + " ORDER BY " + columns.front() + "::bigint");
    if (PQresultStatus(read.get()) != PGRES_TUPLES_OK || PQnfields(read.get()) != int(columns.size()))
        return PQerrorMessage(db);
    rows.clear();
    for (int r = 0; r < PQntuples(read.get()); ++r) {
        Row row;
        for (int c = 0; c < int(columns.size()); ++c)
            row.push_back(PQgetisnull(read.get(), r, c) ? std::nullopt
                                                        : std::optional<std::string>(PQgetvalue(read.get(), r, c)));
        rows.push_back(std::move(row));
    }
    return {};
}

} // namespace

class TestDeliveryPg : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config = m_dir.filePath("config.yml");
        QVERIFY(writeAccentedConfig(config));
        CliRunner cli(m_dir.path());
        for (const QString &target : {QStringLiteral("csv:cdr.csv"), QStringLiteral("bcp:out")}) {
            const CliResult result = cli.run({"-q", "--no-email", "-c", config, "-n", QString::number(kRecords), "-s",
                                              "9", "--world-tables", "-o", target});
            QVERIFY2(result.exitCode == 0, qPrintable(target + ": " + result.err));
        }
    }

    void bcpDataLoadsIntoPostgresAsTheCsvRows()
    {
        const QByteArray csvText = readFile(m_dir.filePath("cdr.csv"));
        const std::vector<Row> csv = collect([&csvText](const RowSink &each) { csvRows(csvText, each); });
        QCOMPARE(csv.size(), std::size_t(kRecords));

        Connection db = connectToFixture();
        QVERIFY2(PQstatus(db.get()) == CONNECTION_OK, PQerrorMessage(db.get()));
        std::vector<std::string> columns;
        for (const cdr::Column &column : cdr::kCdrColumns)
            columns.emplace_back(column.name);
        std::vector<Row> rows;
        const QString problem =
            copyBcpData(db.get(), "bcp_rows", columns, readFile(m_dir.filePath("out/cdr.dat")), rows);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), std::size_t(kRecords));
        int nulls = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            nulls += int(std::count(rows[r].begin(), rows[r].end(), std::nullopt));
            QVERIFY2(rows[r] == csv[r], qPrintable(QString("row %1 differs").arg(r + 1)));
        }
        QVERIFY(nulls > 0);
    }

    void bcpDefectKeyLoadsIntoPostgresAsTheCsvKey()
    {
        const QByteArray csvText = readFile(m_dir.filePath("cdr_defects.csv"));
        std::vector<Row> csv = collect([&csvText](const RowSink &each) { csvRows(csvText, each); });
        QVERIFY(csv.size() > 500);

        Connection db = connectToFixture();
        QVERIFY2(PQstatus(db.get()) == CONNECTION_OK, PQerrorMessage(db.get()));
        std::vector<Row> rows;
        const QString problem =
            copyBcpData(db.get(), "bcp_key",
                        {"id", "kind", "variant", "column_name", "original_value", "injected_value", "original_id"},
                        readFile(m_dir.filePath("out/cdr_defects.dat")), rows);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        std::sort(csv.begin(), csv.end());
        std::sort(rows.begin(), rows.end());
        QVERIFY2(rows == csv,
                 qPrintable(QString("%1 key rows loaded, %2 in the CSV file").arg(rows.size()).arg(csv.size())));
        // NULLs came through (a missing field's injected value), and numbers (a duplicate's original id).
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const Row &row) { return !row[5]; }));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const Row &row) { return row[6].has_value(); }));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDeliveryPg)
#include "test_delivery_pg.moc"

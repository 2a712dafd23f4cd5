#include "dbtestsupport.h"

#include "model/schema.h"
#include "sink/batchtext.h"
#include "sink/odbcsink.h"
#include "synth/cdrengine.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <xxhash.h>

#include <charconv>
#include <stdexcept>

namespace cdrtest {

namespace {

void appendDouble(std::string &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendNormalised(std::string &out, cdr::ColumnKind kind, const QVariant &value)
{
    if (value.isNull()) { // a receiving-side column of an off-net call or a data session: the CSV field is empty
        out += '|';
        return;
    }
    switch (kind) {
    case cdr::ColumnKind::Id:
    case cdr::ColumnKind::Integer: out += std::to_string(value.toLongLong()); break;
    case cdr::ColumnKind::Real: appendDouble(out, value.toDouble()); break;
    case cdr::ColumnKind::Timestamp:
        if (value.metaType().id() == QMetaType::QDateTime)
            out += value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
        else
            out += value.toString().left(19).replace(QLatin1Char('T'), QLatin1Char(' ')).toStdString();
        break;
    case cdr::ColumnKind::Text: out += value.toString().toStdString(); break;
    }
    out += '|';
}

} // namespace

const cdr::Config &testConfig()
{
    static const cdr::Config config = [] {
        cdr::Config c = cdr::Config::seedDefaults();
        c.generation.records = 100000;
        c.operators[2].code = "O,P\"3"; // a value that needs CSV quoting and SQL escaping
        return c;
    }();
    return config;
}

std::vector<cdr::CdrRecord> makeRecords(std::int64_t first, std::int64_t count)
{
    // One engine for the whole test run: the world depends on generation.records, so it is fixed here and the
    // records of any id range are the same whichever test asks for them.
    static const cdr::CdrEngine engine(testConfig());
    std::vector<cdr::CdrRecord> records;
    engine.generate(first, count, records);
    return records;
}

std::uint64_t tableDigest(const QSqlDatabase &db, const QString &table, std::int64_t *rows)
{
    QString columns;
    for (const cdr::Column &column : cdr::kCdrColumns)
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromLatin1(column.name.data(), qsizetype(column.name.size()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table)))
        throw std::runtime_error("reading back: " + query.lastError().text().toStdString());
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    std::int64_t count = 0;
    std::string row;
    while (query.next()) {
        row.clear();
        for (std::size_t c = 0; c < cdr::kCdrColumnCount; ++c)
            appendNormalised(row, cdr::kCdrColumns[c].kind, query.value(int(c)));
        XXH3_64bits_update(state, row.data(), row.size());
        ++count;
    }
    const std::uint64_t digest = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    if (rows)
        *rows = count;
    return digest;
}

std::uint64_t csvDigest(const std::vector<cdr::CdrRecord> &records)
{
    cdr::BatchText text(testConfig());
    text.formatFields(records);
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    std::string row;
    for (std::size_t r = 0; r < text.rows(); ++r) {
        row.clear();
        for (std::size_t c = 0; c < cdr::kCdrColumnCount; ++c) {
            const std::string_view v = text.field(r, c);
            const cdr::ColumnKind kind = cdr::kCdrColumns[c].kind;
            if (kind == cdr::ColumnKind::Real && !v.empty()) {
                double value = 0;
                std::from_chars(v.data(), v.data() + v.size(), value);
                appendDouble(row, value);
                row += '|';
            } else {
                row.append(v);
                row += '|';
            }
        }
        XXH3_64bits_update(state, row.data(), row.size());
    }
    const std::uint64_t digest = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return digest;
}

std::int64_t scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        throw std::runtime_error(sql.toStdString() + ": " + query.lastError().text().toStdString());
    return query.value(0).toLongLong();
}

void load(cdr::RecordSink &sink, cdr::IfExists ifExists, const std::vector<cdr::CdrRecord> &records,
          std::size_t batchSize)
{
    sink.open();
    sink.prepare(ifExists);
    const std::int64_t resumeAt = sink.maxId() + 1;
    if (!records.empty() && records.front().id != resumeAt)
        throw std::runtime_error("expected to resume at " + std::to_string(records.front().id) + ", sink says " +
                                 std::to_string(resumeAt));
    for (std::size_t at = 0; at < records.size(); at += batchSize)
        sink.writeBatch(std::span(records).subspan(at, std::min(batchSize, records.size() - at)));
    sink.finish();
    sink.close();
}

std::string loadOdbcEachMethod(const cdr::ConnectionSettings &connection, const std::string &table,
                               std::initializer_list<cdr::OdbcBatchInserter::Method> methods,
                               const std::vector<cdr::CdrRecord> &records, const std::function<bool()> &check)
{
    for (const cdr::OdbcBatchInserter::Method method : methods) {
        const std::string name = "insert method " + cdr::OdbcBatchInserter::methodName(method);
        cdr::OdbcSink sink(connection, table, testConfig());
        sink.setInsertMethod(int(method));
        try {
            load(sink, cdr::IfExists::Replace, records, 700);
        } catch (const std::exception &error) {
            return name + ": " + error.what();
        }
        if (!check())
            return name + ": the table read back is not as expected";
    }
    return {};
}

std::map<std::string, std::string> postgresFixture()
{
    std::map<std::string, std::string> facts;
    QFile file(qEnvironmentVariable("CDRGEN_PG_FIXTURE"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no PostgreSQL fixture facts (CDRGEN_PG_FIXTURE=" + file.fileName().toStdString() + ")");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const auto eq = line.indexOf('=');
        if (eq > 0)
            facts[line.left(eq).toStdString()] = line.mid(eq + 1).toStdString();
    }
    return facts;
}

QSqlDatabase postgresReader(const std::map<std::string, std::string> &facts, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QString::fromStdString(facts.at("PG_HOST")));
    db.setPort(std::stoi(facts.at("PG_PORT")));
    db.setDatabaseName(QString::fromStdString(facts.at("PG_DATABASE")));
    db.setUserName(QString::fromStdString(facts.at("PG_USER")));
    db.setPassword(QString::fromStdString(facts.at("PG_PASSWORD")));
    return db;
}

cdr::TargetSpec postgresCopyTarget(const std::map<std::string, std::string> &facts)
{
    cdr::TargetSpec target;
    target.kind = cdr::TargetSpec::Kind::Postgres;
    target.host = facts.at("PG_HOST");
    target.port = facts.at("PG_PORT");
    target.user = facts.at("PG_USER");
    target.password = facts.at("PG_PASSWORD");
    target.database = facts.at("PG_DATABASE");
    return target;
}

cdr::ConnectionSettings postgresOdbcSettings(const std::map<std::string, std::string> &facts)
{
    cdr::ConnectionSettings c;
    c.driver = "PostgreSQL Unicode";
    c.server = facts.at("PG_HOST");
    c.port = facts.at("PG_PORT");
    c.database = facts.at("PG_DATABASE");
    c.user = facts.at("PG_USER");
    c.password = facts.at("PG_PASSWORD");
    return c;
}

QStringList sqliteIndexes(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '" + table +
               "' AND name NOT LIKE 'sqlite_%'");
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool postgresControl(const std::string &action)
{
    const QString script = QStringLiteral(CDRGEN_SOURCE_DIR "/tests/fixtures/postgres/ctl.sh");
    return QProcess::execute(QStringLiteral("bash"), {script, qEnvironmentVariable("CDRGEN_PG_FIXTURE"),
                                                      QString::fromStdString(action)}) == 0;
}

} // namespace cdrtest

// One point of the ODBC statement-size sweep (scripts/bench.d/30-odbc-sweep.sh): loads --records generated records
// into a new table through OdbcSink with one insert method and a forced number of rows per statement, and prints
// whether every statement succeeded and the insert rate (the index build at the end is not timed).
//   bench_odbc_statement --method 0|1|2 --rows-per-statement N [--records 20000] [--table sweep] [--label TEXT]
// Connection from DB_DRIVER, DB_SERVER, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD (as bench_load).
#include "config/config.h"
#include "model/schema.h"
#include "sink/odbcsink.h"
#include "synth/cdrengine.h"

#include <QCoreApplication>
#include <QCommandLineParser>

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{"method", "Insert method (0 parameter arrays, 1 multi-row, 2 unnest).", "n", "1"},
                       {"rows-per-statement", "Rows per INSERT statement.", "n", "100"},
                       {"records", "Records to load.", "n", "20000"},
                       {"table", "Table name.", "name", "sweep"},
                       {"label", "Name printed with the result.", "text", "ODBC"}});
    parser.process(app);
    spdlog::set_level(spdlog::level::off);

    const auto auto_env = [](const char *name) { return qEnvironmentVariable(name).toStdString(); };
    cdr::ConnectionSettings c;
    c.driver = auto_env("DB_DRIVER");
    c.server = auto_env("DB_SERVER");
    c.port = auto_env("DB_PORT");
    c.database = auto_env("DB_NAME");
    c.user = auto_env("DB_USER");
    c.password = auto_env("DB_PASSWORD");

    const std::int64_t perStatement = parser.value("rows-per-statement").toLongLong();
    const int method = parser.value("method").toInt();
    cdr::Config config = cdr::Config::seedDefaults();
    config.generation.records = parser.value("records").toLongLong();
    // Whole statements per transaction, about 10,000 rows each.
    const std::int64_t batch = perStatement * std::max<std::int64_t>(1, 10000 / perStatement);
    const long long parameters = method == 2 ? 23 : method == 0 ? 23 : perStatement * 23;
    std::printf("%-22s %6lld rows %6lld params  ", parser.value("label").toUtf8().constData(),
                static_cast<long long>(perStatement), parameters);
    std::fflush(stdout);

    try {
        cdr::CdrEngine engine(config);
        cdr::OdbcSink sink(c, parser.value("table").toStdString(), config);
        sink.setInsertMethod(method);
        sink.setRowsPerStatement(std::size_t(perStatement));
        sink.open();
        sink.prepare(cdr::IfExists::Replace);
        std::vector<cdr::CdrRecord> records;
        double seconds = 0;
        for (std::int64_t id = 1; id <= config.generation.records; id += batch) {
            engine.generate(id, std::min(batch, config.generation.records - id + 1), records);
            const auto start = std::chrono::steady_clock::now();
            sink.writeBatch(records);
            seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        }
        if (sink.maxId() != config.generation.records)
            throw std::runtime_error("MAX(id) is " + std::to_string(sink.maxId()));
        sink.finish();
        sink.close();
        std::printf("ok   %8.0f rows/s\n", double(config.generation.records) / seconds);
    } catch (const std::exception &failure) {
        std::string message = failure.what();
        if (message.size() > 110)
            message = message.substr(0, 110) + "...";
        std::printf("FAIL %s\n", message.c_str());
        return 1;
    }
    return 0;
}

// Loads N generated records into one target end to end (RunController: engine -> batches -> ResilientWriter ->
// sink, indexes included) and prints the rate. scripts/bench.d/20-load.sh runs it side by side for every target.
//   bench_load --records 1000000 --output sqlite:/tmp/b.sqlite [--table cdr] [--batch 10000] [--label NAME]
//   bench_load --output odbc ...            (connection from DB_DRIVER, DB_SERVER, DB_PORT, DB_NAME, DB_USER,
//                                             DB_PASSWORD, DB_DSN, DB_OPTIONS)
//   bench_load --output odbc --odbc-method 0|1|2 ...   (direct sink loop forcing parameter arrays / multi-row /
//                                                        unnest, to compare the ODBC insert methods)
#include "config/config.h"
#include "run/runcontroller.h"
#include "sink/odbcsink.h"
#include "sink/targetspec.h"
#include "synth/cdrengine.h"

#include <QCoreApplication>
#include <QCommandLineParser>

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>

namespace {

cdr::ConnectionSettings connectionFromEnvironment()
{
    cdr::ConnectionSettings c;
    auto env = [](const char *name) { return qEnvironmentVariable(name).toStdString(); };
    c.driver = env("DB_DRIVER");
    c.server = env("DB_SERVER");
    c.port = env("DB_PORT");
    c.database = env("DB_NAME");
    c.user = env("DB_USER");
    c.password = env("DB_PASSWORD");
    c.dsn = env("DB_DSN");
    c.options = env("DB_OPTIONS");
    return c;
}

double directOdbcLoad(const cdr::Config &config, const cdr::ConnectionSettings &connection, const std::string &table,
                      int method)
{
    const auto start = std::chrono::steady_clock::now();
    cdr::CdrEngine engine(config);
    cdr::OdbcSink sink(connection, table, config);
    sink.setInsertMethod(method);
    sink.open();
    sink.prepare(cdr::IfExists::Replace);
    std::vector<cdr::CdrRecord> batch;
    for (std::int64_t id = 1; id <= config.generation.records; id += config.generation.batchSize) {
        engine.generate(id, std::min(config.generation.batchSize, config.generation.records - id + 1), batch);
        sink.writeBatch(batch);
    }
    sink.finish();
    sink.close();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{"records", "Records to load.", "n", "1000000"},
                       {"batch", "Rows per transaction.", "n", "10000"},
                       {"output", "Target, as cdrgen's -o.", "target", "sqlite:bench.sqlite"},
                       {"table", "Table name.", "name", "cdr"},
                       {"label", "Name printed with the result.", "text"},
                       {"odbc-method", "Force an ODBC insert method (0 arrays, 1 multi-row, 2 unnest).", "n"}});
    parser.process(app);
    spdlog::set_level(spdlog::level::warn);

    cdr::Config config = cdr::Config::seedDefaults();
    config.generation.records = parser.value("records").toLongLong();
    config.generation.batchSize = parser.value("batch").toLongLong();
    std::string error;
    const auto target = cdr::TargetSpec::parse(parser.value("output").toStdString(), &error);
    if (!target) {
        std::fprintf(stderr, "bench_load: %s\n", error.c_str());
        return 2;
    }
    const std::string label = parser.isSet("label") ? parser.value("label").toStdString() : parser.value("output").toStdString();
    const std::string table = parser.value("table").toStdString();
    double seconds = 0;
    std::int64_t rows = config.generation.records;
    try {
        if (parser.isSet("odbc-method")) {
            seconds = directOdbcLoad(config, connectionFromEnvironment(), table, parser.value("odbc-method").toInt());
        } else {
            cdr::RunRequest request;
            request.config = config;
            request.target = *target;
            request.connection = connectionFromEnvironment();
            request.table = table;
            request.ifExists = cdr::IfExists::Replace;
            std::atomic_bool cancel{false};
            const cdr::RunSummary summary = cdr::RunController().run(request, cancel, {});
            if (summary.outcome != cdr::RunSummary::Outcome::Completed) {
                std::fprintf(stderr, "bench_load: %s failed: %s\n", label.c_str(), summary.error.c_str());
                return 1;
            }
            seconds = summary.elapsedSeconds;
            rows = summary.inserted;
        }
    } catch (const std::exception &failure) {
        std::fprintf(stderr, "bench_load: %s failed: %s\n", label.c_str(), failure.what());
        return 1;
    }
    std::printf("%-34s %9lld rows %8.2f s %10.0f rows/s\n", label.c_str(), static_cast<long long>(rows), seconds,
                static_cast<double>(rows) / seconds);
    return 0;
}

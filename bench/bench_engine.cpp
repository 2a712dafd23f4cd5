// Engine throughput: BatchProducer -> CsvSink (or generation only) with the shipped config/config.yml, as a run
// does it: batches formatted (and compressed, for OUTPUT ending in .gz) on the generator threads, then written.
// Usage: bench_engine RECORDS THREADS OUTPUT [BATCH]   OUTPUT "-" = stdout, "none" = generate only,
//        "format" = generate and format CSV on the generator threads without writing; "tsql:FILE.sql[.gz]" and
//        "bcp:DIR" write those outputs instead of CSV. THREADS 0 = build the world
//        model only. For a file, sync_s is the time until sync(2) returned (the bytes are on the disk).
//        CDRGEN_BENCH_CONFIG=FILE: that config instead of the shipped one.
#include "config/config.h"
#include "config/configloader.h"
#include "defects/defectinjector.h"
#include "delivery/bcpsink.h"
#include "delivery/tsqlsink.h"
#include "encode/csvbatchencoder.h"
#include "sink/csvsink.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

double cpuSeconds(bool systemOnly = false)
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double sys = static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) / 1e6;
    if (systemOnly)
        return sys;
    return sys + static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s RECORDS THREADS OUTPUT|-|none|format [BATCH]\n", argv[0]);
        return 2;
    }
    spdlog::set_level(spdlog::level::warn);
    const std::int64_t records = std::atoll(argv[1]);
    const int threads = std::atoi(argv[2]);
    const std::string output = argv[3];
    const std::int64_t batch = argc > 4 ? std::atoll(argv[4]) : 10'000;

    // config/config.yml, or the file CDRGEN_BENCH_CONFIG names (scripts/bench engine: fraud-lab.yml).
    const char *configFile = std::getenv("CDRGEN_BENCH_CONFIG");
    const cdr::ConfigLoadResult loaded =
        configFile && *configFile ? cdr::loadConfigFile(configFile) : cdr::loadBundledDefaultConfig();
    if (!loaded.ok()) {
        std::fprintf(stderr, "the configuration does not load\n");
        return 1;
    }
    cdr::Config config = loaded.config;
    config.generation.records = records;

    const auto t0 = std::chrono::steady_clock::now();
    const cdr::CdrEngine engine(config);
    const auto t1 = std::chrono::steady_clock::now();
    const double cpu1 = cpuSeconds(), sys1 = cpuSeconds(true);

    if (threads == 0) { // world model only
        std::fprintf(stderr, "world_build_s=%.3f subscribers=%zu peak_rss_mb=%ld\n",
                     std::chrono::duration<double>(t1 - t0).count(), engine.world().subscribers().size(), peakRssMb());
        return 0;
    }
    std::unique_ptr<cdr::RecordSink> sink;
    if (output.starts_with("tsql:")) {
        sink = std::make_unique<cdr::TsqlSink>(output.substr(5), "cdr", config);
    } else if (output.starts_with("bcp:")) {
        sink = std::make_unique<cdr::BcpSink>(output.substr(4), "cdr", config);
    } else if (output != "none" && output != "format") {
        sink = std::make_unique<cdr::CsvSink>(output, config);
    }
    if (sink) {
        sink->open();
        sink->prepare(cdr::IfExists::Replace);
    }
    cdr::BatchEncoderFactory encoders;
    if (sink)
        encoders = sink->encoderFactory();
    else if (output == "format")
        encoders = [shared = std::make_shared<const cdr::Config>(config)] {
            return std::make_unique<cdr::CsvBatchEncoder>(shared);
        };
    std::uint64_t bytes = 0, checksum = 0;
    // defects: in the config (dirty-data.yml) damages each batch on the generator threads, as a run does.
    const cdr::DefectInjector defects(engine);
    cdr::BatchTransform damage;
    if (defects.enabled())
        damage = [&defects](std::vector<cdr::CdrRecord> &batchRecords) { defects.damage(batchRecords); };
    cdr::BatchProducer producer(engine, 1, records, batch, threads, encoders, std::move(damage));
    std::vector<cdr::CdrRecord> rows;
    cdr::EncodedBatch encoded;
    while (encoders ? producer.next(rows, encoded) : producer.next(rows)) {
        if (sink) {
            sink->writeEncodedBatch(rows, encoded);
        } else if (output == "format") {
            bytes += encoded.size;
        } else {
            checksum += rows.back().caller; // keep the work observable
        }
    }
    if (sink) {
        sink->finish();
        sink->close();
    }
    const auto t2 = std::chrono::steady_clock::now();
    double syncSeconds = 0;
    if (sink && output != "-") {
        ::sync();
        syncSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
    }
    const double cpu = cpuSeconds() - cpu1, sys = cpuSeconds(true) - sys1;
    const double build = std::chrono::duration<double>(t1 - t0).count();
    const double run = std::chrono::duration<double>(t2 - t1).count();
    std::fprintf(stderr,
                 "records=%lld threads=%d output=%s batch=%lld subscribers=%zu antennas=%zu\n"
                 "world_build_s=%.3f run_s=%.3f sync_s=%.3f records_per_s=%.0f cpu_s=%.3f (sys %.3f) cpu_ns_per_record=%.0f peak_rss_mb=%ld%s\n",
                 static_cast<long long>(records), threads, output.c_str(), static_cast<long long>(batch),
                 engine.world().subscribers().size(), engine.world().antennas().size(), build, run, syncSeconds,
                 static_cast<double>(records) / run, cpu, sys, cpu * 1e9 / static_cast<double>(records), peakRssMb(),
                 output == "format" ? (" csv_bytes=" + std::to_string(bytes)).c_str()
                                    : (checksum ? "" : ""));
    return 0;
}

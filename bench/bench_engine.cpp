// Engine throughput: BatchProducer -> CsvSink (or generation only) with the shipped config/config.yml.
// Usage: bench_engine RECORDS THREADS OUTPUT [BATCH]   OUTPUT "-" = stdout, "none" = generate only,
//        "format" = generate and format CSV in memory without writing. THREADS 0 = build the world model only.
#include "config/config.h"
#include "config/configloader.h"
#include "sink/csvsink.h"
#include "synth/batchproducer.h"
#include "synth/cdrengine.h"
#include "synth/recordformatter.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <sys/resource.h>

#include <chrono>
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

    const cdr::ConfigLoadResult loaded = cdr::loadBundledDefaultConfig(); // config/config.yml
    if (!loaded.ok()) {
        std::fprintf(stderr, "the bundled config.yml does not load\n");
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
    std::unique_ptr<cdr::CsvSink> sink;
    if (output != "none" && output != "format") {
        sink = std::make_unique<cdr::CsvSink>(output, config);
        sink->open();
        sink->prepare(cdr::IfExists::Replace);
    }
    const cdr::RecordFormatter formatter(engine.config());
    std::vector<char> text(static_cast<std::size_t>(batch) * formatter.maxRowLength() + cdr::AntennaTextCache::kMaxText);
    cdr::AntennaTextCache antennaText(config.antennaId.min, config.antennaId.max);
    std::uint64_t bytes = 0, checksum = 0;
    cdr::BatchProducer producer(engine, 1, records, batch, threads);
    std::vector<cdr::CdrRecord> rows;
    while (producer.next(rows)) {
        if (sink) {
            sink->writeBatch(rows);
        } else if (output == "format") {
            char *end = text.data();
            for (const cdr::CdrRecord &r : rows)
                end = formatter.writeCsvRow(end, r, antennaText);
            bytes += static_cast<std::uint64_t>(end - text.data());
        } else {
            checksum += rows.back().caller; // keep the work observable
        }
    }
    if (sink) {
        sink->finish();
        sink->close();
    }
    const auto t2 = std::chrono::steady_clock::now();
    const double cpu = cpuSeconds() - cpu1, sys = cpuSeconds(true) - sys1;
    const double build = std::chrono::duration<double>(t1 - t0).count();
    const double run = std::chrono::duration<double>(t2 - t1).count();
    std::fprintf(stderr,
                 "records=%lld threads=%d output=%s batch=%lld subscribers=%zu antennas=%zu\n"
                 "world_build_s=%.3f run_s=%.3f records_per_s=%.0f cpu_s=%.3f (sys %.3f) cpu_ns_per_record=%.0f peak_rss_mb=%ld%s\n",
                 static_cast<long long>(records), threads, output.c_str(), static_cast<long long>(batch),
                 engine.world().subscribers().size(), engine.world().antennas().size(), build, run,
                 static_cast<double>(records) / run, cpu, sys, cpu * 1e9 / static_cast<double>(records), peakRssMb(),
                 output == "format" ? (" csv_bytes=" + std::to_string(bytes)).c_str()
                                    : (checksum ? "" : ""));
    return 0;
}

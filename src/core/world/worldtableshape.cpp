#include "world/worldtableshape.h"

#include "world/eventcolumnlimits.h"
#include "world/labelcolumnlimits.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace cdr {

namespace {

constexpr std::size_t kSha256HexLength = 64; // configDigest()

// World columns holding what a CDR column holds.
const std::map<std::string_view, std::string_view> &sameValuesAs()
{
    static const std::map<std::string_view, std::string_view> columns{
        {"msisdn", "caller"},
        {"imei", "imei_caller"},
        {"operator", "operator_code_emission"},
        {"home_lat", "caller_lat_home"},
        {"home_lon", "caller_lon_home"},
        {"work_lat", "caller_lat_home"},
        {"work_lon", "caller_lon_home"},
        {"home_antenna", "antenna_id_emission"},
        {"work_antenna", "antenna_id_emission"},
        {"second_imei", "imei_caller"},
        {"second_imei_from", "start_time"},
        {"antenna_id", "antenna_id_emission"},
        {"antenna_type", "antenna_type_emission"},
        {"lat", "antenna_lat_emission"},
        {"lon", "antenna_lon_emission"},
        {"altitude", "antenna_altitude_emission"},
        {"created_at", "start_time"},
        {"start_time", "start_time"},
        {"end_time", "start_time"},
        {"valid_from", "start_time"},
        {"valid_to", "start_time"},
    };
    return columns;
}

} // namespace

std::vector<ExpectedColumn> expectedWorldColumns(WorldTable table, const Config &config, const RunValueLimits &limits)
{
    const std::vector<ExpectedColumn> cdr = expectedCdrColumns(limits);
    std::vector<ExpectedColumn> expected;
    for (const WorldColumn &world : worldColumns(table)) {
        ExpectedColumn column;
        if (const auto same = sameValuesAs().find(world.name); same != sameValuesAs().end())
            column = *std::find_if(cdr.begin(), cdr.end(), [&](const ExpectedColumn &c) { return c.name == same->second; });
        column.name = std::string(world.name);
        column.kind = columnKindOf(world.kind);
        column.nullWhen.clear();
        if (world.name == "second_imei" || world.name == "second_imei_from")
            column.nullWhen = "for subscribers who keep one handset";
        else if (world.name == "activity")
            column.largestAbs = -1; // a heavy-tailed weight with no fixed upper bound
        else if (world.name == "version")
            column.longestText = std::strlen(CDRGEN_VERSION), column.example = CDRGEN_VERSION;
        else if (world.name == "seed")
            column.longestText = std::to_string(config.generation.seed).size(), column.example = "20240101";
        else if (world.name == "config_digest")
            column.longestText = kSha256HexLength, column.example = "9f86d081884c7d65...";
        else if (world.name == "record_total")
            column.smallest = 0, column.largest = config.generation.records;
        else if (table == WorldTable::Events)
            limitEventColumn(column, config, limits);
        else if (table == WorldTable::Labels)
            limitLabelColumn(column);
        expected.push_back(column);
    }
    return expected;
}

} // namespace cdr

#pragma once

#include <cstdint>

namespace cdr {

// The cell a call used, copied into the record so a record is self-contained.
struct AntennaRef {
    std::int32_t id = 0;      // written as "ANT<id>"
    std::uint8_t type = 0;    // index into Config::antennaTypes
    std::int32_t altitude = 0;
    double lat = 0;
    double lon = 0;
};

// Who is on the receiving side of a record. Only a subscriber of the generated world has a receiving IMEI, operator
// and antenna; an off-net callee (landline, foreign mobile) has a number only, a data session not even that.
enum class ReceiverKind : std::uint8_t { Subscriber, OffNet, None };

// One generated call detail record in compact form. Text columns are indexes into the run's Config lists, numbers
// are kept numeric; RecordFormatter turns them into the 23 column values.
struct CdrRecord {
    std::int64_t id = 0;
    std::uint64_t caller = 0;        // E.164 digits without '+', e.g. 32471234567 -> "+32471234567"
    std::uint64_t callee = 0;        // 0 when receiver is None
    std::int64_t startTime = 0;      // seconds since 1970-01-01 00:00:00 of Belgian wall-clock time (no zone)
    std::int32_t duration = 0;       // seconds
    std::uint8_t type = 0;           // index into Config::callTypes
    std::uint8_t status = 0;         // index into Config::callStatus
    std::uint64_t imeiCaller = 0;    // 15 digits, Luhn-valid
    std::uint64_t imeiReceiver = 0;
    std::uint16_t operatorEmission = 0;  // index into Config::operators
    std::uint16_t operatorReception = 0;
    AntennaRef antennaEmission;
    AntennaRef antennaReception;
    double callerHomeLat = 0;
    double callerHomeLon = 0;
    ReceiverKind receiver = ReceiverKind::Subscriber; // the receiving columns are empty unless Subscriber
    // Deliberate damage (defects.missing_fields): bit c set = column c of kCdrColumns written empty (NULL in a
    // database). Always 0 unless the run's config turns defects on.
    std::uint32_t missingColumns = 0;
};

} // namespace cdr

#pragma once

#include "synth/batchproducer.h"
#include "synth/callmix.h"
#include "synth/cdrengine.h"
#include "synth/realismmetrics.h"

#include <vector>

namespace cdr::testconfigs {

// Calls visit(interaction) for every record the engine makes for `config`, as RealismMetrics reads it.
template <typename Visit>
void forEachEngineInteraction(const Config &config, Visit visit)
{
    const CdrEngine engine(config);
    const CallMix mix(config);
    BatchProducer producer(engine, 1, config.generation.records, 50'000, 2);
    std::vector<CdrRecord> batch;
    while (producer.next(batch))
        for (const CdrRecord &r : batch) {
            RealismMetrics::Interaction i;
            i.caller = r.caller;
            i.callee = r.receiver == ReceiverKind::None ? 0 : r.callee;
            i.startTime = r.startTime;
            i.voice = mix.service(r.type) == ServiceKind::Voice;
            i.voiceOrSms = mix.service(r.type) != ServiceKind::Data;
            i.callerAntenna = r.antennaEmission.id;
            i.callerLat = r.antennaEmission.lat, i.callerLon = r.antennaEmission.lon;
            i.calleeIsOurs = r.receiver == ReceiverKind::Subscriber;
            i.calleeAntenna = r.antennaReception.id;
            i.calleeLat = r.antennaReception.lat, i.calleeLon = r.antennaReception.lon;
            visit(i);
        }
}

} // namespace cdr::testconfigs

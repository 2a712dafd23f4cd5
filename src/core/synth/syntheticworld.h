#pragma once

#include "config/config.h"
#include "config/subscriberbudget.h"
#include "geo/landmask.h"
#include "synth/antennaindex.h"
#include "synth/contactgraph.h"
#include "synth/numberingplan.h"
#include "synth/tiegraph.h"
#include "synth/worldmodel.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace cdr {

// The concrete world of a run: antennas (AntennaPlanner), subscribers with numbers, handsets, homes, a work or
// study place and activity, their contact lists and the reciprocal ties made of them, and nearest-antenna indexes
// per operator. The subscriber count is SubscriberBudget's.
// Built once from (config, seed); read-only afterwards, so any number of threads may share it.
class SyntheticWorld : public WorldModel {
public:
    static constexpr double kMaxActivity = 50;            // cap of the Pareto activity (xm = 1)
    static constexpr double kHomeCountrysideShare = 0.15; // homes anywhere on land rather than around a town

    explicit SyntheticWorld(const Config &config); // throws std::invalid_argument for an unusable config

    const std::vector<Antenna> &antennas() const override { return m_antennas; }
    const std::vector<Subscriber> &subscribers() const override { return m_subscribers; }

    const ContactGraph &contacts() const { return m_contacts; }
    const TieGraph &ties() const { return m_ties; }
    const NumberingPlan &numbering() const { return *m_numbering; }
    const LandMask &land() const { return *m_land; }
    // Subscriber indexes of an operator: a contiguous, ascending range (subscribers are stored by operator).
    const std::vector<std::uint32_t> &subscribersOf(std::size_t op) const { return m_byOperator[op]; }
    // The operator's antenna serving the subscriber's home / work or study place (home's for non-commuters).
    std::uint32_t homeAntenna(std::uint32_t subscriber) const { return m_homeAntenna[subscriber]; }
    std::uint32_t workAntenna(std::uint32_t subscriber) const { return m_workAntenna[subscriber]; }
    // The operator's antenna nearest to a point (any operator's if it has none).
    std::uint32_t nearestAntenna(std::size_t op, double lat, double lon) const;
    double buildSeconds() const { return m_buildSeconds; }

    // generation.subscribers when set, else derived from the records and the period (SubscriberBudget).
    static std::int64_t subscriberCount(const Config &config) { return SubscriberBudget::subscriberCount(config); }

private:
    void buildSubscribers(const Config &config, std::int64_t count);

    std::unique_ptr<LandMask> m_land;
    std::unique_ptr<NumberingPlan> m_numbering;
    std::vector<Antenna> m_antennas;
    std::vector<AntennaIndex> m_operatorAntennas;
    AntennaIndex m_allAntennas;
    std::vector<Subscriber> m_subscribers;
    std::vector<std::vector<std::uint32_t>> m_byOperator;
    std::vector<std::uint32_t> m_homeAntenna;
    std::vector<std::uint32_t> m_workAntenna;
    ContactGraph m_contacts;
    TieGraph m_ties;
    double m_buildSeconds = 0;
};

} // namespace cdr

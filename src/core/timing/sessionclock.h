#pragma once

#include "synth/randomstream.h"
#include "synth/timeprofile.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace cdr {

// Bursty time with random access by record id: the cascading non-homogeneous Poisson process of Malmgren et al.
// (PNAS 105, 18153, 2008), in a form where a record needs nothing but its own stream. The records of an owner (a
// tie, or a subscriber for calls outside its ties) fall into the owner's active intervals ("sessions"). An owner
// expecting E records over the run has round(E / records_per_session) sessions (at least one); their start times
// are the primary process, drawn from the calendar's time profile by the session's own stream, so daily, weekly and
// holiday rhythms stay as they were. A record picks one of its owner's sessions and lies an exponential delay after
// its start: the cascade inside an active interval, whose mean length varies from session to session (lognormal).
// Sessions are not picked evenly: index floor(K u^1.5) for a uniform u makes the number of records in a session
// heavy-tailed (P(size > s) ~ s^-3), as the bursty trains of mobile calls and texts are (Karsai et al., Sci. Rep. 2,
// 397, 2012: train sizes ~ E^-beta, beta ~ 4 for the density). Records then cluster in time as people's do, yet
// record k still depends only on (config, seed, k).
class SessionClock {
public:
    static constexpr double kRecordsPerSession = 3.0;
    static constexpr double kMedianGapMinutes = 4.0; // median over sessions of the mean delay within a session
    static constexpr double kGapSigma = 1.5;

    static constexpr int kMoodTries = 6;
    static constexpr std::int64_t kMoodDays = 7; // a mood lasts this many days
    static constexpr double kBusyShare = 0.3;     // share of busy stretches
    static constexpr double kQuietMood = 0.1;    // a quiet stretch's rate relative to a busy one

    SessionClock(const TimeProfile &profile, std::uint64_t seed);

    static std::uint32_t sessionCount(double expectedRecords)
    {
        const double sessions = std::round(expectedRecords / kRecordsPerSession);
        return sessions < 1 ? 1u : sessions > 4e9 ? 4'000'000'000u : static_cast<std::uint32_t>(sessions);
    }

    // Whose calls a session holds: a tie (two people) or one subscriber.
    struct Owner {
        std::uint64_t key; // unique per owner
        std::uint32_t person;
        std::uint32_t partner; // == person for a subscriber's own sessions
    };
    static Owner ofTie(std::uint32_t tie, std::uint32_t a, std::uint32_t b)
    {
        return {(std::uint64_t(1) << 40) | tie, a, b};
    }
    static Owner ofSubscriber(std::uint32_t subscriber)
    {
        return {(std::uint64_t(2) << 40) | subscriber, subscriber, subscriber};
    }

    std::int64_t draw(const Owner &owner, std::uint32_t sessions, RandomStream &record) const
    {
        const double u = record.uniform();
        const auto session = static_cast<std::uint64_t>(static_cast<double>(sessions) * u * std::sqrt(u));
        RandomStream stream(m_seed, StreamKind::Sessions, mix64(owner.key) + session);
        const std::int64_t start = sessionStart(owner, stream);
        const double meanGapSeconds = m_gapScale[stream.next() >> 56];
        const auto delay = static_cast<std::int64_t>(-std::log(1.0 - record.uniform()) * meanGapSeconds);
        if (start + delay <= m_profile.end())
            return start + delay;
        return start - delay >= m_profile.start() ? start - delay : m_profile.start();
    }

    // How much a person feels like calling on a day, in (0, 1]: people have busy and quiet days, so their quiet
    // stretches and their bursts each come in runs (the positive memory of real sequences).
    double mood(std::uint32_t person, std::int64_t day) const
    {
        const std::uint64_t key = m_moodKey ^ (std::uint64_t(person) << 24);
        const std::int64_t block = (day + static_cast<std::int64_t>(mix64(key) % kMoodDays)) / kMoodDays;
        return unit(mix64(key ^ static_cast<std::uint64_t>(block))) < kBusyShare ? 1.0 : kQuietMood;
    }

private:
    static double unit(std::uint64_t h) { return (static_cast<double>(h >> 11) + 1.0) * 0x1.0p-53; } // (0, 1]

    const TimeProfile &m_profile;
    std::uint64_t m_seed;
    std::uint64_t m_moodKey;
    std::array<double, 256> m_gapScale; // mean delay within a session, seconds: 256 quantiles of the lognormal

    // The primary process, thinned by the owner's mood of the day (both people's for a tie): a start drawn from the
    // time profile is kept with probability mood, else drawn again (the last try is kept).
    std::int64_t sessionStart(const Owner &owner, RandomStream &stream) const
    {
        std::int64_t start = 0;
        for (int attempt = 0; attempt < kMoodTries; ++attempt) {
            start = m_profile.draw(stream);
            const std::int64_t day = start / 86400;
            double keep = mood(owner.person, day);
            if (owner.partner != owner.person)
                keep = std::sqrt(keep * mood(owner.partner, day));
            if (stream.uniform() < keep)
                break;
        }
        return start;
    }
};

} // namespace cdr

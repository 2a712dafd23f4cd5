#include "synth/offnetnumbers.h"
#include "synth/randomstream.h"

#include "engineconfigs.h"

#include <QTest>

#include <array>
#include <cmath>
#include <cstdint>
#include <string>

using namespace cdr;

// The off-net callees (OffNetNumbers) against the figures cited in docs/realism.md ("Off-net callees: sources").
class TestOffNetSources : public QObject {
    Q_OBJECT

    static constexpr std::uint64_t kDraws = 200'000; // ±0.1 point (one standard error) on a country's share

    // People with a tie across the border, per neighbour: Belgians living there (Statbel, 1 January 2023), its
    // nationals living in Belgium (Eurostat 2011; Germans: IBZ, February 2019; Luxembourgers: Luxembourg's register,
    // July 2022), residents of Belgium working there (INAMI: Luxembourg and the Netherlands 2024, France mid-2022;
    // Germany: Ostbelgien Statistik, June 2020) and its residents working in Belgium (INAMI, June 2018).
    struct Country {
        const char *name;
        const char *e164Prefix;
        std::array<double, 4> ties;
    };
    static constexpr std::array<Country, 4> kCountries{{
        {"France", "33", {117'125, 140'000, 8'480, 37'130}},
        {"the Netherlands", "31", {39'023, 130'000, 21'804, 12'244}},
        {"Germany", "49", {26'770, 36'181, 5'605, 1'180}},
        {"Luxembourg", "352", {19'205, 25'997, 48'703, 581}},
    }};

    static double ties(const Country &country)
    {
        return country.ties[0] + country.ties[1] + country.ties[2] + country.ties[3];
    }

    static int countryOf(std::uint64_t e164)
    {
        const std::string digits = std::to_string(e164);
        for (std::size_t c = 0; c < kCountries.size(); ++c)
            if (digits.rfind(kCountries[c].e164Prefix, 0) == 0)
                return static_cast<int>(c);
        return -1;
    }

private slots:
    // Foreign callees are split among the neighbours as the cited cross-border ties are (the weights round the
    // shares to whole percents adding up to 100: within one point).
    void countrySplitFollowsCrossBorderTies()
    {
        RealismConfig realism = testconfigs::belgian(1).realism;
        realism.landlineCallShare = 0; // every draw is a foreign mobile
        realism.foreignCallShare = 1;
        const OffNetNumbers numbers(realism);

        std::array<std::uint64_t, 4> drawn{};
        for (std::uint64_t i = 0; i < kDraws; ++i) {
            RandomStream random(7, StreamKind::Record, i);
            const int country = countryOf(numbers.draw(0, random));
            QVERIFY2(country >= 0, "a foreign callee outside France, the Netherlands, Germany and Luxembourg");
            ++drawn[static_cast<std::size_t>(country)];
        }

        double allTies = 0;
        for (const Country &country : kCountries)
            allTies += ties(country);
        for (std::size_t c = 0; c < kCountries.size(); ++c) {
            const double cited = ties(kCountries[c]) / allTies;
            const double generated = static_cast<double>(drawn[c]) / static_cast<double>(kDraws);
            const QByteArray message = QByteArray(kCountries[c].name) + ": generated " +
                                       QByteArray::number(100 * generated, 'f', 2) + " %, cited " +
                                       QByteArray::number(100 * cited, 'f', 2) + " %";
            QVERIFY2(std::abs(generated - cited) < 0.01, message.constData());
        }
    }

    // The shipped shares against the cited figures: Belgian landlines 5 % of voice/SMS calls (ANACOM 2016: 5 % of
    // mobile calls to fixed numbers), foreign mobiles 4 % (ANACOM, 4th quarter 2013: 6 of 162 monthly minutes,
    // 3.7 %, to international networks), both within half a point; and the off-net callees drawn split as they say.
    void defaultSharesFollowTheCitedFigures()
    {
        const RealismConfig realism = testconfigs::belgian(1).realism;
        QVERIFY(std::abs(realism.landlineCallShare - 0.05) < 0.005);
        QVERIFY(std::abs(realism.foreignCallShare - 6.0 / 162.0) < 0.005);

        const OffNetNumbers numbers(realism);
        std::uint64_t landlines = 0;
        for (std::uint64_t i = 0; i < kDraws; ++i) {
            RandomStream random(11, StreamKind::Record, i);
            const std::uint64_t callee = numbers.draw(0, random);
            if (countryOf(callee) >= 0)
                continue;
            QVERIFY2(std::to_string(callee).rfind("32", 0) == 0, "an off-net callee neither Belgian nor a neighbour's");
            ++landlines;
        }
        const double landlineShare = static_cast<double>(landlines) / static_cast<double>(kDraws);
        const double expected = realism.landlineCallShare / (realism.landlineCallShare + realism.foreignCallShare);
        QVERIFY2(std::abs(landlineShare - expected) < 0.005, QByteArray::number(landlineShare).constData());
    }
};

QTEST_GUILESS_MAIN(TestOffNetSources)
#include "test_offnet_sources.moc"

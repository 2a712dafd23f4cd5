#include "scenarios/foreignranges.h"
#include "synth/randomstream.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace cdr;

Q_DECLARE_METATYPE(cdr::ForeignRangeUse)

// The foreign numbers of the scenarios against libphonenumber's metadata: v9.0.35, resources/PhoneNumberMetadata.xml
// of github.com/google/libphonenumber (tag commit aa97ee8d2582a727e150104aea96dc0d79e186ef), each country's country
// code and the nationalNumberPattern of the number type named below, copied here by hand so that a wrong prefix or
// length in ForeignRanges fails.
class TestForeignRanges : public QObject {
    Q_OBJECT

    static constexpr int kDraws = 100'000;

    struct Metadata {
        int countryCode;
        const char *type;
        const char *pattern;
    };
    // Per use, by ISO country.
    static const std::map<std::string, Metadata> &metadata(ForeignRangeUse use)
    {
        static const Metadata tunisiaMobile{
            216, "mobile", R"(3(?:001|[12]40)\d{4}|(?:(?:[259]\d|4[0-8])\d|3(?:1[1-35]|6[0-4]|91))\d{5})"};
        static const std::map<std::string, Metadata> wangiri{
            {"TN", tunisiaMobile},
            {"MR", {222, "mobile", R"([2-4][0-46-9]\d{6})"}},
            {"SL", {232, "mobile", R"((?:25|3[0-5]|66|7\d|8[08]|9[09])\d{6})"}},
            {"GN", {224, "mobile", R"(6[0-356]\d{7})"}},
            {"KM", {269, "mobile", R"([34]\d{6})"}},
            {"MG", {261, "mobile", R"(3[2-9]\d{7})"}},
        };
        static const std::map<std::string, Metadata> premium{
            {"LV", {371, "premiumRate", R"(90\d{6})"}},
            {"LT", {370, "premiumRate", R"(9(?:0[0239]|10)\d{5})"}},
            {"CU", {53, "mobile", R"((?:5\d|6[2-4])\d{6})"}},
            {"SO",
             {252, "mobile",
              R"((?:(?:15|(?:3[59]|4[89]|6\d|7[0-35-9]|8[08])\d|9(?:0\d|[2-9]))\d|2(?:4\d|8))\d{5}|(?:[67]\d\d|904)\d{5})"}},
        };
        static const std::map<std::string, Metadata> diaspora{
            {"MA", {212, "mobile", R"((?:6(?:[0-79]\d|8[0-247-9])|7(?:[016-8]\d|2[0-8]|5[0-5]))\d{6})"}},
            {"TR", {90, "mobile", R"(561(?:011|61\d)\d{4}|5(?:[03-5]\d|1[06]|24|6[24]|7[245]|9[46])\d{7})"}},
            {"CD", {243, "mobile", R"(88\d{5}|(?:8[0-69]|9[016-9])\d{7})"}},
            {"TN", tunisiaMobile},
            {"CM", {237, "mobile", R"((?:24[23]|6(?:[25-9]\d|4[0-2]))\d{6})"}},
        };
        switch (use) {
        case ForeignRangeUse::WangiriCaller:
            return wangiri;
        case ForeignRangeUse::PremiumRate:
            return premium;
        case ForeignRangeUse::Diaspora:
            break;
        }
        return diaspora;
    }

    // The E.164 text of a number of the country: its country code then a national number its pattern accepts.
    static QRegularExpression e164Pattern(const Metadata &meta)
    {
        return QRegularExpression(QStringLiteral("^%1(?:%2)$").arg(meta.countryCode).arg(QLatin1String(meta.pattern)));
    }

    // Index in ranges(use) of the range a number belongs to (country code then prefix), -1 for none.
    static int rangeOf(std::span<const ForeignRange> ranges, const std::string &digits)
    {
        for (std::size_t r = 0; r < ranges.size(); ++r) {
            const std::string countryCode = std::to_string(ranges[r].countryCode);
            if (digits.rfind(countryCode + std::string(ranges[r].prefix), 0) == 0
                && digits.size() == countryCode.size() + std::size_t(ranges[r].nationalDigits))
                return static_cast<int>(r);
        }
        return -1;
    }

private slots:
    void drawsAreValidAndSpread_data()
    {
        QTest::addColumn<ForeignRangeUse>("use");
        QTest::newRow("WangiriCaller") << ForeignRangeUse::WangiriCaller;
        QTest::newRow("PremiumRate") << ForeignRangeUse::PremiumRate;
        QTest::newRow("Diaspora") << ForeignRangeUse::Diaspora;
    }

    // 100,000 draws of a use: every number matches its country's libphonenumber pattern, every range of the use is
    // drawn about as often as the others (within 1 point of an even share; one standard error is 0.12 point at six
    // ranges), and every digit after a range's prefix takes all ten values.
    void drawsAreValidAndSpread()
    {
        QFETCH(ForeignRangeUse, use);
        const std::span<const ForeignRange> ranges = ForeignRanges::ranges(use);
        const std::map<std::string, Metadata> &expected = metadata(use);
        QVERIFY(ranges.size() >= 3 && ranges.size() <= 6);
        QCOMPARE(ranges.size(), expected.size());

        std::vector<QRegularExpression> patterns;
        for (const ForeignRange &range : ranges) {
            const auto meta = expected.find(std::string(range.country));
            QVERIFY2(meta != expected.end(), std::string(range.country).c_str());
            QCOMPARE(range.countryCode, meta->second.countryCode);
            // The header's pattern is the one the docs quote.
            QCOMPARE(QString::fromUtf8(range.pattern.data(), qsizetype(range.pattern.size())),
                     QString::fromUtf8(meta->second.pattern));
            patterns.push_back(e164Pattern(meta->second));
            QVERIFY2(patterns.back().isValid(), qPrintable(patterns.back().errorString()));
        }

        RandomStream random(20260301, StreamKind::Events, 7);
        std::vector<int> hits(ranges.size(), 0);
        // Per range, per position after the prefix, the digits seen (a bit per digit).
        std::vector<std::vector<int>> digitsSeen(ranges.size());
        for (std::size_t r = 0; r < ranges.size(); ++r)
            digitsSeen[r].assign(std::size_t(ranges[r].nationalDigits) - ranges[r].prefix.size(), 0);

        for (int i = 0; i < kDraws; ++i) {
            const std::string digits = std::to_string(ForeignRanges::draw(use, random));
            const int r = rangeOf(ranges, digits);
            QVERIFY2(r >= 0, digits.c_str());
            QVERIFY2(patterns[std::size_t(r)].match(QString::fromStdString(digits)).hasMatch(),
                     qPrintable(QString::fromStdString(digits) + " against "
                                + patterns[std::size_t(r)].pattern()));
            ++hits[std::size_t(r)];
            std::vector<int> &seen = digitsSeen[std::size_t(r)];
            const std::size_t firstFree = digits.size() - seen.size();
            for (std::size_t p = 0; p < seen.size(); ++p)
                seen[p] |= 1 << (digits[firstFree + p] - '0');
        }

        for (std::size_t r = 0; r < ranges.size(); ++r) {
            const double share = double(hits[r]) / kDraws;
            QVERIFY2(std::abs(share - 1.0 / double(ranges.size())) < 0.01,
                     qPrintable(QStringLiteral("%1 %2: share %3").arg(QLatin1String(ranges[r].country.data(), 2))
                                    .arg(QLatin1String(ranges[r].prefix.data(), qsizetype(ranges[r].prefix.size())))
                                    .arg(share)));
            for (std::size_t p = 0; p < digitsSeen[r].size(); ++p)
                QVERIFY2(digitsSeen[r][p] == 0x3ff,
                         qPrintable(QStringLiteral("%1: position %2 after the prefix misses digits (mask %3)")
                                        .arg(QLatin1String(ranges[r].country.data(), 2))
                                        .arg(p)
                                        .arg(digitsSeen[r][p], 0, 2)));
        }
    }

    // drawIn keeps to the range it is given.
    void drawInStaysInItsRange()
    {
        for (ForeignRangeUse use :
             {ForeignRangeUse::WangiriCaller, ForeignRangeUse::PremiumRate, ForeignRangeUse::Diaspora}) {
            const std::span<const ForeignRange> ranges = ForeignRanges::ranges(use);
            RandomStream random(5, StreamKind::Events, std::uint64_t(use));
            for (std::size_t r = 0; r < ranges.size(); ++r)
                for (int i = 0; i < 1000; ++i) {
                    const std::string digits = std::to_string(ForeignRanges::drawIn(ranges[r], random));
                    QCOMPARE(rangeOf(ranges, digits), int(r));
                    const QRegularExpression pattern = e164Pattern(metadata(use).at(std::string(ranges[r].country)));
                    QVERIFY2(pattern.match(QString::fromStdString(digits)).hasMatch(),
                             qPrintable(QString::fromStdString(digits) + " against " + pattern.pattern()));
                }
        }
    }

    // The longest number of any use is as long as longestE164Digits() says, and none is longer.
    void longestE164DigitsIsTheLongestDrawn()
    {
        std::size_t longest = 0;
        RandomStream random(11, StreamKind::Events, 0);
        for (ForeignRangeUse use :
             {ForeignRangeUse::WangiriCaller, ForeignRangeUse::PremiumRate, ForeignRangeUse::Diaspora})
            for (int i = 0; i < 10'000; ++i)
                longest = std::max(longest, std::to_string(ForeignRanges::draw(use, random)).size());
        QCOMPARE(int(longest), ForeignRanges::longestE164Digits());
        QCOMPARE(ForeignRanges::longestE164Digits(), 12); // Turkey 90 + 10, the 3-digit codes + 9
    }

    // The numbers depend on the stream alone: the same stream again gives the same numbers, another counter others.
    void sameStreamSameNumbers()
    {
        for (ForeignRangeUse use :
             {ForeignRangeUse::WangiriCaller, ForeignRangeUse::PremiumRate, ForeignRangeUse::Diaspora}) {
            RandomStream first(42, StreamKind::Events, 3), again(42, StreamKind::Events, 3);
            RandomStream other(42, StreamKind::Events, 4);
            int differ = 0;
            for (int i = 0; i < 1000; ++i) {
                const std::uint64_t number = ForeignRanges::draw(use, first);
                QCOMPARE(ForeignRanges::draw(use, again), number);
                differ += ForeignRanges::draw(use, other) != number;
            }
            QVERIFY(differ > 990);
            const ForeignRange &range = ForeignRanges::ranges(use).front();
            RandomStream a(9, StreamKind::Events, 1), b(9, StreamKind::Events, 1);
            for (int i = 0; i < 100; ++i)
                QCOMPARE(ForeignRanges::drawIn(range, a), ForeignRanges::drawIn(range, b));
        }
    }

    // Tunisia is a Wangiri source and a diaspora country with the same range: neither the country nor the range
    // tells a campaign's caller from a relative.
    void tunisiaIsInWangiriAndDiaspora()
    {
        auto tunisia = [](ForeignRangeUse use) {
            for (const ForeignRange &range : ForeignRanges::ranges(use))
                if (range.country == "TN")
                    return std::to_string(range.countryCode) + std::string(range.prefix) + "/"
                        + std::to_string(range.nationalDigits);
            return std::string();
        };
        QVERIFY(!tunisia(ForeignRangeUse::WangiriCaller).empty());
        QCOMPARE(tunisia(ForeignRangeUse::Diaspora), tunisia(ForeignRangeUse::WangiriCaller));
    }

    // A range that cannot make a number says which one and why.
    void malformedRangeIsRefused()
    {
        RandomStream random(1, StreamKind::Events, 0);
        const ForeignRange tooLong{"XX", 999, "1234567", 6, ""};
        const ForeignRange notDigits{"XX", 999, "6a", 8, ""};
        const ForeignRange overE164{"XX", 999, "6", 13, ""};
        for (const ForeignRange &bad : {tooLong, notDigits, overE164}) {
            try {
                ForeignRanges::drawIn(bad, random);
                QFAIL("a malformed range was accepted");
            } catch (const std::invalid_argument &error) {
                QVERIFY2(std::string(error.what()).find("range of XX") != std::string::npos, error.what());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestForeignRanges)
#include "test_foreign_ranges.moc"

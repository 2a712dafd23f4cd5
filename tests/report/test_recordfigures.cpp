#include "report/recordfigures.h"

#include <QTest>

#include <string>

using namespace cdr;

// RecordFigures' bounded state: duplicate ids inside and outside the bitmap's window, callers against their
// operator's number blocks, the cap on distinct names and on the histograms' range.
class TestRecordFigures : public QObject {
    Q_OBJECT

    static RecordFigures::Record record(const std::string &id)
    {
        static std::string text; // the Record holds views: keep the text alive until add() has read it
        text = id;
        RecordFigures::Record r;
        r.id = text;
        r.start = 1'700'000'000;
        return r;
    }

private slots:
    void duplicateIdsInsideAndOutsideTheWindow()
    {
        RecordFigures figures({});
        const std::int64_t far = (std::int64_t(1) << 31) + 1000; // beyond the 2^30 ids above the first id
        for (const std::int64_t id : {std::int64_t(1000), std::int64_t(-5), far, std::int64_t(1000), far,
                                      std::int64_t(-5), std::int64_t(-(std::int64_t(1) << 40)), std::int64_t(1001)})
            figures.add(record(std::to_string(id)));
        CdrProfile::Figures out;
        figures.finish(out);
        QCOMPARE(out.records, std::int64_t(8));
        QCOMPARE(out.duplicateIds, std::int64_t(3)); // 1000, far and -5 once more each
    }

    void callersAgainstTheirOperatorsBlocks()
    {
        OperatorConfig a{"A", 50, "", "", {"047"}}, b{"B", 50, "", "", {"0456"}};
        RecordFigures figures({a, b});
        struct Call {
            const char *caller, *op;
        };
        for (const Call &call : {Call{"+32470000001", "A"}, Call{"+32456000001", "B"}, Call{"+32456000002", "A"},
                                 Call{"+32499000001", "A"}, Call{"+32470000001", "C"}, Call{"+3247000000", "A"},
                                 Call{"+33612345678", "A"}}) {
            RecordFigures::Record r = record("1");
            r.caller = call.caller, r.operatorCode = call.op;
            figures.add(r);
        }
        CdrProfile::Figures out;
        figures.finish(out);
        QCOMPARE(out.validCallers, std::int64_t(5));         // the last two are not Belgian mobiles
        QCOMPARE(out.wrongOperatorCallers, std::int64_t(3)); // B's block sent by A, no one's block, unknown operator C
    }

    void absurdValuesCountAtTheHistogramsBounds()
    {
        RecordFigures figures({});
        for (const char *seconds : {"1e12", "-1e12", "60"}) {
            RecordFigures::Record r = record("1");
            r.type = "VOICE", r.status = "SUCCESS", r.duration = seconds;
            r.hasHome = true, r.homeLat = 1e6, r.lat = 50.85, r.lon = 4.35;
            figures.add(r);
        }
        CdrProfile::Figures out;
        figures.finish(out);
        const Distribution &d = out.durations["VOICE"];
        QCOMPARE(d.count, std::int64_t(3));
        QCOMPARE(d.percentile(0), -7.0 * 86400);
        QCOMPARE(d.median(), 60.0);
        QCOMPARE(d.percentile(100), 7.0 * 86400);
        QCOMPARE(out.homeToAntennaKm.percentile(100), 20000.0);
    }

    void distinctNamesAreCapped()
    {
        RecordFigures figures({});
        const std::size_t names = RecordFigures::kMaxCategories + 50;
        std::vector<std::string> types;
        for (std::size_t i = 0; i < names; ++i)
            types.push_back("T" + std::to_string(i));
        for (const std::string &type : types) {
            RecordFigures::Record r = record("1");
            r.type = type;
            figures.add(r);
        }
        CdrProfile::Figures out;
        figures.finish(out);
        QCOMPARE(out.types.size(), RecordFigures::kMaxCategories + 1);
        QCOMPARE(out.types[RecordFigures::kOtherCategory], std::int64_t(50));
    }
};

QTEST_GUILESS_MAIN(TestRecordFigures)
#include "test_recordfigures.moc"

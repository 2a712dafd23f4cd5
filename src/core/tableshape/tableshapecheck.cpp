#include "tableshape/tableshapecheck.h"

#include "scenarios/scenariorecords.h"
#include "tableshape/columnfit.h"

#include <QString>

#include <algorithm>

namespace cdr {

namespace {

bool sameName(TypeSystem system, std::string_view a, std::string_view b)
{
    if (system == TypeSystem::PostgreSql) // quoted identifiers are case-sensitive; cdrgen's are lower case
        return a == b;
    return QString::fromUtf8(a.data(), qsizetype(a.size()))
               .compare(QString::fromUtf8(b.data(), qsizetype(b.size())), Qt::CaseInsensitive) == 0;
}

// An example value per CDR column, for "cannot hold text" messages (Text and Timestamp columns).
constexpr std::array<std::string_view, kCdrColumnCount> kCdrExamples{
    "", "+32471234567", "+32471234567", "2024-01-01 00:00:00", "", "VOICE", "SUCCESS", "356938035643809",
    "356938035643809", "OP1", "ANT17", "MACRO", "", "", "", "ANT17", "MACRO", "", "", "", "OP1", "", ""};

} // namespace

std::vector<ExpectedColumn> expectedCdrColumns(const RunValueLimits &limits)
{
    std::vector<ExpectedColumn> expected;
    for (std::size_t c = 0; c < kCdrColumnCount; ++c) {
        ExpectedColumn &column = expected.emplace_back();
        column.name = std::string(kCdrColumns[c].name);
        column.kind = kCdrColumns[c].kind;
        column.smallest = limits.smallest[c];
        column.largest = limits.largest[c];
        column.largestAbs = limits.largestAbsCoordinate;
        column.longestText = limits.longestText[c];
        column.example = std::string(kCdrExamples[c]);
        if (kCdrColumns[c].nullable)
            column.nullWhen = "for off-net calls and data sessions";
        else if (limits.offNetCallers && (ScenarioRecords::kEmissionColumns >> c & 1u))
            column.nullWhen = "for calls from off-net numbers (scenarios: in config.yml)";
    }
    return expected;
}

std::vector<std::string> checkColumns(TypeSystem system, const std::vector<ColumnDescription> &columns,
                                      const std::vector<ExpectedColumn> &expected, const RunValueLimits &limits,
                                      std::vector<ColumnType> *targets)
{
    std::vector<std::string> problems;
    std::vector<bool> used(columns.size(), false);
    if (targets)
        targets->assign(expected.size(), ColumnType{});
    for (std::size_t e = 0; e < expected.size(); ++e) {
        const std::string &name = expected[e].name;
        const auto found = std::find_if(columns.begin(), columns.end(),
                                        [&](const ColumnDescription &column) { return sameName(system, column.name, name); });
        if (found == columns.end()) {
            std::string problem = "missing column " + name;
            const auto similar = std::find_if(columns.begin(), columns.end(), [&](const ColumnDescription &column) {
                return sameName(TypeSystem::Sqlite, column.name, name);
            });
            if (similar != columns.end())
                problem += " (there is \"" + similar->name + "\": PostgreSQL names are case-sensitive)";
            problems.push_back(problem);
            continue;
        }
        used[std::size_t(found - columns.begin())] = true;
        if (targets)
            (*targets)[e] = found->type;
        if (const std::optional<std::string> problem = columnFitProblem(system, expected[e], found->type, limits))
            problems.push_back("column " + name + ": " + *problem);
        if (!expected[e].nullWhen.empty() && !found->nullable)
            problems.push_back("column " + name + ": NOT NULL, but this run leaves it empty (NULL) " + expected[e].nullWhen);
    }
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (!used[i] && !columns[i].nullable && !columns[i].hasDefault)
            problems.push_back("column " + columns[i].name + ": NOT NULL without a default, and cdrgen writes no value there");
    return problems;
}

TableShapeCheck checkTableShape(TypeSystem system, const std::vector<ColumnDescription> &columns,
                                const RunValueLimits &limits)
{
    TableShapeCheck check;
    std::vector<ColumnType> targets;
    check.problems = checkColumns(system, columns, expectedCdrColumns(limits), limits, &targets);
    std::copy(targets.begin(), targets.end(), check.plan.target.begin());
    return check;
}

std::string tableShapeRefusal(std::string_view table, const std::vector<std::string> &problems)
{
    std::string message = "table " + std::string(table) + " cannot take this run's rows (nothing was written; see "
                                                            "\"Loading into an existing table\" in docs/databases.md):";
    for (const std::string &problem : problems)
        message += "\n  - " + problem;
    return message;
}

} // namespace cdr

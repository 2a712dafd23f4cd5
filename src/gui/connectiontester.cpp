#include "connectiontester.h"

#include "sink/sinkerror.h"
#include "tableshape/tableshapecheck.h"

#include <QtConcurrent>

namespace cdr::gui {

QFuture<ConnectionTestResult> ConnectionTester::start(TargetSpec target, ConnectionSettings connection,
                                                      std::string table, Config config)
{
    return QtConcurrent::run([target = std::move(target), connection = std::move(connection),
                              table = std::move(table), config = std::move(config)] {
        return run(target, connection, table, config);
    });
}

ConnectionTestResult ConnectionTester::run(const TargetSpec &target, const ConnectionSettings &connection,
                                           const std::string &table, const Config &config)
{
    try {
        std::unique_ptr<RecordSink> sink = makeSink(target, connection, table, config);
        sink->open();
        // The check a run makes before its first row, so a table the run would refuse is known now.
        const std::optional<TableShapeCheck> check = sink->checkExistingTable();
        const std::string description = sink->describe();
        sink->close();
        if (check && !check->compatible())
            return {false, QString::fromStdString(tableShapeRefusal(table.empty() ? "cdr" : table, check->problems))};
        const bool tableless = target.kind == TargetSpec::Kind::Csv || target.kind == TargetSpec::Kind::Tsql
            || target.kind == TargetSpec::Kind::Bcp || target.split != SplitPeriod::None; // files: no table to look at
        if (tableless)
            return {true, QString::fromStdString(description)};
        return {true, QString::fromStdString(description + (check ? "; the table exists and can take this run's rows"
                                                                  : "; the table does not exist yet (a run creates it)"))};
    } catch (const SinkError &error) {
        return {false, QString::fromStdString(error.what())};
    } catch (const std::exception &error) {
        return {false, QString::fromStdString(error.what())};
    }
}

} // namespace cdr::gui

#include "connectiontester.h"

#include "sink/sinkerror.h"

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
        const std::string description = sink->describe();
        sink->close();
        return {true, QString::fromStdString(description)};
    } catch (const SinkError &error) {
        return {false, QString::fromStdString(error.what())};
    } catch (const std::exception &error) {
        return {false, QString::fromStdString(error.what())};
    }
}

} // namespace cdr::gui

#pragma once

#include "config/config.h"
#include "config/connectionsettings.h"
#include "sink/targetspec.h"

#include <QFuture>
#include <QString>

namespace cdr::gui {

struct ConnectionTestResult {
    bool ok = false;
    QString message; // the sink's description, or the error (never a password)
};

// Opens and closes the target's sink on a pool thread: the sink's connection lives and dies in that thread. An
// existing table gets the check a run makes before its first row (RecordSink::checkExistingTable): one a run would
// refuse fails the test with the same list of problems.
class ConnectionTester {
public:
    static QFuture<ConnectionTestResult> start(TargetSpec target, ConnectionSettings connection, std::string table,
                                               Config config);
    static ConnectionTestResult run(const TargetSpec &target, const ConnectionSettings &connection,
                                    const std::string &table, const Config &config);
};

} // namespace cdr::gui

#pragma once

#include "config/config.h"
#include "config/connectionsettings.h"
#include "sink/sqldialect.h"
#include "sink/targetspec.h"
#include "tableshape/runvaluelimits.h"
#include "world/worldrows.h"

#include <QSqlError>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace cdr {

// The world tables in an SQL target (SQLite file, PostgreSQL, ODBC), on a QSqlDatabase connection of their own
// opened the way the target's sink opens its own. Every method throws SinkError.
class WorldSqlStore {
public:
    WorldSqlStore(const TargetSpec &target, const ConnectionSettings &connection, std::string cdrTable,
                  const Config &config);
    ~WorldSqlStore();
    WorldSqlStore(const WorldSqlStore &) = delete;
    WorldSqlStore &operator=(const WorldSqlStore &) = delete;

    void open();
    void close();
    // The config digests in `<table>_runs` (empty when the table is absent or holds no row).
    std::vector<std::string> recordedDigests();
    // Every problem the existing world tables have with this run's values (worldtableshape.h), each starting with
    // the table's name; empty when they are absent or can take the rows.
    std::vector<std::string> tableProblems(const RunValueLimits &limits);
    // Creates the world tables if missing (dropping them first with dropFirst) and fills them with `rows` only,
    // in one transaction.
    void rewrite(const WorldRows &rows, bool dropFirst);
    // Drops the world tables where they exist.
    void dropAll();
    std::string describe() const;

private:
    void execute(const std::string &sql, const std::string &what);
    void insertAll(const WorldRows &rows, WorldTable table);
    [[noreturn]] void fail(const std::string &what, const QSqlError &error) const;

    TargetSpec m_target;
    ConnectionSettings m_connection;
    std::string m_cdrTable;
    const Config &m_config;
    int m_connectTimeoutS;
    std::optional<SqlDialect> m_dialect;
    QString m_connectionName;
};

} // namespace cdr

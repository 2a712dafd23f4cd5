#pragma once

#include "config/config.h"
#include "config/connectionsettings.h"
#include "model/cdrrecord.h"
#include "sink/odbcbatchinserter.h"
#include "sink/recordsink.h"
#include "sink/targetspec.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cdrtest {

// Records first..first+count-1 from CdrEngine with testConfig() (record k depends only on the config and k).
std::vector<cdr::CdrRecord> makeRecords(std::int64_t first, std::int64_t count);
const cdr::Config &testConfig();

// XXH3 digest of rows read back ordered by id, each value normalised by column kind (integers, shortest
// round-trip doubles, "YYYY-MM-DD HH:MM:SS", text), and the same for the CSV text RecordFormatter makes.
std::uint64_t tableDigest(const QSqlDatabase &db, const QString &table, std::int64_t *rows);
std::uint64_t csvDigest(const std::vector<cdr::CdrRecord> &records);
std::int64_t scalar(const QSqlDatabase &db, const QString &sql);

// Names of the non-automatic indexes of a SQLite table.
QStringList sqliteIndexes(const QSqlDatabase &db, const QString &table);

// Writes records through a sink in batches: open, prepare, check maxId, write, finish, close.
void load(cdr::RecordSink &sink, cdr::IfExists ifExists, const std::vector<cdr::CdrRecord> &records,
          std::size_t batchSize);

// Loads records into table through an OdbcSink (replacing it) with each insert method in turn, calling check()
// after each load. Returns "" or what went wrong, naming the insert method: the load's error, or check() false.
std::string loadOdbcEachMethod(const cdr::ConnectionSettings &connection, const std::string &table,
                               std::initializer_list<cdr::OdbcBatchInserter::Method> methods,
                               const std::vector<cdr::CdrRecord> &records, const std::function<bool()> &check);

// The PostgreSQL fixture's facts (tests/fixtures/postgres/start.sh), from the file named by CDRGEN_PG_FIXTURE.
std::map<std::string, std::string> postgresFixture();
// A QPSQL connection (not yet opened) to the fixture's test database, for reading tables back.
QSqlDatabase postgresReader(const std::map<std::string, std::string> &facts, const QString &connectionName);
// The fixture's test database as a COPY target (-o postgresql://...), password included.
cdr::TargetSpec postgresCopyTarget(const std::map<std::string, std::string> &facts);
// Connection settings reaching the fixture's test database through psqlODBC by driver name (no DSN).
cdr::ConnectionSettings postgresOdbcSettings(const std::map<std::string, std::string> &facts);
// Runs tests/fixtures/postgres/ctl.sh ACTION on the fixture (crash, start).
bool postgresControl(const std::string &action);

} // namespace cdrtest

#pragma once

#include <QSqlDatabase>
#include <QString>

#include <map>

// The `postgres` fixture's facts (PG_HOST, PG_PORT, PG_USER, PG_PASSWORD, PG_DATABASE, ...) from the file named by
// CDRGEN_PG_FIXTURE, for the CLI tests that run cdrgen-cli against it.
std::map<QString, QString> readPostgresFacts();
// An odbc.ini holding the DSN `cdrgen_pg` (psqlODBC) for the fixture's database.
QString postgresOdbcIni(const std::map<QString, QString> &pg);
// A QPSQL connection to the fixture's database as its test user (not opened yet).
QSqlDatabase postgresConnection(const std::map<QString, QString> &pg, const QString &name);

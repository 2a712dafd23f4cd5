#include "delivery/bcpfiles.h"

#include "delivery/bcpdefectkey.h"
#include "delivery/bcpformatfile.h"
#include "delivery/savedfile.h"
#include "delivery/tsqldefectkey.h"
#include "delivery/tsqlscript.h"
#include "delivery/tsqlworldtables.h"
#include "model/schema.h"
#include "sink/defectkeytable.h"
#include "sink/sinkerror.h"
#include "sink/sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace cdr {

namespace {

// The xsi:type of a column in the format file's <ROW> (the table's SQL Server type).
const char *columnType(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Id: return "SQLBIGINT";
    case ColumnKind::Text: return "SQLVARYCHAR";
    case ColumnKind::Timestamp: return "SQLDATETIME2";
    case ColumnKind::Integer: return "SQLINT";
    case ColumnKind::Real: return "SQLFLT8";
    }
    return "SQLVARYCHAR";
}

// Bytes a field may take in the data file: a VARCHAR(n) text up to 4 UTF-8 bytes per character, a number or a
// timestamp far less than 40.
int maxLength(const Column &column)
{
    return column.kind == ColumnKind::Text ? column.textLength * 4 : 40;
}

std::string bcpArguments(std::string_view table, const std::string &dataFile, const std::string &errorFile,
                         std::size_t batchSize, std::string_view serverArguments)
{
    const std::string name(table);
    return "bcp " + name + " in " + dataFile + " -f " + BcpFiles::formatFile(table) + " -C 65001 -k -b " +
           std::to_string(batchSize) + " -h \"TABLOCK\" -e " + errorFile + " " + std::string(serverArguments);
}

// BULK INSERT of one table from the files sqlcmd's variables PREFIX DATA_FILE, FORMAT_FILE and ERROR_FILE name, GO.
std::string bulkInsert(std::string_view table, const std::string &prefix, std::size_t batchSize)
{
    const SqlDialect sqlServer(SqlDialect::Kind::SqlServer);
    return "BULK INSERT " + sqlServer.quoteTable(table) + " FROM '$(" + prefix + "DATA_FILE)' WITH (FORMATFILE = '$(" +
           prefix + "FORMAT_FILE)', CODEPAGE = '65001', BATCHSIZE = " + std::to_string(batchSize) +
           ", TABLOCK, KEEPNULLS, ERRORFILE = '$(" + prefix + "ERROR_FILE)');\nGO\n";
}

} // namespace

std::string BcpFiles::dataFile(std::string_view table)
{
    return std::string(table) + ".dat";
}

std::string BcpFiles::formatFile(std::string_view table)
{
    return std::string(table) + ".xml";
}

std::string BcpFiles::errorFile(std::string_view table)
{
    return std::string(table) + ".errors.txt";
}

std::string BcpFiles::formatFileXml()
{
    std::vector<BcpFormatColumn> columns;
    for (const Column &column : kCdrColumns)
        columns.push_back({column.name, columnType(column.kind), maxLength(column)});
    return bcpFormatFileXml(columns);
}

std::string BcpFiles::createTableSql(std::string_view table)
{
    return TsqlScript::head(table, {});
}

std::string BcpFiles::createIndexesSql(std::string_view table)
{
    return TsqlScript::tail(table, {});
}

std::string BcpFiles::worldTablesSql(const WorldRows &rows, std::string_view table, bool defectKey)
{
    std::string sql = "SET NOCOUNT ON;\nSET XACT_ABORT ON;\nGO\n" + tsqlWorldTables(rows, table);
    if (defectKey)
        sql += tsqldefectkey::createTable(table);
    return sql;
}

std::string BcpFiles::loadSh(std::string_view table, std::size_t batchSize, const std::string &dataGlob)
{
    const std::string keyTable = defectkeytable::name(std::string(table));
    const std::string server = "-S \"$DB_SERVER\" -d \"$DB_NAME\"";
    const std::string load =
        dataGlob.empty()
            ? "with_login -T " + bcpArguments(table, dataFile(table), errorFile(table), batchSize, server) + "\n"
            : "for data in " + dataGlob + "; do\n  with_login -T " +
                  bcpArguments(table, "\"$data\"", "\"$data.errors.txt\"", batchSize, server) + "\ndone\n";
    return "#!/bin/sh\n"
           "# Loads " + (dataGlob.empty() ? dataFile(table) : dataGlob) +
           " into SQL Server (written by cdrgen; docs/databases.md, \"SQL Server without a\n"
           "# live connection\"). DB_SERVER (host or host,port), DB_NAME and DB_USER say where; with DB_USER empty the\n"
           "# login is integrated (sqlcmd -E, bcp -T). sqlcmd reads the password from SQLCMDPASSWORD, bcp asks for it.\n"
           "set -eu\n"
           "cd \"$(dirname \"$0\")\"\n"
           ": \"${DB_SERVER:?set DB_SERVER to the SQL Server host (host or host,port)}\"\n"
           ": \"${DB_NAME:?set DB_NAME to the database}\"\n"
           "# with_login FLAG COMMAND...: runs COMMAND with -U DB_USER, or FLAG (integrated login) when DB_USER is empty\n"
           "with_login() {\n"
           "  flag=$1\n"
           "  shift\n"
           "  if [ -n \"${DB_USER:-}\" ]; then \"$@\" -U \"$DB_USER\"; else \"$@\" \"$flag\"; fi\n"
           "}\n"
           "with_login -E sqlcmd -S \"$DB_SERVER\" -d \"$DB_NAME\" -b -i " + kCreateTable + "\n"
           + load +
           "with_login -E sqlcmd -S \"$DB_SERVER\" -d \"$DB_NAME\" -b -i " + kCreateIndexes + "\n"
           "if [ -f " + kWorldTables + " ]; then\n"
           "  with_login -E sqlcmd -S \"$DB_SERVER\" -d \"$DB_NAME\" -b -i " + kWorldTables + "\n"
           "fi\n"
           "if [ -f " + dataFile(keyTable) + " ]; then\n"
           "  with_login -T " + bcpArguments(keyTable, dataFile(keyTable), errorFile(keyTable), batchSize, server) + "\n"
           "fi\n";
}

std::string BcpFiles::loadCmd(std::string_view table, std::size_t batchSize, const std::string &dataGlob)
{
    const std::string keyTable = defectkeytable::name(std::string(table));
    const std::string server = "-S \"%DB_SERVER%\" -d \"%DB_NAME%\" %BCP_LOGIN%";
    const std::string load =
        dataGlob.empty()
            ? bcpArguments(table, dataFile(table), errorFile(table), batchSize, server) + " || exit /b 1"
            : "for %%F in (" + dataGlob + ") do (" +
                  bcpArguments(table, "\"%%F\"", "\"%%F.errors.txt\"", batchSize, server) + " || exit /b 1)";
    const std::string lines[] = {
        "@echo off",
        "rem Loads " + (dataGlob.empty() ? dataFile(table) : dataGlob) +
            " into SQL Server (written by cdrgen; docs/databases.md, \"SQL Server without a",
        "rem live connection\"). DB_SERVER (host or host,port), DB_NAME and DB_USER say where; with DB_USER empty the",
        "rem login is integrated (sqlcmd -E, bcp -T). sqlcmd reads the password from SQLCMDPASSWORD, bcp asks for it.",
        "setlocal",
        "cd /d \"%~dp0\"",
        "if \"%DB_SERVER%\"==\"\" (echo set DB_SERVER to the SQL Server host ^(host or host,port^) & exit /b 2)",
        "if \"%DB_NAME%\"==\"\" (echo set DB_NAME to the database & exit /b 2)",
        "if \"%DB_USER%\"==\"\" (set \"SQLCMD_LOGIN=-E\" & set \"BCP_LOGIN=-T\") else (set "
        "\"SQLCMD_LOGIN=-U \"%DB_USER%\"\" & set \"BCP_LOGIN=-U \"%DB_USER%\"\")",
        "sqlcmd -S \"%DB_SERVER%\" -d \"%DB_NAME%\" %SQLCMD_LOGIN% -b -i " + std::string(kCreateTable) + " || exit /b 1",
        load,
        "sqlcmd -S \"%DB_SERVER%\" -d \"%DB_NAME%\" %SQLCMD_LOGIN% -b -i " + std::string(kCreateIndexes) + " || exit /b 1",
        "if exist " + std::string(kWorldTables) + " sqlcmd -S \"%DB_SERVER%\" -d \"%DB_NAME%\" %SQLCMD_LOGIN% -b -i " +
            kWorldTables + " || exit /b 1",
        "if exist " + dataFile(keyTable) + " " +
            bcpArguments(keyTable, dataFile(keyTable), errorFile(keyTable), batchSize, server) + " || exit /b 1",
    };
    std::string text;
    for (const std::string &line : lines)
        text += line + "\r\n";
    return text;
}

void BcpFiles::makeFolder(const std::string &directory)
{
    const QString folder = QString::fromStdString(directory);
    if (QFileInfo info(folder); info.exists() && !info.isDir())
        throw SinkError(SinkError::Kind::Configuration, "bcp: " + directory + " is a file, not a folder");
    if (!QDir().mkpath(folder))
        throw SinkError(SinkError::Kind::Configuration, "bcp: cannot create the folder " + directory);
}

void BcpFiles::writeSideFiles(const std::string &directory, std::string_view table, std::size_t batchSize,
                              const WorldRows *worldRows, const std::string &dataGlob, bool defectKey)
{
    const QDir folder(QString::fromStdString(directory));
    auto pathOf = [&folder](const std::string &name) {
        return folder.filePath(QString::fromStdString(name)).toStdString();
    };
    SavedFile::writeWhole(pathOf(formatFile(table)), formatFileXml());
    SavedFile::writeWhole(pathOf(kCreateTable), createTableSql(table));
    SavedFile::writeWhole(pathOf(kCreateIndexes), createIndexesSql(table));
    SavedFile::writeWhole(pathOf(kLoadSh), loadSh(table, batchSize, dataGlob));
    QFile::setPermissions(QString::fromStdString(pathOf(kLoadSh)),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::ExeOther);
    SavedFile::writeWhole(pathOf(kLoadCmd), loadCmd(table, batchSize, dataGlob));
    SavedFile::writeWhole(pathOf(kBulkInsert), bulkInsertSql(table, batchSize, defectKey));
    if (worldRows)
        SavedFile::writeWhole(pathOf(kWorldTables), worldTablesSql(*worldRows, table, defectKey));
    if (defectKey)
        SavedFile::writeWhole(pathOf(formatFile(defectkeytable::name(std::string(table)))),
                              bcpdefectkey::formatFileXml());
}

std::string BcpFiles::bulkInsertSql(std::string_view table, std::size_t batchSize, bool defectKey)
{
    const std::string keyTable = defectkeytable::name(std::string(table));
    std::string sql =
        "-- The bcp load as one statement on the server, the paths as the server sees them:\n"
        "--   sqlcmd -b -v DATA_FILE=\"D:\\loads\\" + dataFile(table) + "\" FORMAT_FILE=\"D:\\loads\\" +
        formatFile(table) + "\" ERROR_FILE=\"D:\\loads\\" + errorFile(table) + "\"" +
        (defectKey ? " KEY_DATA_FILE=\"D:\\loads\\" + dataFile(keyTable) + "\" KEY_FORMAT_FILE=\"D:\\loads\\" +
                         formatFile(keyTable) + "\" KEY_ERROR_FILE=\"D:\\loads\\" + errorFile(keyTable) + "\""
                   : std::string()) +
        " -i " + kCreateTable + "," + kBulkInsert + "," + kCreateIndexes + "\n" +
        bulkInsert(table, "", batchSize);
    if (defectKey) // the answer key's table, created when missing, and its rows
        sql += tsqldefectkey::createTable(table) + bulkInsert(keyTable, "KEY_", batchSize);
    return sql;
}

} // namespace cdr

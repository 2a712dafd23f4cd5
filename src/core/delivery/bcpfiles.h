#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cdr {

class WorldRows;

// The files of -o bcp:DIR besides the data file (BcpBatchEncoder's rows), as text. The table name must have passed
// isValidTableName(); file names are the table's ("dbo.cdr" -> "dbo.cdr.dat").
struct BcpFiles {
    static std::string dataFile(std::string_view table);       // "cdr.dat"
    static std::string formatFile(std::string_view table);     // "cdr.xml"
    static std::string errorFile(std::string_view table);      // "cdr.errors.txt" (bcp -e, BULK INSERT ERRORFILE)
    static constexpr const char *kCreateTable = "create_table.sql";
    static constexpr const char *kCreateIndexes = "create_indexes.sql";
    static constexpr const char *kLoadSh = "load.sh";
    static constexpr const char *kLoadCmd = "load.cmd";
    static constexpr const char *kBulkInsert = "bulk_insert.sql";
    static constexpr const char *kWorldTables = "world_tables.sql"; // with --world-tables

    // bcp's XML format file: 23 character fields ended by BcpBatchEncoder's terminators, mapped to the 23 columns.
    static std::string formatFileXml();
    // sqlcmd scripts: the table when missing (TsqlScript::head()), the three indexes when missing (TsqlScript::tail()).
    static std::string createTableSql(std::string_view table);
    static std::string createIndexesSql(std::string_view table);
    // The world tables with their rows (tsqlWorldTables()) after SET NOCOUNT ON and SET XACT_ABORT ON; with
    // `defectKey` also the answer key's table <table>_defects (its rows are in <table>_defects.dat).
    static std::string worldTablesSql(const WorldRows &rows, std::string_view table, bool defectKey = false);
    // create_table.sql, bcp ... in, create_indexes.sql, then world_tables.sql when present, then bcp ... in of the
    // answer key <table>_defects.dat when present (its table is in world_tables.sql); server, database and
    // login from DB_SERVER, DB_NAME, DB_USER. `dataGlob` (--split: "cdr_*.dat") loads every data file it matches,
    // each with its own error file ("cdr_20240624.dat.errors.txt"), instead of dataFile(table).
    static std::string loadSh(std::string_view table, std::size_t batchSize, const std::string &dataGlob = {});
    static std::string loadCmd(std::string_view table, std::size_t batchSize,
                               const std::string &dataGlob = {}); // CR LF line ends
    // Creates the bcp: folder when missing; SinkError(Configuration) when it is a file or cannot be made.
    static void makeFolder(const std::string &directory);
    // Writes every file of the folder but the data: format file, create_table.sql, create_indexes.sql, load.sh
    // (executable), load.cmd, bulk_insert.sql, with `worldRows` world_tables.sql and with `defectKey` the answer
    // key's format file <table>_defects.xml (each through SavedFile; the key's data file is the sink's).
    static void writeSideFiles(const std::string &directory, std::string_view table, std::size_t batchSize,
                               const WorldRows *worldRows, const std::string &dataGlob = {}, bool defectKey = false);
    // BULK INSERT with the format file, for sqlcmd -v DATA_FILE=... FORMAT_FILE=... ERROR_FILE=... (server paths);
    // with `defectKey` then <table>_defects created when missing and loaded from KEY_DATA_FILE, KEY_FORMAT_FILE,
    // KEY_ERROR_FILE.
    static std::string bulkInsertSql(std::string_view table, std::size_t batchSize, bool defectKey = false);
};

} // namespace cdr

#pragma once

#include <string>
#include <string_view>

namespace cdr {

// Whose catalog a declared type comes from: the same spelling means different things (FLOAT is 8 bytes in SQL
// Server and PostgreSQL, 4 in MySQL; SQLite stores every integer in up to 8 bytes whatever it is called).
enum class TypeSystem { PostgreSql, SqlServer, Sqlite, MySql };

// A column type as far as loading CDR values into it goes.
struct ColumnType {
    enum class Family {
        Integer,   // bits: 8, 16, 32 or 64
        Floating,  // bits: 32 or 64
        Decimal,   // precision and scale (precision 0: unconstrained)
        Character, // length in characters, -1 for unlimited; padded for CHAR(n)
        Timestamp, // flavour says which
        Date,      // no time of day
        Untyped,   // a SQLite column declared without a type: stores any value as given
        Other,     // anything else (boolean, bytea, uuid, ...)
    };
    enum class Flavour {
        Plain,         // PostgreSQL timestamp, SQL Server datetime2, MySQL datetime, SQLite DATETIME/TIMESTAMP
        WithZone,      // PostgreSQL timestamptz
        DateTime,      // SQL Server datetime: 1753..9999, 1/300 s
        SmallDateTime, // SQL Server smalldatetime: 1900..2079-06-06, whole minutes
    };

    Family family = Family::Other;
    int bits = 0;
    int length = -1;
    int precision = 0;
    int scale = 0;
    bool padded = false;
    Flavour flavour = Flavour::Plain;
    std::string spelled; // as the catalog gave it, for messages ("character varying(10)", "INT")
};

// Reads a declared type as a catalog spells it: PostgreSQL's format_type() ("integer", "numeric(9,6)",
// "timestamp(0) without time zone"), SQL Server's INFORMATION_SCHEMA data type with its size ("varchar(20)",
// "nvarchar(max)", "decimal(9,6)", "datetime2(0)"), SQLite's declared type ("VARCHAR(20)", "" or anything, read with
// SQLite's affinity rules), MySQL's COLUMN_TYPE ("int(11)", "double", "datetime").
ColumnType parseColumnType(TypeSystem system, std::string_view declared);

} // namespace cdr

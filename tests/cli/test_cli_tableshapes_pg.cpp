#include "clirunner.h"
#include "postgresfacts.h"
#include "tableshapes.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

// PostgreSQL tables that someone else made and half filled (psql \copy of the first rows of a CSV run of the same
// config), resumed by cdrgen-cli through COPY (postgresql://) and through psqlODBC (-o odbc): compatible shapes end
// with exactly the rows of one run (each value as the column's type holds it), incompatible ones exit 2 before
// writing, listing every problem.
class TestCliTableShapesPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<QString, QString> m_pg;
    QSqlDatabase m_db;
    std::unique_ptr<CliRunner> m_cli;
    static constexpr int kHalf = 3000;
    static constexpr int kTotal = 9000;

    QString url() const
    {
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(m_pg.at("PG_USER"), m_pg.at("PG_PASSWORD"), m_pg.at("PG_HOST"), m_pg.at("PG_PORT"),
                 m_pg.at("PG_DATABASE"));
    }

    void writeFile(const QString &name, const QString &text) const
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

    // psql runs `command`; its stderr, empty when it succeeded.
    QString psql(const QString &command) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PGPASSWORD", m_pg.at("PG_PASSWORD"));
        environment.insert("PGTZ", "UTC");
        process.setProcessEnvironment(environment);
        process.start("psql", {"-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", m_pg.at("PG_HOST"), "-p", m_pg.at("PG_PORT"),
                               "-U", m_pg.at("PG_USER"), "-d", m_pg.at("PG_DATABASE"), "-c", command});
        if (!process.waitForFinished(60000))
            return "psql did not finish";
        const QString err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode() == 0 ? QString() : "psql failed: " + err;
    }

    QString makeTable(const QString &table, const TableShape &shape, bool halfLoad) const
    {
        QString problem = psql("DROP TABLE IF EXISTS " + table + "; " + createTableSql(table, shape));
        if (problem.isEmpty() && halfLoad)
            problem = psql(QStringLiteral("\\copy %1 (%2) FROM 'half.csv' WITH (FORMAT csv, HEADER true)")
                               .arg(table, cdrColumnsIn(shape)));
        return problem;
    }

    qint64 number(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

    // The reference run's rows as `table`'s column types hold them (each value through its text, as a program
    // loading the CSV would give it), EXCEPT ALL the rows of `table`, counted both ways.
    qint64 rowsThatDiffer(const QString &table)
    {
        QSqlQuery types(m_db);
        if (!types.exec(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                                       "WHERE attrelid = '%1'::regclass AND attnum > 0 AND NOT attisdropped").arg(table)))
            return -1;
        std::map<QString, QString> typeOf;
        while (types.next())
            typeOf[types.value(0).toString()] = types.value(1).toString();
        const QString columns = cdrColumnsIn(seedShape("TIMESTAMP"));
        QStringList converted;
        for (const QString &column : columns.split(", "))
            converted << QStringLiteral("CAST(CAST(%1 AS text) AS %2)").arg(column, typeOf[column]);
        const QString reference = QStringLiteral("SELECT %1 FROM shape_ref").arg(converted.join(", "));
        const QString loaded = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
        return number(QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT ALL %2) a) + (SELECT COUNT(*) FROM (%2 EXCEPT ALL %1) b)")
                          .arg(reference, loaded));
    }

    CliResult runInto(const QString &table, const QString &how, qint64 total = kTotal) const
    {
        return m_cli->run({"-c", "fixed.yml", "-n", QString::number(total), "-o", how == "odbc" ? "odbc" : url(),
                           "--table", table, "--no-email"});
    }

    static TableShape compatibleShape(int index)
    {
        if (index == 0)
            return seedShape("TIMESTAMP");
        TableShape shape;
        if (index == 1) { // every type with a binary form: binary COPY with other encodings
            shape = cdrShape({{cdr::ColumnKind::Id, "BIGINT PRIMARY KEY"}, {cdr::ColumnKind::Text, "TEXT"},
                              {cdr::ColumnKind::Timestamp, "TIMESTAMPTZ"}, {cdr::ColumnKind::Integer, "SMALLINT"},
                              {cdr::ColumnKind::Real, "REAL"}});
            setDefinition(shape, "caller", "VARCHAR(12)");
            setDefinition(shape, "duration", "INTEGER");
        } else { // NUMERIC coordinates: text COPY for the table
            shape = cdrShape({{cdr::ColumnKind::Id, "BIGINT PRIMARY KEY"}, {cdr::ColumnKind::Text, "VARCHAR(30)"},
                              {cdr::ColumnKind::Timestamp, "TIMESTAMP(0)"}, {cdr::ColumnKind::Integer, "INT"},
                              {cdr::ColumnKind::Real, "NUMERIC(9,6)"}});
            setDefinition(shape, "antenna_lat_reception", "DOUBLE PRECISION");
        }
        std::reverse(shape.begin(), shape.end());
        shape.insert(shape.begin() + 5, {"note", "TEXT"});
        shape.push_back({"loaded_at", "TIMESTAMPTZ NOT NULL DEFAULT now()"});
        shape.push_back({"row_key", "BIGINT GENERATED ALWAYS AS IDENTITY"});
        return shape;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pg = readPostgresFacts();
        QVERIFY(m_pg.count("PG_HOST"));
        writeFile("odbc.ini", postgresOdbcIni(m_pg));
        writeFile(".env", QStringLiteral("DB_DSN=cdrgen_pg\nDB_USER=%1\nDB_PASSWORD=%2\n").arg(m_pg["PG_USER"], m_pg["PG_PASSWORD"]));
        QFile seed(QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets/seed-example.yml"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        writeFile("fixed.yml", QString::fromUtf8(seed.readAll()) + "\ngeneration:\n  subscribers: 3000\n");
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        m_cli->setVariable("ODBCINI", m_dir.filePath("odbc.ini"));

        m_db = postgresConnection(m_pg, "shapes");
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        QSqlQuery(m_db).exec("SET TimeZone = 'UTC'");

        const CliResult half = m_cli->run({"-c", "fixed.yml", "-n", QString::number(kHalf), "-o", "csv:half.csv", "--no-email", "-q"});
        QVERIFY2(half.exitCode == 0, qPrintable(half.err));
        QVERIFY(psql("DROP TABLE IF EXISTS shape_ref").isEmpty());
        const CliResult reference = runInto("shape_ref", "copy");
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
    }

    void compatibleShapesResumeToTheExactRows_data()
    {
        QTest::addColumn<int>("shapeIndex");
        QTest::addColumn<QString>("how");
        for (const char *how : {"copy", "odbc"}) {
            QTest::addRow("seed's shape, %s", how) << 0 << QString(how);
            QTest::addRow("timestamptz, smallint, real, text, other order, %s", how) << 1 << QString(how);
            QTest::addRow("numeric coordinates, %s", how) << 2 << QString(how);
        }
    }
    void compatibleShapesResumeToTheExactRows()
    {
        QFETCH(int, shapeIndex);
        QFETCH(QString, how);
        const QString table = QStringLiteral("shape%1_%2").arg(shapeIndex).arg(how);
        const QString problem = makeTable(table, compatibleShape(shapeIndex), true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliResult resumed = runInto(table, how);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains("resuming at id 3001"), qPrintable(resumed.err));
        QCOMPARE(number("SELECT COUNT(*) FROM " + table), qint64(kTotal));
        QCOMPARE(rowsThatDiffer(table), qint64(0));
        if (how == "copy" && shapeIndex == 2)
            QVERIFY2(resumed.err.contains("loading it with text COPY"), qPrintable(resumed.err));
        // The run changed nothing but rows: the index builds aside, the extra columns got their defaults.
        if (shapeIndex > 0)
            QCOMPARE(number("SELECT COUNT(*) FROM " + table + " WHERE note IS NOT NULL OR loaded_at IS NULL OR row_key IS NULL"),
                     qint64(0));
    }

    void shardsResumeIntoTheSeedsShape_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("copy") << "copy";
        QTest::newRow("odbc") << "odbc";
    }
    void shardsResumeIntoTheSeedsShape()
    {
        // Two shards into one half-filled table of the seed's shape: shard 1 resumes after the half-load's ids
        // within its own, shard 2 starts at its first id; together they are the one run.
        QFETCH(QString, how);
        const QString table = "shards_" + how;
        const QString problem = makeTable(table, seedShape("TIMESTAMP"), true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const char *shard : {"2/2", "1/2"}) {
            const CliResult result = m_cli->run({"-c", "fixed.yml", "-n", QString::number(kTotal), "-o",
                                                 how == "odbc" ? "odbc" : url(), "--table", table, "--shard", shard,
                                                 "--no-email"});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            if (QString(shard) == "1/2")
                QVERIFY2(result.err.contains("resuming at id 3001"), qPrintable(result.err));
        }
        QCOMPARE(number("SELECT COUNT(*) FROM " + table), qint64(kTotal));
        QCOMPARE(rowsThatDiffer(table), qint64(0));
    }

    void incompatibleShapesExitTwoBeforeWritingListingEveryProblem_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("copy") << "copy";
        QTest::newRow("odbc") << "odbc";
    }
    void incompatibleShapesExitTwoBeforeWritingListingEveryProblem()
    {
        QFETCH(QString, how);
        const QString halfLoaded = "bad_half_" + how, empty = "bad_empty_" + how, intId = "int_id_" + how;
        TableShape shape = seedShape("TIMESTAMP");
        setDefinition(shape, "start_time", "DATE");
        setDefinition(shape, "antenna_altitude_emission", "TEXT");
        const QString problem = makeTable(halfLoaded, shape, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        shape = seedShape("TIMESTAMP");
        setDefinition(shape, "caller", "VARCHAR(10)");
        setDefinition(shape, "callee", "VARCHAR(20) NOT NULL");
        setDefinition(shape, "antenna_lat_emission", "NUMERIC(3,2)");
        removeColumn(shape, "imei_caller");
        shape.push_back({"region", "TEXT NOT NULL"});
        QVERIFY(makeTable(empty, shape, false).isEmpty());
        QVERIFY(makeTable(intId, seedShape("TIMESTAMP"), false).isEmpty());

        const CliResult refused = runInto(halfLoaded, how);
        QCOMPARE(refused.exitCode, 2);
        for (const QString &expected :
             {halfLoaded + " cannot take this run's rows (nothing was written",
              QString("  - column start_time: date has no time of day (use a timestamp type)"),
              QString("  - column antenna_altitude_emission: text cannot hold whole numbers")})
            QVERIFY2(refused.err.contains(expected), qPrintable(expected + "\n" + refused.err));
        const CliResult refusedEmpty = runInto(empty, how);
        QCOMPARE(refusedEmpty.exitCode, 2);
        for (const char *expected :
             {"  - column caller: character varying(10) is narrower than the longest value this run can write (12 characters)",
              "  - column callee: NOT NULL, but this run leaves it empty (NULL) for off-net calls and data sessions",
              "  - missing column imei_caller",
              "  - column antenna_lat_emission: numeric(3,2) has room for 1 digits before the decimal point, but the "
              "geography box reaches 51.5 degrees",
              "  - column region: NOT NULL without a default, and cdrgen writes no value there"})
            QVERIFY2(refusedEmpty.err.contains(QLatin1String(expected)), qPrintable(expected + QString("\n") + refusedEmpty.err));
        // An INT id holds a run up to 2,147,483,647 ids; a larger one is refused before its world is even built.
        const CliResult tooMany = runInto(intId, how, 3'000'000'000);
        QCOMPARE(tooMany.exitCode, 2);
        QVERIFY2(tooMany.err.contains("  - column id: integer holds -2,147,483,648..2,147,483,647, but this run writes "
                                      "ids 1..3,000,000,000"),
                 qPrintable(tooMany.err));

        // Nothing written, nothing changed: the half-load's rows and no index but the primary key's.
        QCOMPARE(number("SELECT COUNT(*) FROM " + halfLoaded), qint64(kHalf));
        for (const QString &table : {halfLoaded, empty, intId}) {
            QCOMPARE(number("SELECT COUNT(*) FROM pg_indexes WHERE tablename = '" + table + "' AND indexname NOT LIKE '%_pkey'"),
                     qint64(0));
        }
        QCOMPARE(number("SELECT COUNT(*) FROM " + empty), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCliTableShapesPg)
#include "test_cli_tableshapes_pg.moc"

#include "clirunner.h"
#include "splitfiles.h"

#include <QBitArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// "2024-06-24 13:05:09" -> "20240624" (day) or "2024062413" (hour).
QByteArray sliceOfStartTime(const QByteArray &startTime, bool hour)
{
    QByteArray label = startTime.left(4) + startTime.mid(5, 2) + startTime.mid(8, 2);
    if (hour)
        label += startTime.mid(11, 2);
    return label;
}

} // namespace

class TestSplit : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    void runOk(const QStringList &arguments)
    {
        const CliResult result = m_cli->run(arguments + QStringList{"--no-email", "-q"});
        QVERIFY2(result.exitCode == 0, qPrintable(QString::number(result.exitCode) + ": " + result.err));
    }

    QByteArray plainCsv(const QString &name, const QStringList &arguments)
    {
        const CliResult result = m_cli->run(arguments + QStringList{"-o", "csv:" + name, "--no-email", "-q"});
        if (result.exitCode != 0)
            return "exit " + QByteArray::number(result.exitCode) + ": " + result.err.toUtf8();
        return readFile(path(name));
    }

    // The files a split run left in `folder` (below the test's folder) against the plain CSV of the same run: every
    // row in the file of its slice, in ascending ids, the same bytes as in the plain file, every row once; the
    // manifest's counts, ids, sizes and SHA-256 (sha256sum's) right; nothing else left in the folder.
    // With defects: `generated` holds the start time a damaged record was generated with (empty: a duplicate,
    // whose generated time the answer key does not give; its row may be in any file), and `siblings` the other
    // files the run writes beside the slices.
    void checkSplit(const QString &folder, const QByteArray &plain, bool hour, bool gzip,
                    const QHash<std::int64_t, QByteArray> &generated = {}, const QStringList &siblings = {})
    {
        const QList<QByteArray> plainLines = textLines(plain);
        QVERIFY(plainLines.size() > 1);
        const QList<ManifestRow> manifest = readManifest(path(folder + "/cdr_manifest.csv"));
        QVERIFY2(!manifest.isEmpty(), qPrintable(folder));
        const QString suffix = gzip ? ".csv.gz" : ".csv";
        const QRegularExpression name(QStringLiteral("^cdr_(\\d{%1})").arg(hour ? 10 : 8) +
                                      QRegularExpression::escape(suffix) + "$");
        QSet<QString> expectedFiles(siblings.begin(), siblings.end());
        expectedFiles.insert("cdr_manifest.csv");
        QSet<QByteArray> plainSlices, splitSlices;
        for (qsizetype i = 1; i < plainLines.size(); ++i)
            plainSlices.insert(sliceOfStartTime(generated.value(i, csvFields(plainLines[i]).value(3)), hour));
        QStringList files;
        for (const ManifestRow &entry : manifest)
            files.push_back(path(folder + "/" + entry.file));
        const QHash<QString, QString> digests = sha256sums(files);
        if (gzip)
            QCOMPARE(gzipTest(files), QString());
        QBitArray seen(int(plainLines.size()));
        qsizetype rows = 0;
        for (const ManifestRow &entry : manifest) {
            const QRegularExpressionMatch match = name.match(entry.file);
            QVERIFY2(match.hasMatch(), qPrintable(entry.file));
            const QByteArray slice = match.captured(1).toLatin1();
            splitSlices.insert(slice);
            expectedFiles.insert(entry.file);
            const QString file = path(folder + "/" + entry.file);
            QCOMPARE(QFileInfo(file).size(), entry.bytes);
            QCOMPARE(entry.sha256, digests.value(file));
            const QByteArray text = gzip ? gunzipFile(file) : readFile(file);
            if (gzip)
                QCOMPARE(readFile(file).left(2), QByteArray("\x1f\x8b"));
            const QList<QByteArray> lines = textLines(text);
            QVERIFY2(!lines.isEmpty(), qPrintable(entry.file));
            QCOMPARE(lines.front(), plainLines.front()); // the header
            QCOMPARE(lines.size() - 1, entry.rows);
            std::int64_t previous = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> fields = csvFields(lines[i]);
                const std::int64_t id = fields.value(0).toLongLong();
                QVERIFY2(id > previous && id < plainLines.size(), qPrintable(entry.file + ": " + lines[i]));
                previous = id;
                QVERIFY2(!seen.testBit(int(id)), qPrintable(lines[i]));
                seen.setBit(int(id));
                QCOMPARE(lines[i], plainLines[id]);
                if (!generated.contains(id))
                    QCOMPARE(sliceOfStartTime(fields.value(3), hour), slice);
                else if (!generated.value(id).isEmpty())
                    QCOMPARE(sliceOfStartTime(generated.value(id), hour), slice);
                if (i == 1)
                    QCOMPARE(id, entry.firstId);
            }
            QCOMPARE(previous, entry.lastId);
            rows += lines.size() - 1;
        }
        QCOMPARE(rows, plainLines.size() - 1);
        if (!generated.values().contains(QByteArray())) // a duplicate's slice is not known here
            QCOMPARE(splitSlices, plainSlices);
        const QStringList left = QDir(path(folder)).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(QSet<QString>(left.begin(), left.end()), expectedFiles);
    }

    // Every output file (slices, manifest) of folder `a` has the same bytes in folder `b`, and the other way round.
    void checkSameFiles(const QString &a, const QString &b)
    {
        const QStringList outputs{"cdr_[0-9]*", "cdr_manifest.csv"}; // not the log file
        const QStringList names = QDir(path(a)).entryList(outputs, QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(QDir(path(b)).entryList(outputs, QDir::Files | QDir::Hidden, QDir::Name), names);
        QVERIFY(names.size() > 2);
        for (const QString &file : names)
            QVERIFY2(readFile(path(a + "/" + file)) == readFile(path(b + "/" + file)), qPrintable(file));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void dayFilesHoldThePlainRowsEachInItsDay()
    {
        const QStringList run{"-n", "50000", "-s", "11"};
        const QByteArray plain = plainCsv("plain.csv", run);
        QVERIFY(QDir(path({})).mkpath("day"));
        QVERIFY(QDir(path({})).mkpath("gz"));
        runOk(run + QStringList{"-o", "csv:day/cdr.csv", "--split", "day"});
        checkSplit("day", plain, false, false);
        // Compressed: the same text in every file, the files a fraction of the plain ones.
        runOk(run + QStringList{"-o", "csv:gz/cdr.csv.gz", "--split", "day", "--batch-size", "3001", "--threads", "1"});
        checkSplit("gz", plain, false, true);
        qint64 plainBytes = 0, gzipBytes = 0;
        for (const ManifestRow &entry : readManifest(path("day/cdr_manifest.csv")))
            plainBytes += entry.bytes;
        for (const ManifestRow &entry : readManifest(path("gz/cdr_manifest.csv")))
            gzipBytes += entry.bytes;
        QVERIFY2(gzipBytes < plainBytes / 2, qPrintable(QString("%1 of %2").arg(gzipBytes).arg(plainBytes)));
    }

    void hourFilesHoldThePlainRowsEachInItsHour()
    {
        const QStringList run{"-n", "20000", "-s", "5"};
        const QByteArray plain = plainCsv("plain.csv", run);
        QVERIFY(QDir(path({})).mkpath("hour"));
        runOk(run + QStringList{"-o", "csv:hour/cdr.csv", "--split", "hour"});
        checkSplit("hour", plain, true, false);
    }

    // Dirty data: a record whose start time a defect changed (skew, out of period, DST) stays in the file of the
    // time it was generated with, which the answer key gives as the original value; the key file is complete.
    void damagedRecordsStayInTheFileOfTheirGeneratedDay()
    {
        const QStringList run{"-n", "30000", "-s", "8", "-c", CDRGEN_SOURCE_DIR "/config/presets/dirty-data.yml"};
        const QByteArray plain = plainCsv("plain.csv", run);
        QVERIFY(QDir(path({})).mkpath("day"));
        runOk(run + QStringList{"-o", "csv:day/cdr.csv", "--split", "day", "--world-tables"});
        const QList<QByteArray> key = textLines(readFile(path("day/cdr_defects.csv")));
        QVERIFY(key.size() > 1);
        QCOMPARE(key.front(), QByteArray("id,kind,variant,column_name,original_value,injected_value,original_id"));
        QHash<std::int64_t, QByteArray> generated;
        qsizetype movedOutOfTheirDay = 0;
        for (qsizetype i = 1; i < key.size(); ++i) {
            const QList<QByteArray> cells = csvFields(key[i]);
            const std::int64_t id = cells.value(0).toLongLong();
            if (cells.value(1) == "duplicates") {
                generated.insert(id, QByteArray());
            } else if (cells.value(3) == "start_time") {
                generated.insert(id, cells.value(4));
                movedOutOfTheirDay += sliceOfStartTime(cells.value(4), false) != sliceOfStartTime(cells.value(5), false);
            }
        }
        QVERIFY2(movedOutOfTheirDay > 10, qPrintable(QString::number(movedOutOfTheirDay)));
        QStringList siblings;
        for (const char *table : {"subscribers", "antennas", "events", "labels", "runs", "defects"})
            siblings.push_back(QStringLiteral("cdr_%1.csv").arg(table));
        checkSplit("day", plain, false, false, generated, siblings);
    }

    // A run killed (SIGKILL) after it wrote some rounds leaves only .part files and its journal; a torn write
    // after the journal's sizes is cut off; the default resume then ends with the files of an uninterrupted run,
    // byte for byte (gzip members included). A resume with another seed is refused before it touches them.
    void resumeAfterAKillGivesTheFilesOfAnUninterruptedRun()
    {
        const QStringList common{"-n", "800000", "-s", "3", "--split", "day", "--no-email"};
        const QStringList run = common + QStringList{"--threads", "1"};
        QVERIFY(QDir(path({})).mkpath("ref"));
        QVERIFY(QDir(path({})).mkpath("killed"));
        // Other batch size and thread count: the bytes of the files depend on neither.
        runOk(common + QStringList{"-o", "csv:ref/cdr.csv.gz", "--batch-size", "7000", "--threads", "2"});

        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.start(CliRunner::program(), run + QStringList{"-o", "csv:killed/cdr.csv.gz"});
        QVERIFY(process.waitForStarted());
        const QString journal = path("killed/cdr_split.journal");
        while (process.state() == QProcess::Running && !QFile::exists(journal))
            process.waitForFinished(5);
        QVERIFY2(process.state() == QProcess::Running, "the run ended before it could be killed");
        process.kill();
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const QStringList left = QDir(path("killed")).entryList(QDir::Files);
        QVERIFY(left.contains("cdr_split.journal"));
        QVERIFY2(left.filter(QRegularExpression("^cdr_\\d{8}\\.csv\\.gz$")).isEmpty(), qPrintable(left.join(' ')));
        QVERIFY(!left.contains("cdr_manifest.csv"));
        const QStringList parts = left.filter(QRegularExpression("^cdr_\\d{8}\\.csv\\.gz\\.part$"));
        QVERIFY(parts.size() > 300);
        QFile torn(path("killed/" + parts.front()));
        QVERIFY(torn.open(QIODevice::Append));
        QVERIFY(torn.write("half a gzip member") > 0);
        torn.close();

        const CliResult otherSeed = m_cli->run(QStringList{"-n", "800000", "-s", "4", "--split", "day", "--no-email",
                                                           "-o", "csv:killed/cdr.csv.gz"});
        QCOMPARE(otherSeed.exitCode, 2);
        QVERIFY2(otherSeed.err.contains("config digest"), qPrintable(otherSeed.err));

        const CliResult resumed = m_cli->run(run + QStringList{"-o", "csv:killed/cdr.csv.gz"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains("resuming at id 262145") || resumed.err.contains("resuming at id 524289"),
                 qPrintable(resumed.err));
        checkSameFiles("ref", "killed");
    }

    // Ctrl+C (SIGINT) stops a run with exit 130 and leaves no final file; the same command completes the files of
    // an uninterrupted run. The output has no folder of its own here: the parts are found in the working folder.
    void resumeAfterCtrlCInTheWorkingFolder()
    {
        const QStringList run{"-n", "600000", "-s", "9", "--split", "day", "--threads", "1", "--no-email",
                              "-o", "csv:cdr.csv"};
        QVERIFY(QDir(path({})).mkpath("ref"));
        runOk({"-n", "600000", "-s", "9", "--split", "day", "-o", "csv:ref/cdr.csv"});
        const CliResult interrupted =
            m_cli->runAndInterrupt(run, [&] { return QFile::exists(path("cdr_split.journal")); });
        QCOMPARE(interrupted.exitCode, 130);
        const QStringList left = QDir(path({})).entryList(QDir::Files);
        QVERIFY2(left.filter(QRegularExpression("^cdr_\\d{8}\\.csv$")).isEmpty(), qPrintable(left.join(' ')));
        QVERIFY(left.contains("cdr_split.journal"));
        const CliResult resumed = m_cli->run(run);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains("resuming at id 262145") || resumed.err.contains("resuming at id 524289"),
                 qPrintable(resumed.err));
        checkSameFiles(".", "ref");
    }

    // A finished split is not written again by the default resume, refused by if_exists fail and not extended.
    void aFinishedSplitStaysAsItIs()
    {
        QVERIFY(QDir(path({})).mkpath("out"));
        const QStringList run{"-n", "20000", "--split", "day", "-o", "csv:out/cdr.csv", "--no-email", "-q"};
        runOk(run);
        const QByteArray manifest = readFile(path("out/cdr_manifest.csv"));
        const CliResult again = m_cli->run(run);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(readFile(path("out/cdr_manifest.csv")), manifest);
        const CliResult fail = m_cli->run(run + QStringList{"--if-exists", "fail"});
        QCOMPARE(fail.exitCode, 2);
        QVERIFY2(fail.err.contains("already exists (if_exists: fail)"), qPrintable(fail.err));
        const CliResult more = m_cli->run(QStringList{"-n", "30000", "--split", "day", "-o", "csv:out/cdr.csv"});
        QCOMPARE(more.exitCode, 2);
        QVERIFY2(more.err.contains("not extended"), qPrintable(more.err));
        runOk({"-n", "30000", "--split", "day", "-o", "csv:out/cdr.csv", "--if-exists", "replace"});
        qint64 rows = 0;
        for (const ManifestRow &entry : readManifest(path("out/cdr_manifest.csv")))
            rows += entry.rows;
        QCOMPARE(rows, 30000);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("period") << QStringList{"--split", "week", "-o", "csv:cdr.csv"}
                                << "--split: 'week' is not one of day, hour";
        QTest::newRow("stdout") << QStringList{"--split", "day", "-o", "csv:-"} << "not csv:-";
        QTest::newRow("sqlite") << QStringList{"--split", "day", "-o", "sqlite:cdr.sqlite"} << "needs a csv:PATH, tsql:FILE or bcp:DIR output";
        QTest::newRow("default target") << QStringList{"--split", "hour"} << "needs a csv:PATH, tsql:FILE or bcp:DIR output";
        QTest::newRow("missing folder") << QStringList{"--split", "day", "-o", "csv:nowhere/cdr.csv"}
                                        << "the folder nowhere of nowhere/cdr.csv does not exist";
        QTest::newRow("folder is a file") << QStringList{"--split", "day", "-o", "csv:afile/cdr.csv"}
                                          << "afile in afile/cdr.csv is not a folder";
    }
    void badInputIsNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFile file(path("afile"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliResult result = m_cli->run(QStringList{"-n", "1000", "--no-email"} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(path("cdr.sqlite")));
    }

    // Issue 24's done-when at 1,000,000 records: csv.gz split by day against the plain CSV of the same seed.
    void millionRecordsGzipDaySplitEqualsPlainCsv()
    {
        const QStringList run{"-n", "1000000", "-s", "24"};
        QElapsedTimer timer;
        timer.start();
        const QByteArray plain = plainCsv("plain.csv", run);
        QVERIFY(QDir(path({})).mkpath("day"));
        runOk(run + QStringList{"-o", "csv:day/cdr.csv.gz", "--split", "day"});
        checkSplit("day", plain, false, true);
        qInfo("1,000,000 records: plain CSV, split csv.gz and the check took %.1f s", timer.elapsed() / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestSplit)
#include "test_split.moc"

#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray gunzip(const QString &path)
{
    QProcess gzip;
    gzip.start("gzip", {"-dc", path});
    if (!gzip.waitForFinished(60'000) || gzip.exitCode() != 0)
        return "gzip failed: " + gzip.readAllStandardError();
    return gzip.readAllStandardOutput();
}

} // namespace

class TestCliTextOutputs : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QByteArray runCsv(const QString &name, const QStringList &extra)
    {
        const CliResult result =
            m_cli->run(QStringList{"-n", "60000", "-o", "csv:" + name, "--no-email", "-q"} + extra);
        if (result.exitCode != 0)
            return "exit " + QByteArray::number(result.exitCode) + ": " + result.err.toUtf8();
        return readAll(m_dir->filePath(name));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void csvIsTheSameForEveryThreadCountAndBatchSize()
    {
        const QByteArray one = runCsv("one.csv", {"--threads", "1"});
        QCOMPARE(one.count('\n'), 60001);
        QCOMPARE(runCsv("two.csv", {"--threads", "2"}), one);
        QCOMPARE(runCsv("three.csv", {"--threads", "3", "--batch-size", "977"}), one);
        const CliResult out = m_cli->run({"-n", "60000", "-o", "csv:-", "--no-email", "-q", "--threads", "2"});
        QCOMPARE(out.exitCode, 0);
        QCOMPARE(out.out.toUtf8(), one);
    }

    void gzipOutputAndItsSiblingsReadBackAsTheSameText()
    {
        const QByteArray plain = runCsv("cdr.csv", {"--world-tables"});
        QCOMPARE(plain.count('\n'), 60001);
        const QByteArray compressed = runCsv("cdr.csv.gz", {"--world-tables", "--batch-size", "5000"});
        QCOMPARE(compressed.left(2), QByteArray("\x1f\x8b"));
        QVERIFY(compressed.size() < plain.size() / 2);
        QCOMPARE(gunzip(m_dir->filePath("cdr.csv.gz")), plain);
        for (const char *table : {"subscribers", "antennas", "events", "labels"}) {
            const QString plainSibling = m_dir->filePath(QStringLiteral("cdr_%1.csv").arg(table));
            const QString gzipSibling = m_dir->filePath(QStringLiteral("cdr_%1.csv.gz").arg(table));
            QVERIFY2(QFile::exists(gzipSibling), qPrintable(gzipSibling));
            QCOMPARE(gunzip(gzipSibling), readAll(plainSibling));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTextOutputs)
#include "test_cli_text_outputs.moc"

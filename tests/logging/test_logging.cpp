#include "logging/logsetup.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <sstream>

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void translatesPythonFields_data()
    {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("spdlog");
        QTest::newRow("seed") << "%(asctime)s - %(levelname)s - %(message)s"
                              << "%Y-%m-%d %H:%M:%S,%e - %* - %v";
        QTest::newRow("name+line") << "%(name)s:%(lineno)d %(message)s" << "%n:%# %v";
        QTest::newRow("process+thread") << "[%(process)d/%(thread)d] %(message)s" << "[%P/%t] %v";
        QTest::newRow("msecs+file") << "%(msecs)03d %(filename)s %(message)s" << "%03e %s %v";
        QTest::newRow("padding") << "%(levelname)-8s|%(message)s" << "%-8*|%v";
        QTest::newRow("literal percent") << "100%% %(message)s" << "100%% %v";
        QTest::newRow("unknown field") << "%(nosuch)s %(message)s" << "%%(nosuch) %v";
    }
    void translatesPythonFields()
    {
        QFETCH(QString, python);
        QFETCH(QString, spdlog);
        QCOMPARE(QString::fromStdString(cdr::pythonFormatToSpdlogPattern(python.toStdString())), spdlog);
    }

    void parsesPythonLevels()
    {
        spdlog::level::level_enum level = spdlog::level::off;
        QVERIFY(cdr::parseLogLevel("warning", &level));
        QCOMPARE(level, spdlog::level::warn);
        QVERIFY(cdr::parseLogLevel("CRITICAL", &level));
        QCOMPARE(level, spdlog::level::critical);
        QVERIFY(!cdr::parseLogLevel("LOUD", &level));
    }

    void linesLookAsPythonWritesThem()
    {
        QTemporaryDir dir;
        std::ostringstream console;
        cdr::LoggingConfig config;
        config.file = dir.filePath("run.log").toStdString();
        config.level = "INFO";
        QVERIFY(cdr::setupLogging(config, {std::make_shared<spdlog::sinks::ostream_sink_mt>(console)}).empty());
        spdlog::debug("hidden below INFO");
        spdlog::warn("disk {} full", "almost");
        spdlog::default_logger()->flush();

        QFile file(dir.filePath("run.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpression python(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} - WARNING - disk almost full\\n$"));
        QVERIFY2(python.match(text).hasMatch(), qPrintable(text));
        QCOMPARE(QString::fromStdString(console.str()), text);
    }

    void secretsNeverReachALine()
    {
        std::ostringstream console;
        cdr::LoggingConfig config;
        config.file.clear();
        config.format = "%(message)s";
        QVERIFY(cdr::setupLogging(config, {std::make_shared<spdlog::sinks::ostream_sink_mt>(console)}).empty());
        cdr::registerSecret("Tr0ub4dor&3");
        spdlog::error("connect failed: {}", "DRIVER={x};PWD=Tr0ub4dor&3;UID=sa");
        spdlog::default_logger()->flush();
        QCOMPARE(QString::fromStdString(console.str()), QStringLiteral("connect failed: DRIVER={x};PWD=***;UID=sa\n"));
    }

    void unwritableLogFileIsReported()
    {
        cdr::LoggingConfig config;
        config.file = "/proc/cdrgen-no-such-dir/run.log";
        const std::string error = cdr::setupLogging(config, {});
        QVERIFY2(QString::fromStdString(error).startsWith("logging.file: cannot open"), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "test_logging.moc"

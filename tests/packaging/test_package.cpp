// Builds the .deb and the .tar.gz from this build tree with cpack, then checks what an analyst gets: every file in
// its place, the declared dependencies, metadata that agrees with the programs, and programs that run from an
// extracted package without the build or source tree.
#include "model/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kAppId = QStringLiteral(CDRGEN_APP_ID);
const QString kVersion = QStringLiteral(CDRGEN_VERSION);

struct ProcessResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion; a clean environment keeps the test independent of the caller's shell.
ProcessResult run(const QString &program, const QStringList &arguments, const QString &workDir = {},
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    ProcessResult result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// "a (>= 1), b | c, d" -> {a, b, c, d}
QSet<QString> packageNames(const QString &field)
{
    QSet<QString> names;
    for (const QString &alternative : field.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts)) {
        const QString name = alternative.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

// The installed package holding a file matching PATTERN ("*/libfoo.so.1"), without its ":arch"; empty if none.
QString owningPackage(const QString &pattern)
{
    const ProcessResult owner = run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), pattern});
    return owner.exitCode == 0 ? QString::fromUtf8(owner.out).section(QLatin1Char(':'), 0, 0).trimmed() : QString();
}

// An installed package's name and the names it provides.
QSet<QString> namesOf(const QString &package)
{
    const ProcessResult provides = run(QStringLiteral("dpkg-query"),
                                       {QStringLiteral("-W"), QStringLiteral("-f=${Provides}"), package});
    QSet<QString> names = packageNames(QString::fromUtf8(provides.out));
    names.insert(package);
    return names;
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void debHoldsFile_data();
    void debHoldsFile();
    void debShipsEveryPreset();
    void debDeclaresDependencies();
    void desktopEntryMatchesPackage();
    void metainfoMatchesProject();
    void manPageDocumentsTheCli();
    void copyrightCarriesLicenceAndAttributions();
    void extractedCliReportsVersion();
    void extractedCliPreviewsWithoutBuildTree();
    void tarballIsRelocatable();

private:
    QString field(const QString &name) const;
    QProcessEnvironment cleanEnvironment() const;

    QTemporaryDir m_work;
    QString m_deb;
    QString m_tgz;
    QString m_root; // the .deb extracted
    QSet<QString> m_debFiles;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString binDir = QStringLiteral(CDRGEN_BIN_DIR);
    for (const char *program : {"cdrgen", "cdrgen-cli"})
        QVERIFY2(QFileInfo(binDir + QLatin1Char('/') + QLatin1String(program)).isExecutable(),
                 qPrintable(QStringLiteral("build %1 first").arg(QLatin1String(program))));

    const QString packDir = m_work.filePath(QStringLiteral("pack"));
    const ProcessResult cpack = run(QStringLiteral(CDRGEN_CPACK_COMMAND),
        {QStringLiteral("-G"), QStringLiteral("DEB;TGZ"), QStringLiteral("--config"),
         QStringLiteral(CDRGEN_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), packDir},
        m_work.path(), QProcessEnvironment::systemEnvironment(), 90000);
    QVERIFY2(cpack.finished && cpack.exitCode == 0, cpack.out.constData());

    const QDir pack(packDir);
    const QStringList debs = pack.entryList({QStringLiteral("*.deb")}, QDir::Files);
    const QStringList tgzs = pack.entryList({QStringLiteral("*.tar.gz")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QCOMPARE(tgzs.size(), 1);
    m_deb = pack.filePath(debs.first());
    m_tgz = pack.filePath(tgzs.first());

    const ProcessResult listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(listing.exitCode, 0);
    for (const QString &line : QString::fromUtf8(listing.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString path = line.section(QLatin1Char(' '), -1);
        if (path.startsWith(QLatin1String("./")))
            path.remove(0, 2);
        if (!path.endsWith(QLatin1Char('/')))
            m_debFiles.insert(path);
    }

    m_root = m_work.filePath(QStringLiteral("root"));
    const ProcessResult extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.exitCode == 0, extract.err.constData());
}

QString TestPackage::field(const QString &name) const
{
    const ProcessResult result = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name});
    return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed() : QString();
}

QProcessEnvironment TestPackage::cleanEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

void TestPackage::debHoldsFile_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("source"); // relative to the source tree; empty for generated files

    const QString none;
    QTest::newRow("gui") << QStringLiteral("usr/bin/cdrgen") << none;
    QTest::newRow("cli") << QStringLiteral("usr/bin/cdrgen-cli") << none;
    QTest::newRow("desktop") << QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId)
                             << QStringLiteral("packaging/%1.desktop").arg(kAppId);
    QTest::newRow("icon") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId)
                          << QStringLiteral("resources/icons/cdrgen.svg");
    QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId) << none;
    QTest::newRow("man") << QStringLiteral("usr/share/man/man1/cdrgen-cli.1.gz") << none;
    QTest::newRow("config") << QStringLiteral("usr/share/cdrgen/config.yml") << QStringLiteral("config/config.yml");
    QTest::newRow("env") << QStringLiteral("usr/share/cdrgen/.env.example") << QStringLiteral("config/.env.example");
    for (const char *data : {"belgium.geojson", "neighbours.geojson", "be_places.csv", "SOURCES.md"})
        QTest::newRow(data) << QStringLiteral("usr/share/cdrgen/data/%1").arg(QLatin1String(data))
                            << QStringLiteral("resources/data/%1").arg(QLatin1String(data));
    QTest::newRow("copyright") << QStringLiteral("usr/share/doc/cdrgen/copyright") << none;
    for (const char *example : {"slurm/cdrgen-array.sbatch", "slurm/README.md", "kubernetes/job.yaml",
                                "kubernetes/configmap.yaml", "kubernetes/secret.example.yaml", "kubernetes/README.md"})
        QTest::newRow(example) << QStringLiteral("usr/share/doc/cdrgen/examples/%1").arg(QLatin1String(example))
                               << QStringLiteral("packaging/%1").arg(QLatin1String(example));
}

void TestPackage::debHoldsFile()
{
    QFETCH(QString, installed);
    QFETCH(QString, source);
    QVERIFY2(m_debFiles.contains(installed), qPrintable(installed));
    const QFileInfo extracted(m_root + QLatin1Char('/') + installed);
    QVERIFY(extracted.size() > 0);
    if (installed.startsWith(QLatin1String("usr/bin/")))
        QVERIFY(extracted.isExecutable());
    if (!source.isEmpty()) {
        QFile shipped(extracted.filePath());
        QFile original(QStringLiteral(CDRGEN_SOURCE_DIR "/") + source);
        QVERIFY(shipped.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QVERIFY2(shipped.readAll() == original.readAll(), qPrintable(installed + QLatin1String(" differs")));
    }
}

void TestPackage::debShipsEveryPreset()
{
    const QStringList presets = QDir(QStringLiteral(CDRGEN_SOURCE_DIR "/config/presets"))
                                    .entryList({QStringLiteral("*.yml")}, QDir::Files);
    QVERIFY(!presets.isEmpty());
    for (const QString &preset : presets)
        QVERIFY2(m_debFiles.contains(QStringLiteral("usr/share/cdrgen/presets/") + preset), qPrintable(preset));
}

void TestPackage::debDeclaresDependencies()
{
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("cdrgen"));
    QCOMPARE(field(QStringLiteral("Version")), kVersion);
    const ProcessResult arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    QCOMPARE(field(QStringLiteral("Architecture")), QString::fromUtf8(arch.out).trimmed());
    QVERIFY(field(QStringLiteral("Maintainer")).contains(QRegularExpression(QStringLiteral("^.+ <.+@.+>$"))));
    QVERIFY(!field(QStringLiteral("Section")).isEmpty());

    const QSet<QString> depends = packageNames(field(QStringLiteral("Depends")));
    // Loaded at run time, so only the explicit declaration can name them.
    const QStringList required = {
        QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("libqt6sql6-odbc"), QStringLiteral("libqt6sql6-psql"),
        QStringLiteral("unixodbc"), owningPackage(QStringLiteral("*/qt6/plugins/imageformats/libqsvg.so")),
        QStringLiteral("libc6"), // only dpkg-shlibdeps adds this one: proof that it ran
    };
    for (const QString &package : required)
        QVERIFY2(!package.isEmpty() && depends.contains(package), qPrintable(package));
    // Every library the programs link comes from a package they depend on, whatever its name in this release,
    // directly or through a name it provides (libspdlog1.10 provides libspdlog1.10-fmt9, the name its shlibs give).
    for (const char *program : {"cdrgen", "cdrgen-cli"}) {
        const QString path = m_root + QStringLiteral("/usr/bin/") + QLatin1String(program);
        const ProcessResult dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), path});
        const ProcessResult resolved = run(QStringLiteral("ldd"), {path});
        QCOMPARE(dynamic.exitCode, 0);
        QCOMPARE(resolved.exitCode, 0);
        const QString loaded = QString::fromUtf8(resolved.out);
        const QRegularExpression needed(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        for (auto match = needed.globalMatch(QString::fromUtf8(dynamic.out)); match.hasNext();) {
            const QString library = match.next().captured(1);
            // The folder the loader found it in (x86_64-linux-gnu, not lib32): /lib and /usr/lib are the same.
            const QRegularExpressionMatch found = QRegularExpression(
                QStringLiteral("^\\s*%1 => \\S*/([^/\\s]+)/%1 ").arg(QRegularExpression::escape(library)),
                QRegularExpression::MultilineOption).match(loaded);
            const QString pattern = found.hasMatch() ? QStringLiteral("*/%1/%2").arg(found.captured(1), library)
                                                     : QStringLiteral("*/") + library;
            const QString owner = owningPackage(pattern);
            QVERIFY2(!owner.isEmpty(), qPrintable(library));
            QVERIFY2(depends.intersects(namesOf(owner)), qPrintable(library + QLatin1String(" from ") + owner));
        }
    }

    const QSet<QString> recommends = packageNames(field(QStringLiteral("Recommends")));
    for (const char *driver : {"odbc-postgresql", "tdsodbc", "libsqliteodbc"})
        QVERIFY2(recommends.contains(QLatin1String(driver)), driver);
}

void TestPackage::desktopEntryMatchesPackage()
{
    const QString entry = readText(m_root + QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId));
    const QRegularExpressionMatch exec =
        QRegularExpression(QStringLiteral("^Exec=(\\S+)"), QRegularExpression::MultilineOption).match(entry);
    const QRegularExpressionMatch icon =
        QRegularExpression(QStringLiteral("^Icon=(\\S+)$"), QRegularExpression::MultilineOption).match(entry);
    QVERIFY(exec.hasMatch() && icon.hasMatch());
    QVERIFY2(m_debFiles.contains(QStringLiteral("usr/bin/") + exec.captured(1)), qPrintable(exec.captured(1)));
    QVERIFY2(m_debFiles.contains(QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(icon.captured(1))),
             qPrintable(icon.captured(1)));
}

void TestPackage::metainfoMatchesProject()
{
    QFile file(m_root + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable, firstRelease;
    QStringList binaries;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("id") && id.isEmpty())
            id = xml.readElementText();
        else if (name == QLatin1String("launchable"))
            launchable = xml.readElementText();
        else if (name == QLatin1String("binary"))
            binaries << xml.readElementText();
        else if (name == QLatin1String("release") && firstRelease.isEmpty())
            firstRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QVERIFY(m_debFiles.contains(QStringLiteral("usr/share/applications/") + launchable));
    QCOMPARE(firstRelease, kVersion); // the newest release comes first: bump it with the project version
    QVERIFY(!binaries.isEmpty());
    for (const QString &binary : binaries)
        QVERIFY2(m_debFiles.contains(QStringLiteral("usr/bin/") + binary), qPrintable(binary));
}

void TestPackage::manPageDocumentsTheCli()
{
    const ProcessResult man = run(QStringLiteral("gzip"),
        {QStringLiteral("-dc"), m_root + QStringLiteral("/usr/share/man/man1/cdrgen-cli.1.gz")});
    QCOMPARE(man.exitCode, 0);
    const QString page = QString::fromUtf8(man.out).replace(QLatin1String("\\-"), QLatin1String("-"));
    QVERIFY(page.contains(QLatin1String(".TH CDRGEN-CLI 1")));
    for (const char *exitCode : {".B 0", ".B 1", ".B 2", ".B 130"})
        QVERIFY2(page.contains(QLatin1String(exitCode)), exitCode);

    // Every long option the program itself lists must be documented.
    const ProcessResult help = run(m_root + QStringLiteral("/usr/bin/cdrgen-cli"), {QStringLiteral("--help")},
                                   m_work.path(), cleanEnvironment());
    QCOMPARE(help.exitCode, 0);
    QSet<QString> options;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("--[a-z][a-z-]+")).globalMatch(QString::fromUtf8(help.out));
    while (it.hasNext())
        options.insert(it.next().captured(0));
    QVERIFY2(options.size() >= 10, help.out.constData());
    for (const QString &option : options)
        QVERIFY2(page.contains(option), qPrintable(option + QLatin1String(" is not in the man page")));
}

void TestPackage::copyrightCarriesLicenceAndAttributions()
{
    const QString copyright = readText(m_root + QStringLiteral("/usr/share/doc/cdrgen/copyright"));
    const QString licence = readText(QStringLiteral(CDRGEN_SOURCE_DIR "/LICENSE"));
    QVERIFY(!licence.isEmpty());
    for (const QString &line : licence.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(copyright.contains(QLatin1Char(' ') + line.trimmed()), qPrintable(line));
    for (const char *credit : {"GeoNames, geonames.org", "CC-BY-4.0", "Natural Earth", "ISC", "libphonenumber"})
        QVERIFY2(copyright.contains(QLatin1String(credit)), credit);
}

void TestPackage::extractedCliReportsVersion()
{
    const ProcessResult version = run(m_root + QStringLiteral("/usr/bin/cdrgen-cli"), {QStringLiteral("--version")},
                                      m_work.path(), cleanEnvironment());
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(kVersion.toUtf8()), version.out.constData());
}

void TestPackage::extractedCliPreviewsWithoutBuildTree()
{
    // An empty working folder: no config.yml, no .env, so the bundled default configuration is used.
    const QString cwd = m_work.filePath(QStringLiteral("preview"));
    QVERIFY(QDir().mkpath(cwd));
    const ProcessResult preview = run(m_root + QStringLiteral("/usr/bin/cdrgen-cli"),
        {QStringLiteral("--preview"), QStringLiteral("5")}, cwd, cleanEnvironment());
    QVERIFY2(preview.exitCode == 0, preview.err.constData());

    const QStringList lines = QString::fromUtf8(preview.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first().trimmed(), QString::fromStdString(cdr::csvHeader()));
    for (int row = 1; row < lines.size(); ++row) {
        const QStringList fields = lines[row].trimmed().split(QLatin1Char(','));
        QCOMPARE(fields.size(), int(cdr::kCdrColumnCount));
        QCOMPARE(fields[0], QString::number(row));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\+?324[5-9][0-9]{7}$")).match(fields[1]).hasMatch(),
                 qPrintable(fields[1]));
    }
    // A preview touches no database and writes no file.
    QVERIFY(QDir(cwd).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestPackage::tarballIsRelocatable()
{
    const QString dir = m_work.filePath(QStringLiteral("tgz"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(run(QStringLiteral("tar"), {QStringLiteral("-xzf"), m_tgz, QStringLiteral("-C"), dir}).exitCode, 0);
    const QStringList tops = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(tops.size(), 1);
    const QString top = dir + QLatin1Char('/') + tops.first();
    QVERIFY(QFileInfo::exists(top + QStringLiteral("/share/cdrgen/presets/seed-example.yml")));
    const ProcessResult version =
        run(top + QStringLiteral("/bin/cdrgen-cli"), {QStringLiteral("--version")}, dir, cleanEnvironment());
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(kVersion.toUtf8()));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "test_package.moc"

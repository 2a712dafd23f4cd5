// The Kubernetes Indexed Job of packaging/kubernetes, checked offline (kubectl needs a cluster even for a client-side
// dry run): the fields that make N pods load N disjoint shards of one run, the config from the ConfigMap, the
// password from the Secret, resources present and consistent. The pod's shell command runs here with a stand-in
// cdrgen-cli for every completion index, and the ConfigMap's config.yml passes `cdrgen-cli --validate`.
#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kManifestDir = QStringLiteral(CDRGEN_SOURCE_DIR "/packaging/kubernetes/");

YAML::Node loadManifest(const QString &name)
{
    return YAML::LoadFile((kManifestDir + name).toStdString());
}

QString text(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// "384Mi" -> 384 * 2^20, "1G" -> 10^9; -1 when not a Kubernetes memory quantity this test knows.
qint64 memoryBytes(const QString &quantity)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)(Ki|Mi|Gi|Ti|k|M|G|T)?$"));
    const QRegularExpressionMatch match = pattern.match(quantity);
    if (!match.hasMatch())
        return -1;
    const QHash<QString, qint64> units{{QString(), 1},           {QStringLiteral("k"), 1000},
                                       {QStringLiteral("M"), 1000'000}, {QStringLiteral("G"), 1000'000'000},
                                       {QStringLiteral("T"), 1000'000'000'000}, {QStringLiteral("Ki"), 1LL << 10},
                                       {QStringLiteral("Mi"), 1LL << 20}, {QStringLiteral("Gi"), 1LL << 30},
                                       {QStringLiteral("Ti"), 1LL << 40}};
    return match.captured(1).toLongLong() * units.value(match.captured(2));
}

// The variable names of the seed's .env, as config/.env.example lists them (commented-out ones included).
QSet<QString> envExampleNames()
{
    QFile file(QStringLiteral(CDRGEN_SOURCE_DIR "/config/.env.example"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> names;
    static const QRegularExpression assignment(QStringLiteral("^#?\\s*([A-Z_][A-Z0-9_]*)="));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = assignment.match(line);
        if (match.hasMatch())
            names.insert(match.captured(1));
    }
    return names;
}

} // namespace

class TestKubernetes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jobIsIndexed();
    void everyIndexRunsItsOwnShard();
    void configComesFromTheConfigMap();
    void passwordComesFromTheSecret();
    void environmentUsesTheSeedNames();
    void resourcesMatchThreads();
    void configMapConfigIsValid();
    void configMapKeepsTheProjectWorld();

private:
    QString command() const { return text(m_container["args"][0]); }
    QString optionValue(const QString &option) const;
    YAML::Node env(const QString &name) const;

    YAML::Node m_job;
    YAML::Node m_container;
    YAML::Node m_configMap;
    YAML::Node m_secret;
};

void TestKubernetes::initTestCase()
{
    m_job = loadManifest(QStringLiteral("job.yaml"));
    m_configMap = loadManifest(QStringLiteral("configmap.yaml"));
    m_secret = loadManifest(QStringLiteral("secret.example.yaml"));
    const YAML::Node containers = m_job["spec"]["template"]["spec"]["containers"];
    QVERIFY(containers.IsSequence());
    QCOMPARE(containers.size(), std::size_t(1));
    m_container = containers[0];
    // The command is one shell line, so that the shell can compute the shard from JOB_COMPLETION_INDEX.
    QCOMPARE(m_container["command"].as<std::vector<std::string>>(), (std::vector<std::string>{"/bin/sh", "-c"}));
    QCOMPARE(m_container["args"].size(), std::size_t(1));
}

QString TestKubernetes::optionValue(const QString &option) const
{
    const QRegularExpression pattern(QRegularExpression::escape(option) + QStringLiteral("[ =]\"?([^\" ]+)"));
    return pattern.match(command()).captured(1);
}

YAML::Node TestKubernetes::env(const QString &name) const
{
    for (const YAML::Node &entry : m_container["env"])
        if (text(entry["name"]) == name)
            return entry;
    return {};
}

void TestKubernetes::jobIsIndexed()
{
    QCOMPARE(text(m_job["apiVersion"]), QStringLiteral("batch/v1"));
    QCOMPARE(text(m_job["kind"]), QStringLiteral("Job"));
    QCOMPARE(text(m_job["spec"]["completionMode"]), QStringLiteral("Indexed"));
    const int completions = m_job["spec"]["completions"].as<int>();
    const int parallelism = m_job["spec"]["parallelism"].as<int>();
    QVERIFY(completions >= 1);
    QVERIFY2(parallelism >= 1 && parallelism <= completions, "parallelism must be 1..completions");
    // A pod that fails is started again (its shard resumes), never left as a plain container restart loop.
    QCOMPARE(text(m_job["spec"]["template"]["spec"]["restartPolicy"]), QStringLiteral("Never"));
    QVERIFY(m_job["spec"]["backoffLimit"].as<int>() >= completions);
}

// Runs the pod's shell line for every index with a stand-in cdrgen-cli that prints its --shard value: the N pods must
// run shards 1/N .. N/N, N being the Job's completions.
void TestKubernetes::everyIndexRunsItsOwnShard()
{
    const int completions = m_job["spec"]["completions"].as<int>();
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QFile stub(bin.filePath(QStringLiteral("cdrgen-cli")));
    QVERIFY(stub.open(QIODevice::WriteOnly));
    stub.write("#!/bin/sh\nwhile [ $# -gt 0 ]; do [ \"$1\" = --shard ] && echo \"$2\"; shift; done\n");
    stub.close();
    QVERIFY(stub.setPermissions(stub.permissions() | QFileDevice::ExeOwner));

    QSet<QString> shards;
    for (int index = 0; index < completions; ++index) {
        QProcess shell;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
        environment.insert(QStringLiteral("JOB_COMPLETION_INDEX"), QString::number(index));
        shell.setProcessEnvironment(environment);
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command()});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        const QString shard = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
        QCOMPARE(shard, QStringLiteral("%1/%2").arg(index + 1).arg(completions));
        shards.insert(shard);
    }
    QCOMPARE(shards.size(), completions);
}

void TestKubernetes::configComesFromTheConfigMap()
{
    const QString configPath = optionValue(QStringLiteral("--config"));
    QVERIFY2(configPath.startsWith(QLatin1Char('/')), "the command needs --config with an absolute path");
    const QFileInfo config(configPath);
    YAML::Node mount;
    for (const YAML::Node &entry : m_container["volumeMounts"])
        if (text(entry["mountPath"]) == config.path())
            mount = entry;
    QVERIFY2(mount, qPrintable(QStringLiteral("no volume mounted at %1").arg(config.path())));
    YAML::Node volume;
    for (const YAML::Node &entry : m_job["spec"]["template"]["spec"]["volumes"])
        if (text(entry["name"]) == text(mount["name"]))
            volume = entry;
    QVERIFY2(volume["configMap"], "the config folder is not a ConfigMap volume");
    QCOMPARE(text(volume["configMap"]["name"]), text(m_configMap["metadata"]["name"]));
    QCOMPARE(text(m_configMap["kind"]), QStringLiteral("ConfigMap"));
    QVERIFY2(!volume["configMap"]["items"], "items would rename the ConfigMap's keys: the check below assumes none");
    QVERIFY2(m_configMap["data"][config.fileName().toStdString()],
             qPrintable(QStringLiteral("the ConfigMap has no key %1").arg(config.fileName())));
}

void TestKubernetes::passwordComesFromTheSecret()
{
    const YAML::Node password = env(QStringLiteral("DB_PASSWORD"));
    QVERIFY2(password, "no DB_PASSWORD in the container's env");
    QVERIFY2(!password["value"], "DB_PASSWORD must not be written into the Job");
    const YAML::Node reference = password["valueFrom"]["secretKeyRef"];
    QVERIFY2(reference, "DB_PASSWORD must come from a secretKeyRef");
    QCOMPARE(text(m_secret["kind"]), QStringLiteral("Secret"));
    QCOMPARE(text(reference["name"]), text(m_secret["metadata"]["name"]));
    QVERIFY2(m_secret["stringData"][reference["key"].Scalar()], "the Secret has no such key");
}

void TestKubernetes::environmentUsesTheSeedNames()
{
    const QSet<QString> names = envExampleNames();
    QVERIFY(names.contains(QStringLiteral("DB_PASSWORD")));
    QVERIFY(m_container["env"].size() > 0);
    for (const YAML::Node &entry : m_container["env"])
        QVERIFY2(names.contains(text(entry["name"])),
                 qPrintable(text(entry["name"]) + QStringLiteral(" is not a name of config/.env.example")));
}

void TestKubernetes::resourcesMatchThreads()
{
    const YAML::Node resources = m_container["resources"];
    const QString cpu = text(resources["requests"]["cpu"]);
    QVERIFY2(!cpu.isEmpty(), "no CPU request");
    QCOMPARE(optionValue(QStringLiteral("--threads")), cpu);
    const qint64 request = memoryBytes(text(resources["requests"]["memory"]));
    const qint64 limit = memoryBytes(text(resources["limits"]["memory"]));
    QVERIFY2(request > 0 && limit > 0, "memory request and limit must both be set");
    QVERIFY2(request <= limit, "the memory request exceeds the limit");
}

void TestKubernetes::configMapConfigIsValid()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    QFile config(work.filePath(QStringLiteral("config.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(m_configMap["data"]["config.yml"].Scalar().c_str());
    config.close();
    QFile emptyEnv(work.filePath(QStringLiteral(".env")));
    QVERIFY(emptyEnv.open(QIODevice::WriteOnly));
    emptyEnv.close();

    QProcess cli;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    cli.setProcessEnvironment(environment);
    cli.setWorkingDirectory(work.path());
    cli.start(QStringLiteral(CDRGEN_BIN_DIR "/cdrgen-cli"), {QStringLiteral("--validate"), QStringLiteral("--config"),
                                                            config.fileName(), QStringLiteral("--env"),
                                                            work.filePath(QStringLiteral(".env"))});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
}

// The example generates the same Belgium as the project's default config: only run settings may differ.
void TestKubernetes::configMapKeepsTheProjectWorld()
{
    const YAML::Node shipped = YAML::Load(m_configMap["data"]["config.yml"].Scalar());
    const YAML::Node project = YAML::LoadFile(CDRGEN_SOURCE_DIR "/config/config.yml");
    for (const char *section : {"data_types", "ranges", "geography", "realism", "events"})
        QVERIFY2(YAML::Dump(shipped[section]) == YAML::Dump(project[section]),
                 qPrintable(QStringLiteral("section %1 differs from config/config.yml").arg(QLatin1String(section))));
    QCOMPARE(text(shipped["logging"]["file"]), QString());
}

QTEST_GUILESS_MAIN(TestKubernetes)
#include "test_kubernetes.moc"

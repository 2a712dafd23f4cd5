#include "config/environment.h"

#include "config/dotenvparser.h"

#include <QFile>
#include <QProcessEnvironment>

#include <cstdlib>

namespace cdr {

namespace {

std::optional<std::string> processValue(const std::string &name)
{
    if (const char *value = std::getenv(name.c_str()))
        return std::string(value);
    return std::nullopt;
}

} // namespace

std::map<std::string, std::string> Environment::parseDotEnv(const std::string &text, std::vector<ConfigIssue> *issues)
{
    return expandDotEnvBindings(parseDotEnvBindings(text, issues), {}, issues);
}

Environment Environment::load(const std::string &envFilePath, std::vector<ConfigIssue> *issues)
{
    Environment env;
    if (!envFilePath.empty()) {
        QFile file(QString::fromStdString(envFilePath));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            const auto bindings = parseDotEnvBindings(bytes.toStdString(), issues);
            env.m_values = expandDotEnvBindings(bindings, processValue, issues);
        } else if (issues) {
            issues->push_back({ConfigIssue::Severity::Error, ".env",
                               "cannot read " + envFilePath + ": " + file.errorString().toStdString()});
        }
    }
    // The real environment wins over the file (python-dotenv's load_dotenv(override=False)). It is copied now, so
    // that a later set() (GUI edits, tests) wins over both.
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &name : system.keys())
        env.m_values[name.toStdString()] = system.value(name).toStdString();
    return env;
}

std::optional<std::string> Environment::value(const std::string &name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second;
}

std::string Environment::valueOr(const std::string &name, const std::string &fallback) const
{
    return value(name).value_or(fallback);
}

void Environment::set(const std::string &name, const std::string &value)
{
    m_values[name] = value;
}

} // namespace cdr

#include "world/configdigest.h"

#include "config/configwriter.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace cdr {

std::string configDigest(const Config &config)
{
    // The canonical text is the config writer's YAML with the record-neutral parts reset to their defaults, so any
    // key added to the writer later takes part without an edit here.
    Config canonical = config;
    canonical.logging = LoggingConfig();
    canonical.database = DatabaseConfig();
    canonical.generation.batchSize = GenerationConfig().batchSize;
    canonical.generation.threads = GenerationConfig().threads;
    const std::string yaml = configToYaml(canonical);
    const QByteArray hash = QCryptographicHash::hash(QByteArray(yaml.data(), qsizetype(yaml.size())),
                                                     QCryptographicHash::Sha256);
    return hash.toHex().toStdString();
}

} // namespace cdr

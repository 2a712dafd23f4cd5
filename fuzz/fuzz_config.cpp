// config.yml reader: any text either loads or yields issues that state a rule; a config that loads
// exports (--export-config, the GUI's Save) to YAML that loads back equal.
#include "fuzzcheck.h"

#include "config/configloader.h"
#include "config/configwriter.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const cdr::ConfigLoadResult loaded = cdr::loadConfigText(text, "fuzz.yml");
    for (const cdr::ConfigIssue &issue : loaded.issues)
        FUZZ_CHECK(!issue.message.empty(), issue.toString());
    if (!loaded.ok())
        return 0;
    const std::string exported = cdr::configToYaml(loaded.config);
    const cdr::ConfigLoadResult reloaded = cdr::loadConfigText(exported, "exported.yml");
    FUZZ_CHECK(reloaded.ok(), exported);
    FUZZ_CHECK(reloaded.config == loaded.config, exported);
    FUZZ_CHECK(cdr::configToYaml(reloaded.config) == exported, exported);
    return 0;
}

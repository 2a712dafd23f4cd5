#include "notify/mailnotifier.h"

namespace cdr {

// Apart from fromLookup so that code using only the lookup form does not pull in Environment.
std::optional<MailSettings> MailSettings::fromEnvironment(const Environment &env, std::string *error)
{
    return fromLookup([&env](const std::string &name) { return env.value(name); }, error);
}

} // namespace cdr

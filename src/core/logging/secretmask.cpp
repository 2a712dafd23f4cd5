#include "logging/secretmask.h"

namespace cdr {

std::string maskSecret(std::string text, const std::string &secret)
{
    static const std::string mask = "***";
    if (secret.empty())
        return text;
    for (auto at = text.find(secret); at != std::string::npos; at = text.find(secret, at + mask.size()))
        text.replace(at, secret.size(), mask);
    return text;
}

} // namespace cdr

#include "argumentscrub.h"

#include "logging/credentialmask.h"

#include <cstring>
#include <string>

namespace cdr::cli {

void hidePasswordsInArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const std::string masked = maskUrlPassword(argument);
        if (masked == argument)
            continue;
        // maskUrlPassword replaced one span: blank the same span in place (the argument keeps its length).
        std::size_t prefix = 0;
        while (prefix < masked.size() && masked[prefix] == argument[prefix])
            ++prefix;
        std::size_t suffix = 0;
        while (suffix < masked.size() - prefix && suffix < argument.size() - prefix &&
               masked[masked.size() - 1 - suffix] == argument[argument.size() - 1 - suffix])
            ++suffix;
        std::memset(argv[i] + prefix, '*', argument.size() - prefix - suffix);
    }
}

} // namespace cdr::cli

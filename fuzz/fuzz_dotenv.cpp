// .env parser: any text yields bindings and issues named ".env:..." without crashing; every binding has a name and
// a line inside the text; expansion keeps single-quoted values, never grows a value past kMaxDotEnvValueBytes (an
// error instead), and Environment::parseDotEnv agrees with the two steps.
#include "fuzzcheck.h"

#include "config/dotenvparser.h"
#include "config/environment.h"

#include <algorithm>
#include <map>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::vector<cdr::ConfigIssue> issues;
    const std::vector<cdr::DotEnvBinding> bindings = cdr::parseDotEnvBindings(text, &issues);
    for (const cdr::ConfigIssue &issue : issues)
        FUZZ_CHECK(issue.keyPath.starts_with(".env") && !issue.message.empty(), issue.toString());
    const long lines = 1 + std::count(text.begin(), text.end(), '\n') + std::count(text.begin(), text.end(), '\r');
    for (const cdr::DotEnvBinding &binding : bindings) {
        FUZZ_CHECK(!binding.name.empty(), "a binding without a name at line " + std::to_string(binding.line));
        FUZZ_CHECK(binding.line >= 1 && binding.line <= lines,
                   binding.name + " at line " + std::to_string(binding.line) + " of " + std::to_string(lines));
    }
    // A process environment that knows one name, so both branches of ${NAME:-default} run.
    const auto lookup = [](const std::string &name) -> std::optional<std::string> {
        if (name == "HOME")
            return std::string("/home/fuzz");
        return std::nullopt;
    };
    std::vector<cdr::ConfigIssue> expansionIssues;
    const std::map<std::string, std::string> values = cdr::expandDotEnvBindings(bindings, lookup, &expansionIssues);
    for (const auto &[name, value] : values) // a literal as long as the file is no expansion
        FUZZ_CHECK(value.size() <= std::max(cdr::kMaxDotEnvValueBytes, text.size()),
                   name + " holds " + std::to_string(value.size()) + " bytes");
    for (const cdr::ConfigIssue &issue : expansionIssues)
        FUZZ_CHECK(issue.keyPath.starts_with(".env:") && values.count(issue.keyPath.substr(5)), issue.toString());
    for (const cdr::DotEnvBinding &binding : bindings)
        FUZZ_CHECK(values.count(binding.name) == 1, binding.name + " was bound but has no value");
    FUZZ_CHECK(values.size() <= bindings.size(), "more values than bindings");
    // The last binding of a name sets it; a single-quoted one is never expanded.
    std::map<std::string, const cdr::DotEnvBinding *> last;
    for (const cdr::DotEnvBinding &binding : bindings)
        last[binding.name] = &binding;
    for (const auto &[name, binding] : last)
        if (!binding->expand)
            FUZZ_CHECK(values.at(name) == binding->value, name + ": a single-quoted value changed");
    std::vector<cdr::ConfigIssue> again, expectedAgain = issues;
    FUZZ_CHECK(cdr::Environment::parseDotEnv(text, &again) == cdr::expandDotEnvBindings(bindings, {}, &expectedAgain),
               "parseDotEnv differs from parseDotEnvBindings + expandDotEnvBindings");
    FUZZ_CHECK(again == expectedAgain, "parsing the same text twice gave other issues");
    return 0;
}

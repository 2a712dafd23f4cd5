#include "config/yamlquotecheck.h"

namespace cdr {

namespace {

bool isClosed(std::string_view text, std::size_t start)
{
    const char quote = text[start];
    for (std::size_t i = start + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i; // escaped character
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
                ++i; // '' is an escaped single quote
            else
                return true;
        }
    }
    return false;
}

std::optional<YAML::Mark> check(const YAML::Node &node, std::string_view text)
{
    if (node.IsScalar()) {
        const YAML::Mark mark = node.Mark();
        if (node.Tag() == "!" && mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text.size()) {
            const char first = text[static_cast<std::size_t>(mark.pos)];
            if ((first == '"' || first == '\'') && !isClosed(text, static_cast<std::size_t>(mark.pos)))
                return mark;
        }
        return std::nullopt;
    }
    if (node.IsSequence()) {
        for (const auto &item : node)
            if (auto mark = check(item, text))
                return mark;
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            if (auto mark = check(entry.first, text))
                return mark;
            if (auto mark = check(entry.second, text))
                return mark;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<YAML::Mark> findUnclosedQuote(const YAML::Node &root, std::string_view text)
{
    return check(root, text);
}

} // namespace cdr

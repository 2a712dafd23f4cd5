#include "config/dotenvparser.h"

#include <string_view>

namespace cdr {

namespace {

bool isBlank(char c) // python's [^\S\r\n]
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

bool isSpace(char c)
{
    return isBlank(c) || c == '\r' || c == '\n';
}

struct ParseError {
    std::string what;
};

class DotEnvReader {
public:
    explicit DotEnvReader(const std::string &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    int line() const { return m_line; }

    void advance(std::size_t count = 1)
    {
        for (std::size_t i = 0; i < count && !atEnd(); ++i, ++m_pos)
            if (m_text[m_pos] == '\n' || (m_text[m_pos] == '\r' && peekAt(1) != '\n'))
                ++m_line;
    }
    char peekAt(std::size_t offset) const
    {
        return m_pos + offset < m_text.size() ? m_text[m_pos + offset] : '\0';
    }
    void skipSpaces()
    {
        while (!atEnd() && isSpace(peek()))
            advance();
    }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(peek()))
            advance();
    }
    void skipRestOfLine()
    {
        while (!atEnd() && peek() != '\n' && peek() != '\r')
            advance();
        if (peek() == '\r' && peekAt(1) == '\n')
            advance(2);
        else if (!atEnd())
            advance();
    }

    void readExport()
    {
        if (m_text.compare(m_pos, 6, "export") == 0 && isBlank(peekAt(6))) {
            advance(6);
            skipBlanks();
        }
    }

    // The body of a quoted value as the regex '((?:\\'|[^'])*)' matches it, including its backtracking: when no
    // unescaped closing quote follows, the quote of the last \' (or \") closes the value instead.
    std::string readQuoted(char quote)
    {
        const std::size_t start = m_pos + 1;
        std::size_t i = start;
        std::size_t lastEscapedQuote = std::string::npos;
        while (i < m_text.size() && m_text[i] != quote) {
            if (m_text[i] == '\\' && i + 1 < m_text.size() && m_text[i + 1] == quote) {
                lastEscapedQuote = i + 1;
                i += 2;
            } else {
                ++i;
            }
        }
        if (i >= m_text.size()) {
            if (lastEscapedQuote == std::string::npos)
                throw ParseError{std::string("a ") + (quote == '"' ? "double" : "single")
                                 + "-quoted value has no closing quote"};
            i = lastEscapedQuote;
        }
        std::string body = m_text.substr(start, i - start);
        advance(i + 1 - m_pos);
        return body;
    }

    std::string readKey()
    {
        if (peek() == '\'') {
            const auto close = m_text.find('\'', m_pos + 1);
            if (close == std::string::npos || close == m_pos + 1)
                throw ParseError{"a quoted variable name is empty or has no closing quote"};
            std::string key = m_text.substr(m_pos + 1, close - m_pos - 1);
            advance(close + 1 - m_pos);
            return key;
        }
        const std::size_t start = m_pos;
        while (!atEnd() && peek() != '=' && peek() != '#' && !isSpace(peek()))
            advance();
        if (m_pos == start)
            throw ParseError{"expected a variable name"};
        return m_text.substr(start, m_pos - start);
    }

    std::string readUnquoted()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && peek() != '\n' && peek() != '\r')
            advance();
        std::string part = m_text.substr(start, m_pos - start);
        // re.sub(r"\s+#.*", "", part): a comment needs whitespace before its '#'.
        for (std::size_t i = 1; i < part.size(); ++i)
            if (part[i] == '#' && isSpace(part[i - 1])) {
                std::size_t cut = i;
                while (cut > 0 && isSpace(part[cut - 1]))
                    --cut;
                part.erase(cut);
                break;
            }
        while (!part.empty() && isSpace(part.back()))
            part.pop_back();
        return part;
    }

    void readCommentAndEndOfLine()
    {
        skipBlanks();
        if (peek() == '#')
            while (!atEnd() && peek() != '\n' && peek() != '\r')
                advance();
        if (!atEnd() && peek() != '\n' && peek() != '\r')
            throw ParseError{"unexpected text after the value"};
        if (peek() == '\r' && peekAt(1) == '\n')
            advance(2);
        else if (!atEnd())
            advance();
    }

private:
    const std::string &m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
};

std::string decodeEscapes(const std::string &body, std::string_view escapable)
{
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char next = i + 1 < body.size() ? body[i + 1] : '\0';
        if (body[i] != '\\' || next == '\0' || escapable.find(next) == std::string_view::npos) {
            out += body[i];
            continue;
        }
        switch (next) {
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        default: out += next; break; // \\ \' \"
        }
        ++i;
    }
    return out;
}

} // namespace

std::vector<DotEnvBinding> parseDotEnvBindings(const std::string &text, std::vector<ConfigIssue> *issues)
{
    std::vector<DotEnvBinding> bindings;
    // Editors on Windows may start the file with a UTF-8 byte order mark; python-dotenv would make it part of the
    // first name, silently losing that variable.
    const bool bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0;
    const std::string body = bom ? text.substr(3) : std::string();
    DotEnvReader reader(bom ? body : text);
    while (true) {
        reader.skipSpaces();
        if (reader.atEnd())
            break;
        const int line = reader.line();
        try {
            reader.readExport();
            if (reader.peek() == '#') {
                reader.readCommentAndEndOfLine();
                continue;
            }
            DotEnvBinding binding;
            binding.line = line;
            binding.name = reader.readKey();
            reader.skipBlanks();
            if (reader.peek() != '=') {
                reader.readCommentAndEndOfLine();
                if (issues)
                    issues->push_back({ConfigIssue::Severity::Warning, ".env:" + binding.name,
                                       "line " + std::to_string(line) + " has no '=' and no value; ignored"});
                continue;
            }
            reader.advance();
            reader.skipBlanks();
            if (reader.peek() == '\'') {
                binding.value = decodeEscapes(reader.readQuoted('\''), "\\'");
                binding.expand = false;
            } else if (reader.peek() == '"') {
                binding.value = decodeEscapes(reader.readQuoted('"'), "\\'\"abfnrtv");
            } else {
                binding.value = reader.readUnquoted();
            }
            reader.readCommentAndEndOfLine();
            bindings.push_back(binding);
        } catch (const ParseError &error) {
            if (issues)
                issues->push_back({ConfigIssue::Severity::Error, ".env:line " + std::to_string(line),
                                   "cannot parse the statement starting at line " + std::to_string(line) + ": "
                                       + error.what});
            reader.skipRestOfLine();
        }
    }
    return bindings;
}

std::map<std::string, std::string> expandDotEnvBindings(const std::vector<DotEnvBinding> &bindings,
                                                        const EnvLookup &processValue, std::vector<ConfigIssue> *issues)
{
    std::map<std::string, std::string> values;
    auto resolve = [&](const std::string &name) -> std::optional<std::string> {
        if (processValue)
            if (auto value = processValue(name))
                return value;
        if (const auto it = values.find(name); it != values.end())
            return it->second;
        return std::nullopt;
    };
    for (const auto &binding : bindings) {
        if (!binding.expand) {
            values[binding.name] = binding.value;
            continue;
        }
        // python-dotenv's \$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}
        const std::string &v = binding.value;
        std::string out;
        std::size_t i = 0;
        while (i < v.size()) {
            const auto start = v.find("${", i);
            if (start == std::string::npos) {
                out.append(v, i, std::string::npos);
                break;
            }
            out.append(v, i, start - i);
            std::size_t p = start + 2;
            while (p < v.size() && v[p] != '}' && v[p] != ':')
                ++p;
            const std::string name = v.substr(start + 2, p - start - 2);
            std::optional<std::string> fallback;
            if (p + 1 < v.size() && v[p] == ':' && v[p + 1] == '-') {
                const auto close = v.find('}', p + 2);
                if (close != std::string::npos) {
                    fallback = v.substr(p + 2, close - p - 2);
                    p = close;
                }
            }
            if (p >= v.size() || v[p] != '}') {
                out += "${"; // not a variable reference: kept as written
                i = start + 2;
                continue;
            }
            out += resolve(name).value_or(fallback.value_or(""));
            i = p + 1;
            if (out.size() > kMaxDotEnvValueBytes)
                break;
        }
        if (out.size() > kMaxDotEnvValueBytes) {
            if (issues)
                issues->push_back({ConfigIssue::Severity::Error, ".env:" + binding.name,
                                   "line " + std::to_string(binding.line) + ": the value grows past "
                                       + std::to_string(kMaxDotEnvValueBytes) + " bytes once its ${...} references "
                                       "are expanded; ignored"});
            out.clear();
        }
        values[binding.name] = out;
    }
    return values;
}

} // namespace cdr

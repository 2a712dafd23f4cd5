#include "loadsql/sqlscript.h"

#include <cctype>
#include <cstddef>

namespace cdr {

namespace {

bool isIdentifierChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

// Where the scanner found separators and code, in one pass over the script.
struct ScriptMap {
    std::vector<std::size_t> semicolons;                        // offsets of ';' in code
    std::vector<std::pair<std::size_t, std::size_t>> goLines;   // [start, end) of each line holding only GO
    std::vector<std::size_t> codeStarts;                        // offsets of code characters that start a token
};

class Scanner {
public:
    explicit Scanner(std::string_view script) : m_s(script) {}

    // False, with *error, for an unterminated quote or comment.
    bool scan(ScriptMap &map, std::string *error)
    {
        std::size_t i = 0;
        while (i < m_s.size()) {
            if (atLineStart(i))
                if (const std::size_t end = goLineEnd(i); end != 0) {
                    map.goLines.emplace_back(i, end);
                    i = end;
                    continue;
                }
            const char c = m_s[i];
            const std::size_t start = i;
            std::string opener;
            if (c == '-' && next(i) == '-') {
                i = skipLineComment(i);
                continue;
            }
            if (c == '/' && next(i) == '*') {
                i = skipBlockComment(i);
                opener = "/*";
            } else if (c == '\'') {
                i = skipQuoted(i, '\'', backslashEscapes(i));
                opener = "'";
            } else if (c == '"' || c == '`') {
                i = skipQuoted(i, c, false);
                opener = std::string(1, c);
            } else if (c == '[') {
                i = skipQuoted(i, ']', false);
                opener = "[";
            } else if (c == '$' && (i == 0 || !isIdentifierChar(m_s[i - 1])) && dollarTagLength(i) > 0) {
                const std::size_t tag = dollarTagLength(i);
                i = skipDollarQuoted(i, tag);
                opener = std::string(m_s.substr(start, tag));
            } else {
                if (c == ';')
                    map.semicolons.push_back(i);
                else if (!isBlank(c))
                    map.codeStarts.push_back(i);
                ++i;
                continue;
            }
            if (i == std::string_view::npos) {
                *error = "the " + opener + " on line " + std::to_string(lineOf(start)) + " is never closed";
                return false;
            }
            if (opener != "/*")
                map.codeStarts.push_back(start);
        }
        return true;
    }

    int lineOf(std::size_t offset) const
    {
        int line = 1;
        for (std::size_t i = 0; i < offset && i < m_s.size(); ++i)
            line += m_s[i] == '\n';
        return line;
    }

private:
    char next(std::size_t i) const { return i + 1 < m_s.size() ? m_s[i + 1] : '\0'; }
    bool atLineStart(std::size_t i) const { return i == 0 || m_s[i - 1] == '\n'; }

    // The end (past its newline) of the line starting at i when it holds only GO, else 0.
    std::size_t goLineEnd(std::size_t i) const
    {
        std::size_t end = m_s.find('\n', i);
        end = end == std::string_view::npos ? m_s.size() : end + 1;
        const std::string_view line = trimmed(m_s.substr(i, end - i));
        const bool go = line.size() == 2 && (line[0] == 'G' || line[0] == 'g') && (line[1] == 'O' || line[1] == 'o');
        return go ? end : 0;
    }

    std::size_t skipLineComment(std::size_t i) const
    {
        const std::size_t end = m_s.find('\n', i);
        return end == std::string_view::npos ? m_s.size() : end;
    }

    // PostgreSQL and SQL Server nest block comments.
    std::size_t skipBlockComment(std::size_t i) const
    {
        int depth = 0;
        while (i + 1 < m_s.size()) {
            if (m_s[i] == '/' && m_s[i + 1] == '*') {
                ++depth;
                i += 2;
            } else if (m_s[i] == '*' && m_s[i + 1] == '/') {
                i += 2;
                if (--depth == 0)
                    return i;
            } else {
                ++i;
            }
        }
        return std::string_view::npos;
    }

    // PostgreSQL's E'...' (an E right before the quote, not ending a longer word) takes backslash escapes.
    bool backslashEscapes(std::size_t quote) const
    {
        return quote > 0 && (m_s[quote - 1] == 'E' || m_s[quote - 1] == 'e') &&
               (quote == 1 || !isIdentifierChar(m_s[quote - 2]));
    }

    // Past the closing `close`; a doubled closer is an escaped one.
    std::size_t skipQuoted(std::size_t i, char close, bool backslash) const
    {
        for (++i; i < m_s.size(); ++i) {
            if (backslash && m_s[i] == '\\') {
                ++i;
                continue;
            }
            if (m_s[i] == close) {
                if (next(i) == close) {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return std::string_view::npos;
    }

    // Length of the $tag$ opening at i ($$ or $name$), 0 when there is none ($1 is a parameter).
    std::size_t dollarTagLength(std::size_t i) const
    {
        std::size_t j = i + 1;
        if (j < m_s.size() && std::isdigit(static_cast<unsigned char>(m_s[j])))
            return 0;
        while (j < m_s.size() && isIdentifierChar(m_s[j]))
            ++j;
        return j < m_s.size() && m_s[j] == '$' ? j - i + 1 : 0;
    }

    std::size_t skipDollarQuoted(std::size_t i, std::size_t tagLength) const
    {
        const std::string_view tag = m_s.substr(i, tagLength);
        const std::size_t close = m_s.find(tag, i + tagLength);
        return close == std::string_view::npos ? close : close + tagLength;
    }

    std::string_view m_s;
};

} // namespace

std::optional<std::vector<SqlStatement>> splitSqlScript(std::string_view script, std::string *error)
{
    Scanner scanner(script);
    ScriptMap map;
    if (!scanner.scan(map, error))
        return std::nullopt;
    // Pieces [begin, end) between the separators.
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    std::size_t begin = 0;
    if (!map.goLines.empty()) {
        for (const auto &[start, end] : map.goLines) {
            pieces.emplace_back(begin, start);
            begin = end;
        }
    } else {
        for (const std::size_t semicolon : map.semicolons) {
            pieces.emplace_back(begin, semicolon);
            begin = semicolon + 1;
        }
    }
    pieces.emplace_back(begin, script.size());

    std::vector<SqlStatement> statements;
    auto code = map.codeStarts.begin();
    for (const auto &[first, last] : pieces) {
        while (code != map.codeStarts.end() && *code < first)
            ++code;
        if (code == map.codeStarts.end() || *code >= last)
            continue; // blanks and comments only
        SqlStatement statement;
        // From its first code on: the comments before it stay out, since some drivers (SQLite's ODBC driver 0.9999
        // on Debian 13) skip a statement that starts with a comment.
        statement.text = std::string(trimmed(script.substr(*code, last - *code)));
        statement.line = scanner.lineOf(*code);
        std::size_t lineEnd = script.find('\n', *code);
        lineEnd = lineEnd == std::string_view::npos || lineEnd > last ? last : lineEnd;
        statement.firstLine = std::string(trimmed(script.substr(*code, lineEnd - *code)));
        statements.push_back(std::move(statement));
    }
    return statements;
}

} // namespace cdr

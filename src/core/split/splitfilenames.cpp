#include "split/splitfilenames.h"

#include "world/worldcsvfiles.h"

#include <algorithm>
#include <cctype>

namespace cdr {

namespace {
constexpr char kMarker[] = "\x01";
}

SplitFileNames::SplitFileNames(const std::string &path) : m_gzip(path.ends_with(".gz"))
{
    const std::string marked = siblingCsvPath(path, kMarker); // "out/cdr_\x01.csv.gz"
    const std::size_t at = marked.rfind(kMarker);
    m_prefix = marked.substr(0, at);
    m_suffix = marked.substr(at + 1);
}

std::string SplitFileNames::directory() const
{
    const std::size_t slash = m_prefix.rfind('/');
    return slash == std::string::npos ? "." : slash == 0 ? "/" : m_prefix.substr(0, slash);
}

std::string SplitFileNames::slicePath(const std::string &label) const
{
    return m_prefix + label + m_suffix;
}

std::optional<std::string> SplitFileNames::labelOf(const std::string &fileName, bool part) const
{
    const std::size_t slash = m_prefix.rfind('/');
    const std::string namePrefix = slash == std::string::npos ? m_prefix : m_prefix.substr(slash + 1);
    const std::string nameSuffix = m_suffix + (part ? ".part" : "");
    if (fileName.size() <= namePrefix.size() + nameSuffix.size() || !fileName.starts_with(namePrefix) ||
        !fileName.ends_with(nameSuffix))
        return std::nullopt;
    const std::string label =
        fileName.substr(namePrefix.size(), fileName.size() - namePrefix.size() - nameSuffix.size());
    const bool digits = std::all_of(label.begin(), label.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
    if (!digits || (label.size() != 8 && label.size() != 10))
        return std::nullopt;
    return label;
}

} // namespace cdr

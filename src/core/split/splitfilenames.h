#pragma once

#include <optional>
#include <string>

namespace cdr {

// The names of a split output's files, from the path given to -o: "out/cdr.csv.gz" makes the slice files
// "out/cdr_20240624.csv.gz" (the slice label before the extension, as the world-table siblings are named), their
// ".part" while a run writes them, "out/cdr_manifest.csv" and the resume journal "out/cdr_split.journal".
class SplitFileNames {
public:
    explicit SplitFileNames(const std::string &path);

    bool gzip() const { return m_gzip; }
    std::string directory() const;
    std::string slicePath(const std::string &label) const;
    static std::string partPath(const std::string &finalPath) { return finalPath + ".part"; }
    std::string manifestPath() const { return m_prefix + "manifest.csv"; }
    std::string journalPath() const { return m_prefix + "split.journal"; }
    // A sibling of the slice files named after the output ("out/cdr_" + name), e.g. a format's side file.
    std::string siblingPath(const std::string &name) const { return m_prefix + name; }
    // The label of a slice file or part in directory() (a file name without folder), nullopt for any other name.
    std::optional<std::string> labelOf(const std::string &fileName, bool part) const;

private:
    std::string m_prefix; // "out/cdr_"
    std::string m_suffix; // ".csv.gz"
    bool m_gzip;
};

} // namespace cdr

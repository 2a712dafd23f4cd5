#pragma once

#include <QSaveFile>

#include <memory>
#include <string>
#include <string_view>

namespace cdr {

// A file written through QSaveFile: it appears, complete, only at commit(); a failed or cancelled run leaves
// nothing (and an older file of the same name as it was). Every method throws SinkError naming the file.
class SavedFile {
public:
    // Creates the temporary file (SinkError::Configuration when it cannot be created).
    void open(const std::string &path);
    bool isOpen() const { return m_file != nullptr; }
    // Appends data as it is (a caller compresses what goes into a .gz file).
    void write(std::string_view data);
    void commit();
    // Discards what was written; no-op when not open.
    void cancel();
    const std::string &path() const { return m_path; }

    // open(), write(text) as it is, commit().
    static void writeWhole(const std::string &path, std::string_view text);

private:
    std::string m_path;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace cdr

#pragma once

#include "config/configloader.h"

#include <string>
#include <vector>

namespace cdr {

// The pseudo path that stands for the compiled-in Belgian default among the presets (a Qt resource path).
inline constexpr const char *kBuiltInPresetPath = ":/config/config.yml";

// A preset file found in a preset folder: its name without the extension and its absolute path.
struct PresetFile {
    std::string name;
    std::string path;
    bool operator==(const PresetFile &) const = default;
};

// Opens a preset: the built-in default for kBuiltInPresetPath, otherwise the config.yml file at `path`.
ConfigLoadResult loadPreset(const std::string &path);

// The *.yml and *.yaml files of `folders` (most specific first, as presetDirectories() returns them), by file name
// within a folder. A file name already found in an earlier folder is skipped: a user's preset hides a shipped one
// of the same name.
std::vector<PresetFile> findPresetFiles(const std::vector<std::string> &folders);

} // namespace cdr

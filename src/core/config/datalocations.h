#pragma once

#include <string>
#include <vector>

namespace cdr {

// Folders that may hold shipped presets, most specific first: the user's own presets
// (QStandardPaths AppConfigLocation/presets), the installed share/cdrgen/presets next to the executable
// (<bin>/../share/cdrgen/presets) and CDRGEN_DATA_INSTALL_DIR/presets. A build tree has the same
// <bin>/../share/cdrgen/presets, linked to the source tree's config/presets (cmake/PresetsLink.cmake), wherever
// it is. Only existing folders are returned.
std::vector<std::string> presetDirectories();
// Where the GUI saves the user's own presets (created if missing).
std::string userPresetDirectory();

} // namespace cdr

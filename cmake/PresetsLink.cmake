# cdrgen_link_presets(PREFIX): makes PREFIX/share/cdrgen/presets a symbolic link to the source tree's config/presets.
# Programs look for their shipped presets at <bin>/../share/cdrgen/presets, the installed layout
# (src/core/config/datalocations.h); linking the same place in the build tree lets a build anywhere, in or out of the
# source tree, find them with no path of the source tree compiled into the programs. A link, not a copy: edited or
# new presets show up without a rebuild.
function(cdrgen_link_presets prefix)
  file(MAKE_DIRECTORY ${prefix}/share/cdrgen)
  file(CREATE_LINK ${CMAKE_SOURCE_DIR}/config/presets ${prefix}/share/cdrgen/presets SYMBOLIC)
endfunction()

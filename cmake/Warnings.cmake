# Every target links cdrgen_warnings so the whole tree builds with the same diagnostics.
add_library(cdrgen_warnings INTERFACE)
target_compile_options(cdrgen_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> # clang (the fuzz build) has no such option
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wnon-virtual-dtor -Wno-missing-field-initializers>)

# Every target links cdrgen_warnings so the whole tree builds with the same diagnostics.
add_library(cdrgen_warnings INTERFACE)
target_compile_options(cdrgen_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wno-missing-field-initializers>)

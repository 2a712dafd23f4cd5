# -DCDRGEN_FUZZ=ON (clang only): a build of core and the libFuzzer targets in fuzz/, nothing else. Core is
# compiled with coverage instrumentation for libFuzzer and with ASan + UBSan, so a fuzzer stops at the first memory
# error or undefined behaviour. The Qt, yaml-cpp and spdlog libraries stay Debian's (built with gcc, ABI compatible).
option(CDRGEN_FUZZ "Build only core and the libFuzzer targets in fuzz/ (needs clang)" OFF)
if(CDRGEN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CDRGEN_FUZZ needs clang (libFuzzer): configure a separate build folder with "
                        "-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCDRGEN_FUZZ=ON")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

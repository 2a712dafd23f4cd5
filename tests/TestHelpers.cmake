# cdrgen_add_qtest(NAME SOURCES... LABELS l1 l2 [LIBS extra] [FIXTURES f1 f2] [ENV K=V ...] [TIMEOUT s])
# One Qt Test executable = one ctest test. It runs in its own build folder with the source tree's test data path
# in CDRGEN_TEST_DATA and the built programs' folder in CDRGEN_BIN_DIR.
# cdrgen_core_tests builds every test labelled `core` (what the sanitizer pass of scripts/test runs).
if(NOT TARGET cdrgen_core_tests)
  add_custom_target(cdrgen_core_tests)
endif()
# Test programs sit in tests/bin: their <bin>/../share/cdrgen/presets is tests/share/cdrgen/presets.
cdrgen_link_presets(${CMAKE_BINARY_DIR}/tests)

function(cdrgen_add_qtest name)
  cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LABELS;LIBS;FIXTURES;ENV" ${ARGN})
  qt_add_executable(${name} ${T_SOURCES})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)
  target_link_libraries(${name} PRIVATE cdrgen_core Qt6::Test cdrgen_warnings ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    CDRGEN_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
    CDRGEN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    CDRGEN_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENV}")
  if("core" IN_LIST T_LABELS)
    add_dependencies(cdrgen_core_tests ${name})
  endif()
  if(T_FIXTURES)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
  endif()
endfunction()

#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

// A property every input must keep. A broken one aborts, which libFuzzer reports as a crash and keeps the input;
// the replay test in the ordinary build fails the same way.
#define FUZZ_CHECK(condition, what)                                                                                \
    do {                                                                                                           \
        if (!(condition)) {                                                                                        \
            std::fprintf(stderr, "%s:%d: property broken: %s\n  %s\n", __FILE__, __LINE__, #condition,            \
                         std::string(what).c_str());                                                               \
            std::abort();                                                                                          \
        }                                                                                                          \
    } while (false)

// Every fuzz target is this function; libFuzzer (-DCDRGEN_FUZZ=ON) or replaymain.cpp calls it.
extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, std::size_t size);

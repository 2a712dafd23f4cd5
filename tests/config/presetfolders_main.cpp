// Prints cdr::presetDirectories(), one per line: the lookup the GUI's Presets menu uses, as a program in <build>/bin
// sees it. Built and run by tests/config/out_of_tree_build.sh in a build tree outside the source tree.
#include "config/datalocations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const std::string &folder : cdr::presetDirectories())
        std::printf("%s\n", folder.c_str());
    return 0;
}

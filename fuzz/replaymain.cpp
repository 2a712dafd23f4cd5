// Replays saved inputs through a fuzz target in the ordinary build: every file given, and every file below every
// folder given (crash inputs the fuzzers found, and their seed corpora). A broken property aborts the program.
#include "fuzzcheck.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    int replayed = 0;
    auto replay = [&](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            std::exit(2);
        }
        const QByteArray bytes = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const unsigned char *>(bytes.constData()),
                               static_cast<std::size_t>(bytes.size()));
        ++replayed;
    };
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        if (!QFileInfo(path).isDir()) {
            replay(path);
            continue;
        }
        QDirIterator files(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext())
            replay(files.next());
    }
    if (replayed == 0) {
        std::fprintf(stderr, "no input replayed: give files or folders holding some\n");
        return 2;
    }
    std::printf("%d inputs replayed, every property held\n", replayed);
    return 0;
}

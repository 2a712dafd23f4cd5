#include "split/partfileio.h"

#include "sink/sinkerror.h"

#include <QCryptographicHash>
#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace cdr {

namespace {

std::string failure(const std::string &what, const std::string &path)
{
    return "cannot " + what + " " + path + ": " + std::strerror(errno);
}

bool writeAll(int fd, std::uint64_t &offset, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            if (written == 0)
                errno = ENOSPC;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
        offset += static_cast<std::uint64_t>(written);
    }
    return true;
}

} // namespace

std::string writeAt(const std::string &path, std::uint64_t offset, std::string_view first, std::string_view second,
                    bool create)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | (create ? O_CREAT | O_TRUNC : 0), 0644);
    if (fd < 0)
        return failure(create ? "create" : "open", path);
    std::string problem;
    if (!writeAll(fd, offset, first) || !writeAll(fd, offset, second))
        problem = failure("write", path);
    if (::close(fd) != 0 && problem.empty())
        problem = failure("write", path);
    return problem;
}

std::string truncateTo(const std::string &path, std::uint64_t size)
{
    if (::truncate(path.c_str(), static_cast<off_t>(size)) != 0)
        return failure("truncate", path);
    return {};
}

std::string newFilePath(const std::string &path)
{
    return path + ".new";
}

void replaceFile(const std::string &path, std::string_view text)
{
    const std::string fresh = newFilePath(path);
    std::string problem = writeAt(fresh, 0, text, {}, true);
    if (problem.empty() && std::rename(fresh.c_str(), path.c_str()) != 0)
        problem = failure("rename " + fresh + " to", path);
    if (!problem.empty())
        throw SinkError(SinkError::Kind::Fatal, problem);
}

std::string fileSha256(const std::string &path, std::string *problem)
{
    QFile file(QString::fromStdString(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        *problem = "cannot read " + path + ": " + file.errorString().toStdString();
        return {};
    }
    return hash.result().toHex().toStdString();
}

std::string forEachInParallel(std::size_t count, int threads, const std::function<std::string(std::size_t)> &work)
{
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::string first;
    auto loop = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            std::string problem = work(i);
            if (!problem.empty()) {
                std::lock_guard lock(mutex);
                if (first.empty())
                    first = std::move(problem);
            }
        }
    };
    const std::size_t helpers = std::min<std::size_t>(std::max(threads, 1), count) - (count > 0 ? 1 : 0);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < helpers; ++t)
        pool.emplace_back(loop);
    loop();
    for (std::thread &thread : pool)
        thread.join();
    return first;
}

} // namespace cdr

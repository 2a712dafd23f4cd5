#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace cdr {

struct SpillLimits {
    std::size_t partitions = 64;           // groups per split
    std::size_t bufferRecords = 4096;      // per group, kept in memory before it goes to its file
    std::size_t partitionBytes = 64 << 20; // a group read back larger than this is split again
};

// Records spread over groups by a hash of their key: kept in memory while a group is small, appended to a file in
// `directory` once its buffer fills, then handed back one group at a time, every record of a key in the same group
// and in the order added. A group whose file is larger than SpillLimits::partitionBytes is split again by another
// hash of the same key (up to kMaxSplits times: the records of one key are never divided), so what is in memory at a
// time is about one group, whatever the number of records.
template <typename Record>
class SpillPartitions {
    static_assert(std::is_trivially_copyable_v<Record>);

public:
    using KeyOf = std::function<std::uint64_t(const Record &)>;
    static constexpr int kMaxSplits = 3;

    SpillPartitions(std::string pathPrefix, SpillLimits limits, KeyOf keyOf, int level = 0)
        : m_prefix(std::move(pathPrefix)), m_limits(limits), m_keyOf(std::move(keyOf)), m_level(level),
          m_buffers(limits.partitions), m_files(limits.partitions)
    {
    }
    ~SpillPartitions()
    {
        for (std::size_t p = 0; p < m_files.size(); ++p)
            if (m_files[p]) {
                std::fclose(m_files[p]);
                std::remove(path(p).c_str());
            }
    }
    SpillPartitions(const SpillPartitions &) = delete;
    SpillPartitions &operator=(const SpillPartitions &) = delete;

    void add(const Record &record)
    {
        const std::size_t p = partitionOf(m_keyOf(record));
        m_buffers[p].push_back(record);
        if (m_buffers[p].size() >= m_limits.bufferRecords)
            flush(p);
    }

    // Calls visit(records) once per non-empty group; an error text when a file could not be written or read.
    std::string forEachPartition(const std::function<void(std::vector<Record> &)> &visit)
    {
        for (std::size_t p = 0; p < m_buffers.size() && m_error.empty(); ++p) {
            if (!m_files[p]) {
                if (!m_buffers[p].empty())
                    visit(m_buffers[p]);
                std::vector<Record>().swap(m_buffers[p]);
                continue;
            }
            flush(p);
            std::fclose(m_files[p]);
            m_files[p] = nullptr;
            visitFile(path(p), visit);
            std::remove(path(p).c_str());
        }
        return m_error;
    }

private:
    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    std::size_t partitionOf(std::uint64_t key) const
    {
        return static_cast<std::size_t>(mix(key + 0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(m_level + 1))
                                        % m_buffers.size());
    }
    std::string path(std::size_t p) const { return m_prefix + "-" + std::to_string(p); }

    void fail(const std::string &what)
    {
        if (m_error.empty())
            m_error = what;
    }

    void flush(std::size_t p)
    {
        std::vector<Record> &buffer = m_buffers[p];
        if (buffer.empty() || !m_error.empty())
            return;
        if (!m_files[p] && !(m_files[p] = std::fopen(path(p).c_str(), "wb")))
            return fail("cannot write the temporary file " + path(p));
        if (std::fwrite(buffer.data(), sizeof(Record), buffer.size(), m_files[p]) != buffer.size())
            fail("cannot write the temporary file " + path(p) + " (disk full?)");
        buffer.clear();
    }

    void visitFile(const std::string &file, const std::function<void(std::vector<Record> &)> &visit)
    {
        const std::unique_ptr<std::FILE, int (*)(std::FILE *)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
        if (!in)
            return fail("cannot read the temporary file " + file);
        std::fseek(in.get(), 0, SEEK_END);
        const auto bytes = static_cast<std::size_t>(std::ftell(in.get()));
        std::fseek(in.get(), 0, SEEK_SET);
        if (bytes <= m_limits.partitionBytes || m_level >= kMaxSplits) {
            std::vector<Record> records(bytes / sizeof(Record));
            if (std::fread(records.data(), sizeof(Record), records.size(), in.get()) != records.size())
                return fail("cannot read the temporary file " + file);
            visit(records);
            return;
        }
        SpillPartitions split(file + "s", m_limits, m_keyOf, m_level + 1);
        std::vector<Record> chunk(m_limits.bufferRecords);
        while (const std::size_t n = std::fread(chunk.data(), sizeof(Record), chunk.size(), in.get()))
            for (std::size_t i = 0; i < n; ++i)
                split.add(chunk[i]);
        if (std::ferror(in.get()))
            return fail("cannot read the temporary file " + file);
        if (const std::string error = split.forEachPartition(visit); !error.empty())
            fail(error);
    }

    std::string m_prefix;
    SpillLimits m_limits;
    KeyOf m_keyOf;
    int m_level;
    std::vector<std::vector<Record>> m_buffers;
    std::vector<std::FILE *> m_files;
    std::string m_error;
};

} // namespace cdr

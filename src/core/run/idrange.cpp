#include "run/idrange.h"

#include <charconv>

namespace cdr {

IdRange IdRange::forShard(std::int64_t total, const Shard &shard)
{
    // floor(i * total / n), split as q*i + r*i/n so it cannot overflow for any total.
    const std::int64_t quotient = total / shard.count;
    const std::int64_t remainder = total % shard.count;
    const auto boundary = [&](std::int64_t i) { return quotient * i + remainder * i / shard.count; };
    return IdRange{boundary(shard.index - 1) + 1, boundary(shard.index)};
}

std::optional<Shard> parseShard(const std::string &text, std::string *error)
{
    const auto slash = text.find('/');
    Shard shard;
    const auto parse = [](std::string_view part, int &value) {
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        return ec == std::errc() && end == part.data() + part.size() && !part.empty();
    };
    const std::string_view all(text);
    if (slash == std::string::npos || !parse(all.substr(0, slash), shard.index)
        || !parse(all.substr(slash + 1), shard.count)) {
        *error = "--shard: expected I/N (e.g. 2/8), got '" + text + "'";
        return std::nullopt;
    }
    if (shard.count < 1 || shard.count > 1'000'000 || shard.index < 1 || shard.index > shard.count) {
        *error = "--shard: need 1 <= I <= N <= 1000000, got " + text;
        return std::nullopt;
    }
    return shard;
}

} // namespace cdr

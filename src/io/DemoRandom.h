#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sd::io {

// xoshiro256** seeded through splitmix64: integer-only, so the demo data is identical on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto& s : m_s) {
            seed += 0x9E3779B97F4A7C15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            s = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n); 0 when n <= 0 (Lemire's multiply-shift, no modulo bias worth noting here).
    std::int64_t below(std::int64_t n)
    {
        if (n <= 0)
            return 0;
        return static_cast<std::int64_t>(mulHigh(next(), static_cast<std::uint64_t>(n)));
    }
    // Uniform in [lo, hi], inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    int betweenInt(int lo, int hi) { return static_cast<int>(between(lo, hi)); }
    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < perMille; }
    // Index drawn by integer weights.
    int weighted(const std::vector<int>& weights)
    {
        std::int64_t total = 0;
        for (int w : weights)
            total += w;
        std::int64_t r = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return static_cast<int>(i);
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }
    // n * perMille / 1000 rounded at random so that the mean is exact.
    std::int64_t scaled(std::int64_t n, std::int64_t perMille)
    {
        const std::int64_t p = n * perMille;
        return p / 1000 + (below(1000) < p % 1000 ? 1 : 0);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    // The high 64 bits of a 64 × 64-bit product, portably (no __int128, so MSVC gives the same numbers).
    static std::uint64_t mulHigh(std::uint64_t a, std::uint64_t b)
    {
        const std::uint64_t aLo = a & 0xFFFFFFFFULL, aHi = a >> 32, bLo = b & 0xFFFFFFFFULL, bHi = b >> 32;
        const std::uint64_t lolo = aLo * bLo, hilo = aHi * bLo, lohi = aLo * bHi, hihi = aHi * bHi;
        const std::uint64_t cross = (lolo >> 32) + (hilo & 0xFFFFFFFFULL) + lohi;
        return hihi + (hilo >> 32) + (cross >> 32);
    }
    std::uint64_t m_s[4];
};

} // namespace sd::io

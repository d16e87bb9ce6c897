#pragma once

// The position of a row in its list by id, for hot loops over millions of references (orders → customers,
// activities → customers). When the rows' ids are numbered in sequence — the same prefix without digits, then a
// fixed number of digits counting up by one from the first row, as exported ids often are (C000001, C000002, …) —
// an id's position is read from its digits, without touching memory. Otherwise an open-addressing table of 16-byte
// slots holds the id's first eight bytes, its length and the row's position, so an id of at most eight bytes is
// found with one memory read and never touches the row; a longer id is then compared with the row's. The rows must
// outlive the table; with duplicate ids the first row wins (as a hash map's emplace would).

#include <cstdint>
#include <string_view>
#include <vector>

namespace sd {

template <typename T>
class IdPositions
{
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    IdPositions() = default;
    explicit IdPositions(const std::vector<T>& rows) { build(rows); }

    void build(const std::vector<T>& rows)
    {
        m_rows = &rows;
        m_slots.clear();
        if (buildNumbered(rows))
            return;
        std::size_t capacity = 16;
        while (capacity < rows.size() * 2)
            capacity *= 2;
        m_shift = 64;
        for (std::size_t c = capacity; c > 1; c /= 2)
            --m_shift;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot{});
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::string_view id = rows[i].id;
            const std::uint64_t prefix = prefixOf(id);
            for (std::size_t s = slotOf(id, prefix);; s = (s + 1) & m_mask) {
                Slot& slot = m_slots[s];
                if (slot.position == npos) {
                    slot = Slot{prefix, static_cast<std::uint32_t>(id.size()), static_cast<std::uint32_t>(i)};
                    break;
                }
                if (matches(slot, id, prefix))
                    break;
            }
        }
    }

    // The row's position, or npos.
    std::uint32_t find(std::string_view id) const
    {
        if (m_numbered) {
            if (id.size() != m_prefix.size() + m_digits)
                return npos;
            for (std::size_t i = 0; i < m_prefix.size(); ++i)
                if (id[i] != m_prefix[i])
                    return npos;
            std::uint64_t n = 0;
            for (std::size_t i = m_prefix.size(); i < id.size(); ++i) {
                const unsigned digit = static_cast<unsigned char>(id[i]) - unsigned('0');
                if (digit > 9)
                    return npos;
                n = n * 10 + digit;
            }
            return n >= m_first && n - m_first < m_rows->size() ? static_cast<std::uint32_t>(n - m_first) : npos;
        }
        if (m_slots.empty())
            return npos;
        const std::uint64_t prefix = prefixOf(id);
        for (std::size_t s = slotOf(id, prefix);; s = (s + 1) & m_mask) {
            const Slot& slot = m_slots[s];
            if (slot.position == npos)
                return npos;
            if (matches(slot, id, prefix))
                return slot.position;
        }
    }

private:
    struct Slot
    {
        std::uint64_t prefix = 0;
        std::uint32_t length = 0;
        std::uint32_t position = npos;
    };

    // Whether row i's id is m_prefix followed by m_first + i in exactly m_digits digits, for every row.
    bool buildNumbered(const std::vector<T>& rows)
    {
        m_numbered = false;
        if (rows.empty() || rows.size() >= npos)
            return false;
        const std::string_view first = rows.front().id;
        std::size_t p = 0;
        while (p < first.size() && (first[p] < '0' || first[p] > '9'))
            ++p;
        m_prefix = first.substr(0, p);
        m_digits = first.size() - p;
        if (m_digits == 0 || m_digits > 18)
            return false;
        m_first = 0;
        for (std::size_t i = p; i < first.size(); ++i) {
            if (first[i] < '0' || first[i] > '9')
                return false;
            m_first = m_first * 10 + std::uint64_t(first[i] - '0');
        }
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const std::string_view id = rows[r].id;
            if (id.size() != first.size() || id.substr(0, p) != m_prefix)
                return false;
            std::uint64_t n = m_first + r;
            for (std::size_t i = id.size(); i > p; --i, n /= 10)
                if (id[i - 1] != char('0' + n % 10))
                    return false;
            if (n != 0) // the number has more digits than the ids
                return false;
        }
        m_numbered = true;
        return true;
    }

    static std::uint64_t prefixOf(std::string_view id)
    {
        std::uint64_t key = 0;
        for (std::size_t i = 0; i < 8 && i < id.size(); ++i)
            key |= std::uint64_t(static_cast<unsigned char>(id[i])) << (8 * i);
        return key;
    }

    std::size_t slotOf(std::string_view id, std::uint64_t prefix) const
    {
        std::uint64_t h = prefix ^ (std::uint64_t(id.size()) << 56);
        for (std::size_t i = 8; i < id.size(); ++i)
            h = (h ^ static_cast<unsigned char>(id[i])) * 0x100000001B3ull;
        // splitmix64's finalizer: every input bit reaches the top bits the slot is taken from.
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
        h ^= h >> 31;
        return static_cast<std::size_t>(h >> m_shift);
    }

    bool matches(const Slot& slot, std::string_view id, std::uint64_t prefix) const
    {
        return slot.prefix == prefix && slot.length == id.size()
               && (id.size() <= 8 || std::string_view((*m_rows)[slot.position].id) == id);
    }

    const std::vector<T>* m_rows = nullptr;
    bool m_numbered = false;
    std::string_view m_prefix; // points into the first row's id
    std::size_t m_digits = 0;
    std::uint64_t m_first = 0;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    int m_shift = 64;
};

} // namespace sd

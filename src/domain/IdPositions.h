#pragma once

// The position of a row in its list by id, for hot loops over millions of references (orders → customers,
// activities → customers). When the rows' ids are numbered in sequence — the same prefix without digits, then a
// fixed number of digits counting up by one from the first row, as exported ids often are (C000001, C000002, …) —
// an id's position is read from its digits, without touching memory. Otherwise an open-addressing table of 16-byte
// slots holds the id's first eight bytes, its length and the row's position, so an id of at most eight bytes is
// found with one memory read and never touches the row; a longer id is then compared with the row's. The rows must
// outlive the table; with duplicate ids the first row wins (as a hash map's emplace would).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// Ids numbered in sequence from a first id: its prefix (no digits), then its fixed number of digits counting up.
class NumberedIds
{
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    // The pattern of `firstId` (a prefix without digits, then 1 to 18 digits), or nullopt.
    static std::optional<NumberedIds> of(std::string_view firstId)
    {
        std::size_t p = 0;
        while (p < firstId.size() && (firstId[p] < '0' || firstId[p] > '9'))
            ++p;
        NumberedIds ids;
        ids.m_prefix = std::string(firstId.substr(0, p));
        ids.m_digits = firstId.size() - p;
        if (ids.m_digits == 0 || ids.m_digits > 18)
            return std::nullopt;
        for (std::size_t i = p; i < firstId.size(); ++i) {
            if (firstId[i] < '0' || firstId[i] > '9')
                return std::nullopt;
            ids.m_first = ids.m_first * 10 + std::uint64_t(firstId[i] - '0');
        }
        return ids;
    }

    // Whether `id` is the id `offset` places after the first.
    bool matches(std::string_view id, std::uint64_t offset) const
    {
        if (id.size() != m_prefix.size() + m_digits)
            return false;
        for (std::size_t i = 0; i < m_prefix.size(); ++i)
            if (id[i] != m_prefix[i])
                return false;
        std::uint64_t n = m_first + offset;
        for (std::size_t i = id.size(); i > m_prefix.size(); --i, n /= 10)
            if (id[i - 1] != char('0' + n % 10))
                return false;
        return n == 0; // else the number has more digits than the ids
    }

    // How many places after the first `id` is, when that is below `count`; else npos.
    std::uint32_t offsetOf(std::string_view id, std::size_t count) const
    {
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
        return n >= m_first && n - m_first < count ? static_cast<std::uint32_t>(n - m_first) : npos;
    }

private:
    std::string m_prefix;
    std::size_t m_digits = 0;
    std::uint64_t m_first = 0;
};

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
        if (m_numbered)
            return m_numbered->offsetOf(id, m_rows->size());
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

    // Whether row i's id is the id i places after the first row's, for every row.
    bool buildNumbered(const std::vector<T>& rows)
    {
        m_numbered.reset();
        if (rows.empty() || rows.size() >= npos)
            return false;
        auto ids = NumberedIds::of(rows.front().id);
        if (!ids)
            return false;
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (!ids->matches(rows[r].id, r))
                return false;
        m_numbered = std::move(ids);
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
    std::optional<NumberedIds> m_numbered;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    int m_shift = 64;
};

} // namespace sd

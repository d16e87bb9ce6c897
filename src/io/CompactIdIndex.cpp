#include "io/CompactIdIndex.h"

#include <cstring>
#include <functional>
#include <stdexcept>

namespace sd::io {

namespace {

size_t hashOf(std::string_view id) { return std::hash<std::string_view>{}(id); }

} // namespace

std::string_view CompactIdIndex::id(std::int32_t index) const
{
    return idAt(static_cast<size_t>(m_offsets[static_cast<size_t>(index)]));
}

std::string_view CompactIdIndex::idAt(size_t at) const
{
    std::uint32_t len = 0;
    std::memcpy(&len, m_arena.data() + at, sizeof len);
    return std::string_view(m_arena.data() + at + kHeader, len);
}

std::int32_t CompactIdIndex::indexAt(size_t at) const
{
    std::int32_t index = 0;
    std::memcpy(&index, m_arena.data() + at + sizeof(std::uint32_t), sizeof index);
    return index;
}

size_t CompactIdIndex::slotOf(std::string_view id, size_t hash) const
{
    // A slot holds the arena offset of its id + 1: one probe reads the slot and the id's record, nothing else.
    const size_t mask = m_slots.size() - 1;
    size_t s = hash & mask;
    for (;;) {
        const std::uint32_t v = m_slots[s];
        if (v == 0 || idAt(v - 1) == id)
            return s;
        s = (s + 1) & mask;
    }
}

std::int32_t CompactIdIndex::find(std::string_view id) const
{
    if (m_slots.empty())
        return npos;
    const std::uint32_t v = m_slots[slotOf(id, hashOf(id))];
    return v == 0 ? npos : indexAt(v - 1);
}

std::pair<std::int32_t, bool> CompactIdIndex::insert(std::string_view id, int line)
{
    if ((m_offsets.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t s = slotOf(id, hashOf(id));
    if (m_slots[s] != 0)
        return {indexAt(m_slots[s] - 1), false};
    if (m_offsets.size() >= 0x7fffffffU || m_arena.size() + kHeader + id.size() >= 0xffffffffU)
        throw std::length_error("too many ids in one import");
    const auto index = static_cast<std::int32_t>(m_offsets.size());
    const size_t at = m_arena.size();
    m_offsets.push_back(static_cast<std::uint32_t>(at));
    const auto len = static_cast<std::uint32_t>(id.size());
    m_arena.append(reinterpret_cast<const char*>(&len), sizeof len);
    m_arena.append(reinterpret_cast<const char*>(&index), sizeof index);
    m_arena.append(id);
    m_lines.push_back(line);
    m_slots[s] = static_cast<std::uint32_t>(at) + 1;
    return {index, true};
}

void CompactIdIndex::reserve(size_t ids)
{
    m_offsets.reserve(ids);
    m_lines.reserve(ids);
    rehash(ids * 2);
}

void CompactIdIndex::rehash(size_t slots)
{
    size_t want = 16;
    while (want < slots)
        want *= 2;
    if (want > m_slots.size()) {
        std::vector<std::uint32_t> old;
        old.swap(m_slots);
        m_slots.assign(want, 0);
        for (std::uint32_t v : old)
            if (v != 0) {
                const std::string_view id = idAt(v - 1);
                m_slots[slotOf(id, hashOf(id))] = v;
            }
    }
}

void CompactIdIndex::grow() { rehash(m_slots.size() * 2); }

void CompactIdIndex::clear()
{
    std::string().swap(m_arena);
    std::vector<std::uint32_t>().swap(m_offsets);
    std::vector<std::int32_t>().swap(m_lines);
    std::vector<std::uint32_t>().swap(m_slots);
}

} // namespace sd::io

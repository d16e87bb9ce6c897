#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sd::io {

// A set of ids with a dense index per id and the CSV line that defined it (0: the id is only stored in the
// workspace), about 20 bytes plus the id's length per id: the large folder's 7.7 million ids fit in a few
// hundred megabytes where a hash set of std::string took over a gigabyte (docs/import.md, "Memory").
class CompactIdIndex
{
public:
    static constexpr std::int32_t npos = -1;

    // The id's index and whether it was added now (false: it was there; its line is unchanged).
    std::pair<std::int32_t, bool> insert(std::string_view id, int line);
    std::int32_t find(std::string_view id) const;
    bool contains(std::string_view id) const { return find(id) != npos; }

    int line(std::int32_t index) const { return m_lines[static_cast<size_t>(index)]; }
    void setLine(std::int32_t index, int line) { m_lines[static_cast<size_t>(index)] = line; }
    std::string_view id(std::int32_t index) const;
    size_t size() const { return m_offsets.size(); }
    void reserve(size_t ids);
    void clear();

private:
    void grow();
    void rehash(size_t slots);
    size_t slotOf(std::string_view id, size_t hash) const;
    std::string_view idAt(size_t at) const;
    std::int32_t indexAt(size_t at) const;

    static constexpr size_t kHeader = 8; // length and index, 4 bytes each, before every id in the arena

    std::string m_arena;                 // ids, each after its length and index
    std::vector<std::uint32_t> m_offsets; // index → offset of the id's record in m_arena (below 4 GiB)
    std::vector<std::int32_t> m_lines;    // index → line
    std::vector<std::uint32_t> m_slots;   // open addressing: the id's arena offset + 1, 0 when empty
};

} // namespace sd::io

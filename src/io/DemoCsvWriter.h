#pragma once

#include "domain/Date.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace sd::io {

// A fast RFC 4180 CSV writer for the demo generator: one big buffer, plain stdio, quoting only where needed.
// Throws DemoError naming the file on any I/O failure.
class DemoCsvWriter
{
public:
    DemoCsvWriter(const std::string& path, const std::vector<std::string_view>& header);
    ~DemoCsvWriter();
    DemoCsvWriter(const DemoCsvWriter&) = delete;
    DemoCsvWriter& operator=(const DemoCsvWriter&) = delete;

    DemoCsvWriter& text(std::string_view s); // quoted when it holds a comma, quote or line break
    DemoCsvWriter& plain(std::string_view s); // known not to need quoting (ids, codes)
    DemoCsvWriter& integer(std::int64_t v);
    DemoCsvWriter& money(std::int64_t cents); // "1234.50"
    DemoCsvWriter& date(Date d);
    DemoCsvWriter& empty();
    void endRow();

    std::int64_t rows() const { return m_rows; }
    const std::string& fileName() const { return m_name; }
    // Flushes and closes; throws on failure. Called by the destructor too (which swallows errors).
    void close();

private:
    void separator();
    void put(char c)
    {
        if (m_len == m_buf.size())
            flush();
        m_buf[m_len++] = c;
    }
    void put(const char* p, size_t n);
    void flush();

    std::string m_path;
    std::string m_name;
    std::FILE* m_file = nullptr;
    std::vector<char> m_buf;
    size_t m_len = 0;
    bool m_first = true;
    std::int64_t m_rows = 0;
};

} // namespace sd::io

#include "io/DemoCsvWriter.h"

#include "io/DemoGenerator.h"

#include <cerrno>
#include <cstring>

namespace sd::io {

namespace {

constexpr size_t kBufferSize = 1 << 20;

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

DemoCsvWriter::DemoCsvWriter(const std::string& path, const std::vector<std::string_view>& header)
    : m_path(path)
    , m_name(baseName(path))
    , m_buf(kBufferSize)
{
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file)
        throw DemoError("cannot create " + path + ": " + std::strerror(errno));
    for (auto h : header)
        plain(h);
    endRow();
    m_rows = 0;
}

DemoCsvWriter::~DemoCsvWriter()
{
    try {
        close();
    } catch (...) {
    }
}

void DemoCsvWriter::separator()
{
    if (!m_first)
        put(',');
    m_first = false;
}

void DemoCsvWriter::put(const char* p, size_t n)
{
    if (m_len + n > m_buf.size())
        flush();
    if (n > m_buf.size()) {
        if (std::fwrite(p, 1, n, m_file) != n)
            throw DemoError("cannot write " + m_path + ": " + std::strerror(errno));
        return;
    }
    std::memcpy(m_buf.data() + m_len, p, n);
    m_len += n;
}

void DemoCsvWriter::flush()
{
    if (m_len == 0 || !m_file)
        return;
    if (std::fwrite(m_buf.data(), 1, m_len, m_file) != m_len)
        throw DemoError("cannot write " + m_path + ": " + std::strerror(errno));
    m_len = 0;
}

DemoCsvWriter& DemoCsvWriter::text(std::string_view s)
{
    separator();
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        put(s.data(), s.size());
        return *this;
    }
    put('"');
    for (char c : s) {
        if (c == '"')
            put('"');
        put(c);
    }
    put('"');
    return *this;
}

DemoCsvWriter& DemoCsvWriter::plain(std::string_view s)
{
    separator();
    put(s.data(), s.size());
    return *this;
}

DemoCsvWriter& DemoCsvWriter::integer(std::int64_t v)
{
    separator();
    char tmp[24];
    int n = 0;
    const bool neg = v < 0;
    std::uint64_t u = neg ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    do {
        tmp[n++] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        put('-');
    while (n)
        put(tmp[--n]);
    return *this;
}

DemoCsvWriter& DemoCsvWriter::money(std::int64_t cents)
{
    separator();
    char tmp[28];
    int n = 0;
    const bool neg = cents < 0;
    std::uint64_t u = neg ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    tmp[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
    tmp[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
    tmp[n++] = '.';
    do {
        tmp[n++] = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        put('-');
    while (n)
        put(tmp[--n]);
    return *this;
}

DemoCsvWriter& DemoCsvWriter::date(Date d)
{
    separator();
    int y, m, dd;
    d.ymd(y, m, dd);
    char tmp[10] = { static_cast<char>('0' + y / 1000 % 10),
                     static_cast<char>('0' + y / 100 % 10),
                     static_cast<char>('0' + y / 10 % 10),
                     static_cast<char>('0' + y % 10),
                     '-',
                     static_cast<char>('0' + m / 10),
                     static_cast<char>('0' + m % 10),
                     '-',
                     static_cast<char>('0' + dd / 10),
                     static_cast<char>('0' + dd % 10) };
    put(tmp, sizeof tmp);
    return *this;
}

DemoCsvWriter& DemoCsvWriter::empty()
{
    separator();
    return *this;
}

void DemoCsvWriter::endRow()
{
    put('\n');
    m_first = true;
    ++m_rows;
}

void DemoCsvWriter::close()
{
    if (!m_file)
        return;
    flush();
    std::FILE* f = m_file;
    m_file = nullptr;
    if (std::fclose(f) != 0)
        throw DemoError("cannot write " + m_path + ": " + std::strerror(errno));
}

} // namespace sd::io

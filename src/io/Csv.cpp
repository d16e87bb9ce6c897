#include "io/Csv.h"

#include <cstring>
#include <system_error>

namespace sd::io {

namespace {

constexpr size_t kChunk = 4u << 20; // read 4 MiB at a time

std::string hexByte(unsigned char c)
{
    static const char* digits = "0123456789ABCDEF";
    std::string s = "0x";
    s += digits[c >> 4];
    s += digits[c & 15];
    return s;
}

} // namespace

size_t findInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // ASCII fast path, 8 bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (size_t k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        i += len;
    }
    return std::string_view::npos;
}

CsvReader::~CsvReader()
{
    if (m_file)
        std::fclose(m_file);
}

bool CsvReader::open(const std::filesystem::path& path, std::string* error)
{
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file) {
        if (error)
            *error = std::error_code(errno, std::generic_category()).message();
        return false;
    }
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    m_total = ec ? 0 : size;
    m_buf.resize(kChunk);
    return true;
}

void CsvReader::openString(std::string text)
{
    m_total = text.size();
    m_buf.assign(text.begin(), text.end());
    m_end = m_buf.size();
    m_eof = true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buf.size())
        m_buf.resize(m_buf.size() * 2); // one record longer than the buffer
    size_t n = std::fread(m_buf.data() + m_end, 1, m_buf.size() - m_end, m_file);
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

bool CsvReader::findRecordEnd(size_t& end, size_t& next)
{
    // The same field grammar as splitRecord(), so that a stray quote cannot swallow later lines:
    // only a quote at the start of a field opens a quoted field.
    enum State : int { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    for (;;) {
        const char* b = m_buf.data();
        size_t i = m_pos + m_scan;
        int st = m_scanState;
        const size_t stop = m_end;
        while (i < stop) {
            const char c = b[i];
            switch (st) {
            case Quoted:
                if (c == '"')
                    st = QuoteInQuoted;
                break;
            case QuoteInQuoted:
                if (c == '"') {
                    st = Quoted;
                    break;
                }
                [[fallthrough]];
            case FieldStart:
            case Unquoted:
                if (c == '\n') {
                    end = i;
                    next = i + 1;
                    if (end > m_pos && b[end - 1] == '\r')
                        --end;
                    return true;
                }
                if (c == ',')
                    st = FieldStart;
                else if (c == '"' && st == FieldStart)
                    st = Quoted;
                else
                    st = Unquoted;
                break;
            }
            ++i;
        }
        m_scan = i - m_pos;
        m_scanState = st;
        if (!fill()) {
            if (m_pos == m_end)
                return false;
            end = m_end;
            next = m_end;
            if (end > m_pos && m_buf[end - 1] == '\r' && st != Quoted)
                --end;
            return true;
        }
    }
}

bool CsvReader::next()
{
    m_fields.clear();
    m_fieldLines.clear();
    m_problems.clear();
    if (!m_started) {
        m_started = true;
        while (m_end - m_pos < 3 && fill()) {
        }
        if (m_end - m_pos >= 3 && std::memcmp(m_buf.data() + m_pos, "\xEF\xBB\xBF", 3) == 0) {
            m_pos += 3;
            m_consumed += 3;
        }
    }
    for (;;) {
        m_scan = 0;
        m_scanState = 0;
        size_t end = 0, nextPos = 0;
        if (!findRecordEnd(end, nextPos))
            return false;
        size_t begin = m_pos;
        m_recordLine = m_nextLine;
        if (end == begin) { // blank line
            m_consumed += nextPos - m_pos;
            m_pos = nextPos;
            ++m_nextLine;
            continue;
        }
        splitRecord(begin, end);
        m_consumed += nextPos - m_pos;
        m_pos = nextPos;
        return true;
    }
}

void CsvReader::splitRecord(size_t begin, size_t end)
{
    char* b = m_buf.data();
    int line = m_recordLine;
    size_t p = begin;
    for (;;) {
        const int fieldLine = line;
        size_t fieldIndex = m_fields.size();
        if (p < end && b[p] == '"') {
            ++p;
            size_t out = p;
            size_t start = p;
            bool closed = false;
            while (p < end) {
                char c = b[p];
                if (c == '"') {
                    if (p + 1 < end && b[p + 1] == '"') {
                        b[out++] = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    closed = true;
                    break;
                }
                if (c == '\n')
                    ++line;
                b[out++] = c;
                ++p;
            }
            m_fields.emplace_back(b + start, out - start);
            m_fieldLines.push_back(fieldLine);
            if (!closed) {
                m_problems.push_back({fieldLine, int(fieldIndex), "quoted field is not closed"});
            } else if (p < end && b[p] != ',') {
                m_problems.push_back({line, int(fieldIndex), "unexpected text after a closing quote"});
                while (p < end && b[p] != ',') {
                    if (b[p] == '\n')
                        ++line;
                    ++p;
                }
            }
        } else {
            size_t start = p;
            bool quote = false;
            while (p < end && b[p] != ',') {
                if (b[p] == '"')
                    quote = true;
                else if (b[p] == '\n')
                    ++line; // only reachable after a stray quote
                ++p;
            }
            m_fields.emplace_back(b + start, p - start);
            m_fieldLines.push_back(fieldLine);
            if (quote)
                m_problems.push_back({fieldLine, int(fieldIndex), "a quote inside an unquoted field"});
        }
        checkUtf8(fieldIndex);
        if (p >= end)
            break;
        ++p; // the comma
        if (p == end) { // a trailing comma: one more empty field
            m_fields.emplace_back(b + p, 0);
            m_fieldLines.push_back(line);
            break;
        }
    }
    // Newlines inside the record, plus the one that ends it.
    m_nextLine = line + 1;
}

void CsvReader::checkUtf8(size_t fieldIndex)
{
    std::string_view f = m_fields[fieldIndex];
    size_t bad = findInvalidUtf8(f);
    if (bad == std::string_view::npos)
        return;
    int line = m_fieldLines[fieldIndex];
    for (size_t i = 0; i < bad; ++i)
        if (f[i] == '\n')
            ++line;
    m_problems.push_back(
        {line, int(fieldIndex), "invalid UTF-8 byte " + hexByte(static_cast<unsigned char>(f[bad]))});
}

bool CsvWriter::needsQuotes(std::string_view f)
{
    if (f.empty())
        return false;
    if (f.front() == ' ' || f.back() == ' ' || f.front() == '\t' || f.back() == '\t')
        return true;
    return f.find_first_of(",\"\r\n") != std::string_view::npos;
}

std::string CsvWriter::quote(std::string_view f)
{
    if (!needsQuotes(f))
        return std::string(f);
    std::string s;
    s.reserve(f.size() + 2);
    s += '"';
    for (char c : f) {
        if (c == '"')
            s += '"';
        s += c;
    }
    s += '"';
    return s;
}

void CsvWriter::writeBom() { m_out << "\xEF\xBB\xBF"; }

void CsvWriter::writeField(std::string_view f, bool first)
{
    if (!first)
        m_out.put(',');
    if (needsQuotes(f))
        m_out << quote(f);
    else
        m_out.write(f.data(), static_cast<std::streamsize>(f.size()));
}

void CsvWriter::writeRow(std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (auto f : fields) {
        writeField(f, first);
        first = false;
    }
    m_out << m_eol;
}

void CsvWriter::writeRow(const std::vector<std::string>& fields)
{
    bool first = true;
    for (const auto& f : fields) {
        writeField(f, first);
        first = false;
    }
    m_out << m_eol;
}

void CsvWriter::writeRow(const std::vector<std::string_view>& fields)
{
    bool first = true;
    for (auto f : fields) {
        writeField(f, first);
        first = false;
    }
    m_out << m_eol;
}

} // namespace sd::io

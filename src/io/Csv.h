#pragma once

// RFC 4180 CSV: a streaming reader that keeps physical line numbers, and a small writer.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace sd::io {

// A problem in the CSV text itself (bad UTF-8 byte, malformed quoting) at a physical line.
struct CsvProblem
{
    int line = 0;
    int field = -1; // 0-based field index in the record, -1 when not tied to one field
    std::string message;
};

// Reads records from a CSV file in big chunks: comma separator, double-quote quoting with ""
// escapes, quoted fields may hold commas and newlines, CRLF or LF line ends, a leading UTF-8 BOM
// skipped, blank lines skipped. Fields are views into an internal buffer, valid until the next
// call to next(). Each record carries the physical line where it starts (the first line is 1).
// Problems never stop the reader: they are attached to the record they occur in.
class CsvReader
{
public:
    CsvReader() = default;
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens a file; false (with a message) when it cannot be read.
    bool open(const std::filesystem::path& path, std::string* error = nullptr);
    // Reads from text held in memory (tests, small inputs).
    void openString(std::string text);

    // Reads the next record; false at the end of the input.
    bool next();

    int line() const { return m_recordLine; }
    size_t size() const { return m_fields.size(); }
    std::string_view field(size_t i) const { return m_fields[i]; }
    const std::vector<std::string_view>& fields() const { return m_fields; }
    // The physical line on which field i starts.
    int fieldLine(size_t i) const { return m_fieldLines[i]; }
    // Problems in the record just read.
    const std::vector<CsvProblem>& problems() const { return m_problems; }

    std::uint64_t bytesConsumed() const { return m_consumed; }
    std::uint64_t totalBytes() const { return m_total; }

private:
    bool fill();
    bool findRecordEnd(size_t& end, size_t& next);
    void splitRecord(size_t begin, size_t end);
    void checkUtf8(size_t fieldIndex);

    std::FILE* m_file = nullptr;
    std::vector<char> m_buf;
    size_t m_pos = 0;  // start of the unread data
    size_t m_end = 0;  // end of valid data in m_buf
    size_t m_scan = 0; // how far findRecordEnd got for the current record (offset from m_pos)
    int m_scanState = 0; // findRecordEnd's state where it stopped
    bool m_eof = false;
    bool m_started = false;
    int m_nextLine = 1;
    int m_recordLine = 0;
    std::uint64_t m_consumed = 0;
    std::uint64_t m_total = 0;
    std::vector<std::string_view> m_fields;
    std::vector<int> m_fieldLines;
    std::vector<CsvProblem> m_problems;
};

// Where the first invalid UTF-8 sequence starts in text, or npos when the text is valid UTF-8.
size_t findInvalidUtf8(std::string_view text);

// Writes RFC 4180 CSV rows; a field is quoted when it holds a comma, a quote, CR/LF or
// leading/trailing spaces. Lines end in "\n" unless crlf is set.
class CsvWriter
{
public:
    explicit CsvWriter(std::ostream& out, bool crlf = false)
        : m_out(out)
        , m_eol(crlf ? "\r\n" : "\n")
    {
    }
    void writeBom();
    void writeRow(std::initializer_list<std::string_view> fields);
    void writeRow(const std::vector<std::string>& fields);
    void writeRow(const std::vector<std::string_view>& fields);

    // The field as it appears in the file (quoted and escaped when needed).
    static std::string quote(std::string_view field);
    static bool needsQuotes(std::string_view field);

private:
    void writeField(std::string_view f, bool first);
    std::ostream& m_out;
    const char* m_eol;
};

} // namespace sd::io

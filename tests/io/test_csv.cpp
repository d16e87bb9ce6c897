#include "io/Csv.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace sd::io;

namespace {

struct Rec
{
    int line;
    std::vector<std::string> fields;
    std::vector<CsvProblem> problems;
};

std::vector<Rec> readAll(CsvReader& r)
{
    std::vector<Rec> out;
    while (r.next()) {
        Rec rec{r.line(), {}, r.problems()};
        for (auto f : r.fields())
            rec.fields.emplace_back(f);
        out.push_back(std::move(rec));
    }
    return out;
}

std::vector<Rec> readText(std::string text)
{
    CsvReader r;
    r.openString(std::move(text));
    return readAll(r);
}

} // namespace

TEST_CASE("CSV reader: plain records, LF and CRLF, BOM, physical line numbers")
{
    auto recs = readText("\xEF\xBB\xBFid,name\r\n1,a\r\n2,b\n3,c");
    REQUIRE(recs.size() == 4);
    CHECK(recs[0].fields == std::vector<std::string>{"id", "name"});
    CHECK(recs[0].line == 1);
    CHECK(recs[1].fields == std::vector<std::string>{"1", "a"});
    CHECK(recs[3].fields == std::vector<std::string>{"3", "c"}); // no final newline
    CHECK(recs[3].line == 4);
    for (const auto& r : recs)
        CHECK(r.problems.empty());
}

TEST_CASE("CSV reader: quoted fields hold commas, escaped quotes and newlines")
{
    auto recs = readText("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\"three\r\nlines\",,\"\"\nlast,1,2\n");
    REQUIRE(recs.size() == 4);
    CHECK(recs[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
    CHECK(recs[1].line == 2);
    // The record of line 2 spans lines 2–3, so the next one starts on line 4 and spans 4–5.
    CHECK(recs[2].line == 4);
    CHECK(recs[2].fields == std::vector<std::string>{"three\r\nlines", "", ""});
    CHECK(recs[3].line == 6);
    CHECK(recs[3].fields == std::vector<std::string>{"last", "1", "2"});
}

TEST_CASE("CSV reader: blank lines are skipped but counted; trailing comma gives an empty field")
{
    auto recs = readText("a,b\n\n1,\n\r\n2,x\n");
    REQUIRE(recs.size() == 3);
    CHECK(recs[1].line == 3);
    CHECK(recs[1].fields == std::vector<std::string>{"1", ""});
    CHECK(recs[2].line == 5);
}

TEST_CASE("CSV reader: a bad UTF-8 byte is reported at its line, later lines still read")
{
    auto recs = readText("a,b\nok,\xE5\x8C\x97\n1,\"multi\nli\xFFne\"\n2,fine\n3,\xC0\x80\n");
    REQUIRE(recs.size() == 5);
    CHECK(recs[1].problems.empty()); // 北 is valid
    REQUIRE(recs[2].problems.size() == 1);
    CHECK(recs[2].line == 3);
    CHECK(recs[2].problems[0].line == 4); // the byte is on the second line of the quoted field
    CHECK(recs[2].problems[0].field == 1);
    CHECK(recs[2].problems[0].message == "invalid UTF-8 byte 0xFF");
    CHECK(recs[3].problems.empty());
    CHECK(recs[3].fields == std::vector<std::string>{"2", "fine"});
    REQUIRE(recs[4].problems.size() == 1); // an overlong encoding is not UTF-8
    CHECK(recs[4].problems[0].line == 6);
}

TEST_CASE("CSV reader: malformed quoting is a problem, not a crash")
{
    auto recs = readText("a,b\nx\"y,1\n\"closed\"junk,2\n3,\"never closed\n");
    REQUIRE(recs.size() == 4);
    REQUIRE(recs[1].problems.size() == 1);
    CHECK(recs[1].problems[0].message == "a quote inside an unquoted field");
    REQUIRE(recs[2].problems.size() == 1);
    CHECK(recs[2].problems[0].message == "unexpected text after a closing quote");
    CHECK(recs[2].fields[1] == "2");
    REQUIRE(recs[3].problems.size() == 1);
    CHECK(recs[3].problems[0].message == "quoted field is not closed");
}

TEST_CASE("UTF-8 validation")
{
    CHECK(findInvalidUtf8("plain ascii text that is long enough") == std::string_view::npos);
    CHECK(findInvalidUtf8("线索/初步接触") == std::string_view::npos);
    CHECK(findInvalidUtf8("\xF0\x9F\x98\x80") == std::string_view::npos); // emoji
    CHECK(findInvalidUtf8("abc\xED\xA0\x80") == 3);                         // surrogate
    CHECK(findInvalidUtf8("abcdefgh\xE5\x8C") == 8);                        // truncated
    CHECK(findInvalidUtf8("\xF5\x80\x80\x80") == 0);                        // above U+10FFFF
}

TEST_CASE("CSV writer quotes only when needed and reads back")
{
    CHECK(CsvWriter::quote("plain") == "plain");
    CHECK(CsvWriter::quote("a,b") == "\"a,b\"");
    CHECK(CsvWriter::quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(CsvWriter::quote("two\nlines") == "\"two\nlines\"");
    CHECK(CsvWriter::quote(" padded") == "\" padded\"");
    CHECK(CsvWriter::quote("") == "");

    std::ostringstream out;
    CsvWriter w(out, true);
    w.writeBom();
    w.writeRow({"id", "note"});
    w.writeRow(std::vector<std::string>{"1", "a, \"b\"\nc"});
    auto recs = readText(out.str());
    REQUIRE(recs.size() == 2);
    CHECK(recs[0].fields == std::vector<std::string>{"id", "note"});
    CHECK(recs[1].fields == std::vector<std::string>{"1", "a, \"b\"\nc"});
}

TEST_CASE("CSV reader: a file bigger than one read chunk, records crossing chunk boundaries")
{
    auto path = std::filesystem::temp_directory_path() / "salesdesk_test_csv_big.csv";
    {
        std::ofstream f(path, std::ios::binary);
        f << "id,note\n";
        for (int i = 0; i < 120000; ++i)
            f << i << ",\"note " << i << ", with a comma\nand a second line " << std::string(40, 'x') << "\"\n";
    }
    CsvReader r;
    REQUIRE(r.open(path));
    REQUIRE(r.next());
    int n = 0;
    bool allOk = true;
    while (r.next()) {
        // Record i starts on line 2 + 2i: every record spans two lines.
        if (r.line() != 2 + 2 * n || r.size() != 2 || r.field(0) != std::to_string(n) || !r.problems().empty())
            allOk = false;
        ++n;
    }
    CHECK(allOk);
    CHECK(n == 120000);
    CHECK(r.bytesConsumed() == r.totalBytes());
    CHECK(r.totalBytes() > (8u << 20)); // more than two chunks
    std::filesystem::remove(path);
}

TEST_CASE("CSV reader: random input never crashes and lines only grow")
{
    const char* pieces[] = {"a", "bc", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\xFF", "\xE5\x8C\x97", "\xE5", " "};
    std::uint32_t seed = 12345;
    auto rnd = [&]() {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const int n = int(rnd() % 40);
        for (int i = 0; i < n; ++i)
            text += pieces[rnd() % (sizeof(pieces) / sizeof(pieces[0]))];
        CsvReader r;
        r.openString(text);
        int lastLine = 0;
        int records = 0;
        bool ok = true;
        while (r.next()) {
            ++records;
            if (r.line() <= lastLine || r.size() == 0)
                ok = false;
            for (size_t f = 0; f < r.size(); ++f)
                if (r.fieldLine(f) < r.line())
                    ok = false;
            for (const auto& p : r.problems())
                if (p.line < r.line())
                    ok = false;
            lastLine = r.line();
            if (records > n + 1)
                ok = false; // never more records than pieces
        }
        INFO(text);
        REQUIRE(ok);
    }
}

// BatchedInsert: one-row binds gathered into multi-row statements, in order, the last batch shorter.

#include "storage/BatchedInsert.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

using namespace sd::storage;

namespace {

// A statement that records what it is given: "n" for null, "i<value>", "t<text>"; one string per exec.
class RecordingStatement : public SqlStatement
{
public:
    RecordingStatement(int params, std::vector<std::string>& runs)
        : m_values(static_cast<size_t>(params))
        , m_runs(runs)
    {
    }
    void bindText(int i, std::string_view v) override { m_values.at(static_cast<size_t>(i)) = "t" + std::string(v); }
    void bindInt64(int i, std::int64_t v) override { m_values.at(static_cast<size_t>(i)) = "i" + std::to_string(v); }
    void bindNull(int i) override { m_values.at(static_cast<size_t>(i)) = "n"; }
    void exec() override
    {
        std::string run;
        for (const auto& v : m_values)
            run += v + ",";
        m_runs.push_back(run);
    }

private:
    std::vector<std::string> m_values;
    std::vector<std::string>& m_runs;
};

} // namespace

TEST_CASE("BatchedInsert: rows run in order, a full statement per batch, a shorter one at the end", "[import]")
{
    std::vector<std::string> runs;
    std::vector<int> prepared; // rows of each statement prepared
    BatchedInsert insert(3, 4, [&](int rows) {
        prepared.push_back(rows);
        return std::make_unique<RecordingStatement>(rows * 3, runs);
    });
    // 10 rows of (text id, number or null, text): batches of 4, 4 and 2.
    for (int r = 0; r < 10; ++r) {
        insert.bindText(0, "R" + std::to_string(r));
        if (r % 3 == 0)
            insert.bindNull(1);
        else
            insert.bindInt64(1, r * 100);
        insert.bindText(2, r == 5 ? std::string(40, 'x') : std::string()); // a long text and empty ones
        insert.exec();
    }
    CHECK(runs.size() == 2); // the third batch waits for flush()
    insert.flush();
    insert.flush(); // nothing left: no statement
    REQUIRE(runs.size() == 3);
    CHECK(prepared == std::vector<int>{4, 2}); // the full statement is prepared once and reused
    auto row = [](int r) {
        return "tR" + std::to_string(r) + "," + (r % 3 == 0 ? std::string("n") : "i" + std::to_string(r * 100)) + ",t"
            + (r == 5 ? std::string(40, 'x') : std::string()) + ",";
    };
    CHECK(runs[0] == row(0) + row(1) + row(2) + row(3));
    CHECK(runs[1] == row(4) + row(5) + row(6) + row(7));
    CHECK(runs[2] == row(8) + row(9));
}

TEST_CASE("BatchedInsert: a value bound past the row's columns is refused", "[import]")
{
    std::vector<std::string> runs;
    BatchedInsert insert(2, 8, [&](int rows) { return std::make_unique<RecordingStatement>(rows * 2, runs); });
    CHECK_THROWS(insert.bindText(2, "x"));
    CHECK_THROWS(insert.bindNull(-1));
}

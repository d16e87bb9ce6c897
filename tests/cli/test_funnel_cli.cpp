// salesctl funnel / funnel weekly on tests/data/funnel (the fixture of tests/domain/test_funnel_fixture.h
// as CSV, deals A–I owned by r1, plus J: r2, lead, 50.00, created 2026-03-01; targets: unit co 2026Q1
// 3000.00, rep r1 2026Q2 5000.00; orders of r1: 1000.00 on 02-20, 600.00 on 03-01).

#include "CliRunner.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using sd::test::runSalesctl;
using nlohmann::json;

namespace {

struct FunnelDb
{
    QTemporaryDir dir;
    std::string db;

    FunnelDb()
    {
        db = (dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        auto r = runSalesctl({"--db", db, "import", std::string(SALESDESK_TEST_DATA) + "/funnel"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }

    sd::test::CliResult run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        return runSalesctl(args);
    }
};

std::vector<std::string> ids(const json& cat)
{
    return cat.at("ids").get<std::vector<std::string>>();
}

} // namespace

TEST_CASE("salesctl funnel for one rep")
{
    FunnelDb w;
    auto r = w.run({"funnel", "--as-of", "2026-03-31", "--owner", "rep:r1", "--period", "2026Q2", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    json j = r.json();
    // Window defaults to the fiscal year start … as-of.
    CHECK(j["from"] == "2026-01-01");
    CHECK(j["to"] == "2026-03-31");
    // Snapshot: lead H 150 (15.00), qualify B 500 (125.00), proposal C 200 (100.00), negotiate G 600 (450.00),
    // commit E 400 (360.00); total 1050.00.
    REQUIRE(j["stages"].size() == 5);
    CHECK(j["stages"][0] == json{{"code", "lead"}, {"name", "线索/初步接触"}, {"probability", 10.0}, {"count", 1},
                                 {"amount", "150.00"}, {"weighted", "15.00"}});
    CHECK(j["stages"][3]["weighted"] == "450.00");
    CHECK(j["weighted_total"] == "1050.00");
    // Conversion (cohort A B C D E G H): reached 7, 6, 6, 5, 4; won 3 → 6/7, 1, 5/6, 4/5, 3/4.
    REQUIRE(j["conversion"].size() == 5);
    CHECK(j["conversion"][0]["rate"] == 0.8571);
    CHECK(j["conversion"][2]["rate"] == 0.8333);
    CHECK(j["conversion"][4] == json{{"from", "commit"}, {"to", "won"}, {"rate", 0.75}, {"reached_from", 4},
                                     {"reached_to", 3}});
    // Win rate 3/5; average won (1000 + 300 + 600)/3 = 633.33; cycle (46 + 0 + 24)/3 = 23.33;
    // velocity 5 × 3/5 × 1900/3 ÷ 70/3 = 81.428… → 81.43.
    CHECK(j["win_rate"] == 0.6);
    CHECK(j["avg_won_amount"] == "633.33");
    CHECK(j["avg_cycle_days"] == 23.33);
    CHECK(j["velocity_per_day"] == "81.43");
    // Stage days: lead 61/7 = 8.71, qualify 111/3 = 37, proposal 41, negotiate 9, commit n/a.
    CHECK(j["stage_days"][0]["avg_days"] == 8.71);
    CHECK(j["stage_days"][1]["avg_days"] == 37.0);
    CHECK(j["stage_days"][4]["avg_days"].is_null());
    // Coverage 2026Q2: open B C E G H expected 04-01 … 06-30 = 1850.00 ÷ (5000.00 − 0) = 0.37.
    CHECK(j["coverage"] == 0.37);
    CHECK(j["coverage_detail"]["target"] == "5000.00");
    // Health: amounts qualify 500 > lead 150, negotiate 600 > proposal 200.
    REQUIRE(j["health"].size() == 2);
    CHECK(j["health"][0]["kind"] == "amount_above_previous");
    CHECK(j["health"][1]["stage"] == "negotiate");
}

TEST_CASE("salesctl funnel for the company, default period")
{
    FunnelDb w;
    auto r = w.run({"funnel", "--as-of", "2026-03-31", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    json j = r.json();
    CHECK(j["owner"] == "unit:co");
    // J (r2, lead 50.00) joins: lead 2 deals 200.00, weighted 20.00; total 1055.00.
    CHECK(j["stages"][0]["count"] == 2);
    CHECK(j["stages"][0]["weighted"] == "20.00");
    CHECK(j["weighted_total"] == "1055.00");
    // Velocity: 6 open × 3/5 × 1900/3 ÷ 70/3 = 34200/350 = 97.714… → 97.71.
    CHECK(j["velocity_per_day"] == "97.71");
    // Coverage 2026Q1 (default): the rest of the quarter after 03-31 is empty → 0 ÷ (3000 − 1600) = 0.
    CHECK(j["coverage_detail"]["period"] == "2026Q1");
    CHECK(j["coverage_detail"]["actual"] == "1600.00");
    CHECK(j["coverage_detail"]["gap"] == "1400.00");
    CHECK(j["coverage"] == 0.0);
}

TEST_CASE("salesctl funnel over an empty window")
{
    FunnelDb w;
    auto r = w.run({"funnel", "--as-of", "2027-01-31", "--from", "2027-01-01", "--to", "2027-01-31", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    json j = r.json();
    for (const auto& step : j["conversion"])
        CHECK(step["rate"].is_null());
    CHECK(j["win_rate"].is_null());
    CHECK(j["avg_won_amount"].is_null());
    CHECK(j["avg_cycle_days"].is_null());
    CHECK(j["velocity_per_day"].is_null());
    for (const auto& s : j["stage_days"])
        CHECK(s["avg_days"].is_null());
    // No target for 2027Q1: coverage n/a.
    CHECK(j["coverage"].is_null());
}

TEST_CASE("salesctl funnel weekly")
{
    FunnelDb w;
    // W11 (03-09 … 03-15), r1: E lead → commit advanced; G won → negotiate regressed; B (qualify since 02-10,
    // 33 days) and C (proposal since 02-03, 40 days) stalled; A, D won and F lost at both ends: left out.
    auto r = w.run({"funnel", "weekly", "--week", "2026-W11", "--owner", "rep:r1", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    json j = r.json();
    const json& c = j["categories"];
    for (const char* k : {"won", "lost", "new", "advanced", "regressed", "stalled", "unchanged"})
        CHECK(c.contains(k));
    CHECK(ids(c["advanced"]) == std::vector<std::string>{"E"});
    CHECK(ids(c["regressed"]) == std::vector<std::string>{"G"});
    CHECK(ids(c["stalled"]) == std::vector<std::string>{"B", "C"});
    CHECK(c["stalled"]["amount"] == "700.00");
    CHECK(c["won"]["count"] == 0);
    CHECK(j["closed_both_ends"] == 3);

    // W10 (03-02 … 03-08), company: F lost 03-05; C stalled; B (26 days), E (11 days), J (created on the
    // Sunday before, so not new) unchanged: 500 + 400 + 50 = 950.00.
    auto r2 = w.run({"funnel", "weekly", "--week", "2026-W10", "--json"});
    REQUIRE(r2.exitCode == 0);
    json k = r2.json();
    CHECK(ids(k["categories"]["lost"]) == std::vector<std::string>{"F"});
    CHECK(ids(k["categories"]["unchanged"]) == std::vector<std::string>{"B", "E", "J"});
    CHECK(k["categories"]["unchanged"]["amount"] == "950.00");
    // Stages at both ends: qualify B + F = 2 / 750.00 at the start, B = 1 / 500.00 at the end.
    CHECK(k["stages"][1]["count_start"] == 2);
    CHECK(k["stages"][1]["amount_start"] == "750.00");
    CHECK(k["stages"][1]["count_end"] == 1);
}

TEST_CASE("salesctl funnel: bad input gives clear errors")
{
    FunnelDb w;
    auto onlyFrom = w.run({"funnel", "--as-of", "2026-03-31", "--from", "2026-01-01"});
    CHECK(onlyFrom.exitCode == 2);
    CHECK(onlyFrom.err.find("--to") != std::string::npos);
    CHECK(w.run({"funnel", "--as-of", "2026-03-31", "--from", "2026-03-01", "--to", "2026-02-01"}).exitCode == 2);
    CHECK(w.run({"funnel", "--as-of", "31/03/2026"}).exitCode == 2);
    CHECK(w.run({"funnel"}).exitCode == 2);
    CHECK(w.run({"funnel", "weekly", "--week", "2026Q1"}).exitCode == 2);
    auto unknown = w.run({"funnel", "--as-of", "2026-03-31", "--owner", "rep:nobody"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("rep:nobody") != std::string::npos);
}

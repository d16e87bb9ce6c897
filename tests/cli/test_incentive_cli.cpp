// salesctl incentive calc on tests/data/incentive, worked by hand (SPEC §7, docs/incentives.md).
// Plan rep_monthly: marginal revenue commission, tiers 0→3%, 100%→5%, 150%→8%, threshold 0.5,
// cap 50,000.00, strategic ×1.5; bonus steps 1.0→2,000.00, 1.2→5,000.00; contest on revenue with
// prizes 3,000.00 / 1,000.00 / 最佳销售员.
// r1: September O1 40,000 std (cancelled 2026-10-10) + O2 60,000 strategic, target 100,000 → a = 1,
//     C0 = 3% × 100,000 = 3,000, e = 0.03, Σ amount × multiplier = 130,000 → C = 3,900.00,
//     O1's line 3,900 × 40/130 = 1,200.00. October: O3 50,000 std, target 100,000 → a = 0.5 (= threshold)
//     → 1,500.00; clawback −1,200.00; KPI revenue 50,000 − 40,000 = 10,000 → bonus a = 0.1 → 0.00.
// r2: O4 30,000 std + half of O5 1,000.01 strategic (500.01; r3 gets 500.00), target 20,000:
//     A = 30,500.01, C0 = 600 + 500 + 8% × 500.01 = 1,140.0008, Σ w = 30,000 + 750.015 = 30,750.015,
//     C = 1,140.0008 × 30,750.015 / 30,500.01 = 1,149.3452… → 1,149.35; a = 1.525 → bonus 5,000.00.
// Contest: r2 30,500.01 (#1, 3,000.00), r1 10,000.00 (#2, 1,000.00), r3 500.00 (#3, the title).

#include "CliRunner.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using sd::test::runSalesctl;
using nlohmann::json;

namespace {

struct IncentiveDb
{
    QTemporaryDir dir;
    std::string db;

    IncentiveDb()
    {
        db = (dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        const std::string data = std::string(SALESDESK_TEST_DATA) + "/incentive";
        auto r = runSalesctl({"--db", db, "import", data, "--workspace", data + "/workspace.json"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }

    sd::test::CliResult run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        return runSalesctl(args);
    }
};

const json& component(const json& rep, const std::string& type)
{
    for (const json& c : rep.at("components"))
        if (c.at("type") == type)
            return c;
    FAIL("no component " << type);
    static const json none;
    return none;
}

} // namespace

TEST_CASE("salesctl incentive calc --json")
{
    IncentiveDb w;
    auto r = w.run({"incentive", "calc", "--period", "2026-10", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const json doc = r.json();
    CHECK(doc.at("period") == "2026-10");
    const json& reps = doc.at("reps");
    REQUIRE(reps.size() == 3);
    CHECK(reps[0].at("rep_id") == "r1");
    CHECK(reps[0].at("plan") == "rep_monthly");

    const json& r1 = reps[0];
    CHECK(component(r1, "commission").at("amount") == "1500.00");
    CHECK(component(r1, "commission").at("threshold_met") == true);
    CHECK(component(r1, "clawback").at("amount") == "-1200.00");
    CHECK(component(r1, "clawback").at("lines")[0].at("booked_period") == "2026-09");
    CHECK(component(r1, "bonus").at("amount") == "0.00");
    CHECK(component(r1, "contest").at("rank") == 2);
    CHECK(r1.at("total") == "1300.00");

    const json& r2 = reps[1];
    CHECK(component(r2, "commission").at("amount") == "1149.35");
    CHECK(component(r2, "commission").at("actual") == "30500.01");
    CHECK(component(r2, "commission").at("tier") == 3);
    CHECK(component(r2, "bonus").at("amount") == "5000.00");
    CHECK(component(r2, "contest").at("prize") == "3000.00");
    CHECK(component(r2, "clawback").at("amount") == "0.00");
    CHECK(r2.at("total") == "9149.35");

    const json& r3 = reps[2];
    CHECK(component(r3, "commission").at("amount").is_null());
    CHECK(component(r3, "commission").at("error") == "no revenue target for 2026-10");
    CHECK(component(r3, "contest").at("titles") == json::array({"最佳销售员"}));
    CHECK(r3.at("total") == "0.00");
}

TEST_CASE("salesctl incentive calc: owner filter keeps contest ranks, bad periods are refused")
{
    IncentiveDb w;
    auto r = w.run({"incentive", "calc", "--period", "2026-10", "--owner", "rep:r3", "--json"});
    REQUIRE(r.exitCode == 0);
    const json doc = r.json();
    REQUIRE(doc.at("reps").size() == 1);
    CHECK(component(doc.at("reps")[0], "contest").at("rank") == 3);

    // A quarter label pays quarter plans: there are none.
    r = w.run({"incentive", "calc", "--period", "2026Q4", "--json"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().at("reps").empty());

    r = w.run({"incentive", "calc", "--period", "2026", "--json"});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    r = w.run({"incentive", "calc", "--period", "2026-13"});
    CHECK(r.exitCode == 2);
    r = w.run({"incentive", "calc", "--period", "2026-10", "--owner", "unit:nope"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown owner") != std::string::npos);
}

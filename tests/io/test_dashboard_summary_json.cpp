// The dashboard summary's JSON (the saved figures): exact round trip, and errors that name the JSON path.

#include "io/DashboardSummaryJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace sd;

namespace {

DashboardSummary sample()
{
    DashboardSummary s;
    s.today = Date::parseOrThrow("2026-11-26");
    s.owner = "rep:E0025";
    s.revenue[0] = DashboardSummary::Bar{75'000, 100'000, Rational(3, 4)};
    s.revenue[2] = DashboardSummary::Bar{-5'00, 0, std::nullopt};
    s.collections[1] = DashboardSummary::Bar{1, 3, Rational(1, 3)}; // not a finite decimal: kept exact
    s.openCount = 12;
    s.openAmountCents = 9'876'543'21;
    s.weightedCents = 1'234'56;
    s.winRate = Rational(-2, 7);
    s.stages = {{"lead", 5}, {"negotiation", 0}};
    s.balanceCents = 10;
    s.overdueCents = 9;
    s.over90Cents = 8;
    s.creditFlags = 1;
    s.stallDays = 30;
    s.stalledCount = 3;
    s.stalledAmountCents = 300;
    s.stalled = {{"华东仓储 扩容", 45, 100}};
    s.keyDatesCount = 2;
    s.notContactedCount = 4;
    s.care = {{CareReminder::Kind::NotContacted, "Hubei Steel", Date::parseOrThrow("2026-09-01"), 86},
              {CareReminder::Kind::Birthday, "王总", Date::parseOrThrow("2026-11-30"), 4}};
    s.contestMetric = "new_customers";
    s.contestPeriod = "2026-Q4";
    s.leaderboard = {{1, "E0025", "Ann Li", Rational(7), 500'00, {"Champion", "Rookie"}}};
    return s;
}

} // namespace

TEST_CASE("the dashboard summary goes through JSON unchanged", "[daily][dashboard][json]")
{
    const DashboardSummary s = sample();
    const nlohmann::json j = io::dashboardSummaryToJson(s);
    CHECK(j.at("collections")[1].at("attainment") == "1/3");
    CHECK(j.at("win_rate") == "-2/7");
    CHECK(j.at("revenue")[1].is_null());
    CHECK(io::dashboardSummaryFromJson(nlohmann::json::parse(j.dump())) == s);
    CHECK(io::dashboardSummaryFromJson(io::dashboardSummaryToJson(DashboardSummary{})) == DashboardSummary{});
}

TEST_CASE("malformed saved figures are refused with the JSON path", "[daily][dashboard][json]")
{
    const nlohmann::json good = io::dashboardSummaryToJson(sample());
    auto refused = [](nlohmann::json j) {
        try {
            io::dashboardSummaryFromJson(j);
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    nlohmann::json j = good;
    j.erase("balance");
    CHECK(refused(j) == "$.balance: missing");
    j = good;
    j["care"][1]["kind"] = "anniversary";
    CHECK(refused(j) == "$.care[1].kind: unknown kind 'anniversary'");
    j = good;
    j["collections"][1]["attainment"] = "1/0";
    CHECK(refused(j) == "$.collections[1].attainment: the denominator must be positive");
    j = good;
    j["win_rate"] = 0.5;
    CHECK(refused(j) == "$.win_rate: expected \"num/den\" text or null");
    j = good;
    j["today"] = "2026-02-30";
    CHECK(refused(j) == "$.today: expected a date YYYY-MM-DD");
    j = good;
    j["revenue"].erase(2);
    CHECK(refused(j) == "$.revenue: expected month, quarter and year");
    j = good;
    j["leaderboard"][0]["value"] = "99999999999999999999999999999999999999999/1";
    CHECK(refused(j) == "$.leaderboard[0].value: not a number");
    CHECK(refused(nlohmann::json::array()) == "$: expected an object");
}

#include "domain/FunnelWeekly.h"

#include "test_funnel_fixture.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::d;
using sd::test::makeOpp;

namespace {

Money m(const char* text) { return Money::parseOrThrow(text); }

// Week 2026-W10: Monday 2026-03-02 … Sunday 03-08; compared: as of Sunday 03-01 vs as of 03-08.
struct WeeklyFixture
{
    std::vector<Opportunity> rows{
        makeOpp("W01", "100.00", "2026-02-01", {{"lead", "2026-02-01"}, {"negotiate", "2026-02-20"}, {"won", "2026-03-04"}}),
        makeOpp("W02", "200.00", "2026-02-01", {{"lead", "2026-02-01"}, {"lost", "2026-03-05"}}),
        makeOpp("W03", "300.00", "2026-03-03", {{"lead", "2026-03-03"}}),
        // created in W and won by its end: won, not new
        makeOpp("W04", "400.00", "2026-03-03", {{"lead", "2026-03-03"}, {"won", "2026-03-06"}}),
        // created in W and lost the same day: lost
        makeOpp("W05", "500.00", "2026-03-04", {{"lead", "2026-03-04"}, {"lost", "2026-03-04"}}),
        makeOpp("W06", "600.00", "2026-02-20", {{"lead", "2026-02-20"}, {"proposal", "2026-03-03"}}),
        makeOpp("W07", "700.00", "2026-01-01", {{"lead", "2026-01-01"}, {"negotiate", "2026-02-01"}, {"qualify", "2026-03-06"}}),
        // qualify since 02-06: 03-08 − 02-06 = 30 days ≥ 30 → stalled
        makeOpp("W08", "800.00", "2026-01-01", {{"lead", "2026-01-01"}, {"qualify", "2026-02-06"}}),
        // qualify since 02-07: 29 days → unchanged
        makeOpp("W09", "900.00", "2026-01-01", {{"lead", "2026-01-01"}, {"qualify", "2026-02-07"}}),
        // won at both ends: left out
        makeOpp("W10", "1000.00", "2026-01-01", {{"lead", "2026-01-01"}, {"won", "2026-02-01"}}),
        // lost at the start, reopened in W: index 0 → 1, advanced
        makeOpp("W11", "1100.00", "2026-01-01", {{"lead", "2026-01-01"}, {"lost", "2026-02-01"}, {"lead", "2026-03-03"}}),
        // won at the start, reopened at negotiate in W: index 6 → 4, regressed
        makeOpp("W12", "1200.00", "2026-01-01", {{"lead", "2026-01-01"}, {"won", "2026-02-15"}, {"negotiate", "2026-03-03"}}),
        // created after W: not in the report
        makeOpp("W13", "1300.00", "2026-03-09", {{"lead", "2026-03-09"}}),
        // proposal (stall override 10 days) since 02-25: 11 days → stalled
        makeOpp("W14", "1400.00", "2026-02-01", {{"lead", "2026-02-01"}, {"proposal", "2026-02-25"}}),
        // won at the start, reopened and lost in W: won or lost at both ends → left out
        makeOpp("W15", "1500.00", "2026-01-01",
                {{"lead", "2026-01-01"}, {"won", "2026-02-10"}, {"lead", "2026-03-02"}, {"lost", "2026-03-05"}}),
        // qualify → proposal → back to qualify within W: same index, entry in force 03-05 (3 days) → unchanged
        makeOpp("W16", "1600.00", "2026-01-01",
                {{"lead", "2026-01-01"}, {"qualify", "2026-02-01"}, {"proposal", "2026-03-03"}, {"qualify", "2026-03-05"}}),
    };
    WorkspaceSettings settings;

    WeeklyFixture() { settings.stages[2].stallDays = 10; }

    OpportunityList list() const
    {
        OpportunityList l;
        // reverse order, to check that the id lists come out ascending anyway
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            l.push_back(&*it);
        return l;
    }
};

} // namespace

TEST_CASE("funnel weekly: every category")
{
    WeeklyFixture f;
    auto r = weeklyReport(f.list(), f.settings, 2026, 10);
    CHECK(r.monday == d("2026-03-02"));
    CHECK(r.start == d("2026-03-01"));
    CHECK(r.end == d("2026-03-08"));
    using V = std::vector<std::string>;
    CHECK(r.category(WeeklyCategory::Won).ids == V{"W01", "W04"});
    CHECK(r.category(WeeklyCategory::Lost).ids == V{"W02", "W05"});
    CHECK(r.category(WeeklyCategory::New).ids == V{"W03"});
    CHECK(r.category(WeeklyCategory::Advanced).ids == V{"W06", "W11"});
    CHECK(r.category(WeeklyCategory::Regressed).ids == V{"W07", "W12"});
    CHECK(r.category(WeeklyCategory::Stalled).ids == V{"W08", "W14"});
    CHECK(r.category(WeeklyCategory::Unchanged).ids == V{"W09", "W16"});
    CHECK(r.closedBothEnds == 2); // W10, W15

    // Amounts: won 100 + 400; lost 200 + 500; new 300; advanced 600 + 1100; regressed 700 + 1200;
    // stalled 800 + 1400; unchanged 900 + 1600.
    CHECK(r.category(WeeklyCategory::Won).amount == m("500.00"));
    CHECK(r.category(WeeklyCategory::Lost).amount == m("700.00"));
    CHECK(r.category(WeeklyCategory::New).amount == m("300.00"));
    CHECK(r.category(WeeklyCategory::Advanced).amount == m("1700.00"));
    CHECK(r.category(WeeklyCategory::Regressed).amount == m("1900.00"));
    CHECK(r.category(WeeklyCategory::Stalled).amount == m("2200.00"));
    CHECK(r.category(WeeklyCategory::Unchanged).count == 2);
    CHECK(r.category(WeeklyCategory::Unchanged).amount == m("2500.00"));
}

TEST_CASE("funnel weekly: per stage at both ends")
{
    WeeklyFixture f;
    auto r = weeklyReport(f.list(), f.settings, 2026, 10);
    REQUIRE(r.stages.size() == 5);
    // Start (03-01): lead W02 200 + W06 600; qualify W08 800 + W09 900 + W16 1600; proposal W14 1400;
    // negotiate W01 100 + W07 700; commit none.
    CHECK(r.stages[0].countStart == 2);
    CHECK(r.stages[0].amountStart == m("800.00"));
    CHECK(r.stages[1].countStart == 3);
    CHECK(r.stages[1].amountStart == m("3300.00"));
    CHECK(r.stages[2].countStart == 1);
    CHECK(r.stages[3].countStart == 2);
    CHECK(r.stages[3].amountStart == m("800.00"));
    CHECK(r.stages[4].countStart == 0);
    // End (03-08): lead W03 300 + W11 1100; qualify W07 700 + W08 800 + W09 900 + W16 1600;
    // proposal W06 600 + W14 1400; negotiate W12 1200.
    CHECK(r.stages[0].countEnd == 2);
    CHECK(r.stages[0].amountEnd == m("1400.00"));
    CHECK(r.stages[1].countEnd == 4);
    CHECK(r.stages[1].amountEnd == m("4000.00"));
    CHECK(r.stages[2].countEnd == 2);
    CHECK(r.stages[2].amountEnd == m("2000.00"));
    CHECK(r.stages[3].countEnd == 1);
    CHECK(r.stages[3].amountEnd == m("1200.00"));
}

TEST_CASE("funnel weekly: stall days from the workspace setting")
{
    WeeklyFixture f;
    FunnelStages st(f.settings);
    // W09 is 29 days in qualify on 03-08: unchanged at 30, stalled at 29.
    CHECK(*weeklyCategory(f.rows[8], st, d("2026-03-02")) == WeeklyCategory::Unchanged);
    f.settings.stallDays = 29;
    CHECK(*weeklyCategory(f.rows[8], st, d("2026-03-02")) == WeeklyCategory::Stalled);
    // W13 does not exist by the week's end; W10 is won at both ends.
    CHECK_FALSE(weeklyCategory(f.rows[12], st, d("2026-03-02")));
    CHECK_FALSE(weeklyCategory(f.rows[9], st, d("2026-03-02")));
    // An empty list: every category empty.
    auto r = weeklyReport({}, f.settings, 2026, 10);
    for (auto c : kWeeklyCategories)
        CHECK(r.category(c).count == 0);
}

#include "domain/FunnelFigures.h"

#include "test_funnel_fixture.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::d;
using sd::test::makeOpp;

namespace {

Money m(const char* text) { return Money::parseOrThrow(text); }

} // namespace

TEST_CASE("funnel: snapshot as of a date")
{
    test::FunnelFixture f;
    // As of 2026-03-31: A won, B qualify, C proposal, D won, E commit, F lost, G negotiate, H lead, I not yet.
    auto s = funnelSnapshot(f.list(), f.settings, d("2026-03-31"));
    REQUIRE(s.stages.size() == 5);
    // lead: H 150.00 × 10 % = 15.00
    CHECK(s.stages[0].code == "lead");
    CHECK(s.stages[0].count == 1);
    CHECK(s.stages[0].amount == m("150.00"));
    CHECK(s.stages[0].weighted == m("15.00"));
    // qualify: B 500.00 × 25 % = 125.00
    CHECK(s.stages[1].count == 1);
    CHECK(s.stages[1].weighted == m("125.00"));
    // proposal: C 200.00 × 50 % = 100.00
    CHECK(s.stages[2].amount == m("200.00"));
    CHECK(s.stages[2].weighted == m("100.00"));
    // negotiate: G (reopened after won) 600.00 × 75 % = 450.00
    CHECK(s.stages[3].count == 1);
    CHECK(s.stages[3].weighted == m("450.00"));
    // commit: E (reopened after lost) 400.00 × 90 % = 360.00
    CHECK(s.stages[4].count == 1);
    CHECK(s.stages[4].weighted == m("360.00"));
    // total 15 + 125 + 100 + 450 + 360 = 1050.00; open 5 deals, 1850.00; won A, D; lost F.
    CHECK(s.weightedTotal == m("1050.00"));
    CHECK(s.openCount == 5);
    CHECK(s.openAmount == m("1850.00"));
    CHECK(s.wonCount == 2);
    CHECK(s.lostCount == 1);

    // As of 2026-02-03 (two moves of C that day: proposal in force): A proposal, B negotiate, C proposal,
    // E lead, F qualify, G none yet (created 02-05) → lead 1 (E 400), qualify 1 (F 250),
    // proposal 2 (A 1000 + C 200), negotiate 1 (B 500).
    auto e = funnelSnapshot(f.list(), f.settings, d("2026-02-03"));
    CHECK(e.stages[0].count == 1);
    CHECK(e.stages[1].count == 1);
    CHECK(e.stages[1].weighted == m("62.50"));
    CHECK(e.stages[2].count == 2);
    CHECK(e.stages[2].amount == m("1200.00"));
    CHECK(e.stages[3].amount == m("500.00"));
    // 400 × 10 % + 250 × 25 % + 1200 × 50 % + 500 × 75 % = 40 + 62.50 + 600 + 375 = 1077.50
    CHECK(e.weightedTotal == m("1077.50"));
}

TEST_CASE("funnel: weighted amounts are rounded once per stage, the total once from the exact sum")
{
    std::vector<Opportunity> rows{
        makeOpp("1", "0.05", "2026-01-01", {{"lead", "2026-01-01"}}),
        makeOpp("2", "0.05", "2026-01-01", {{"lead", "2026-01-01"}}),
        makeOpp("3", "0.02", "2026-01-01", {{"qualify", "2026-01-01"}}),
        makeOpp("4", "0.01", "2026-01-01", {{"proposal", "2026-01-01"}}),
        makeOpp("5", "-0.01", "2026-01-01", {{"commit", "2026-01-01"}}),
    };
    OpportunityList l{&rows[0], &rows[1], &rows[2], &rows[3], &rows[4]};
    WorkspaceSettings s;
    auto snap = funnelSnapshot(l, s, d("2026-01-01"));
    // lead: (0.05 + 0.05) × 10 % = 0.010 → 0.01 (per deal it would be 0.005 → 0.01 twice = 0.02).
    CHECK(snap.stages[0].weighted == m("0.01"));
    // qualify: 0.02 × 25 % = 0.005 → 0.01 (half away from zero).
    CHECK(snap.stages[1].weighted == m("0.01"));
    // proposal: 0.01 × 50 % = 0.005 → 0.01.
    CHECK(snap.stages[2].weighted == m("0.01"));
    // commit: −0.01 × 90 % = −0.009 → −0.01.
    CHECK(snap.stages[4].weighted == m("-0.01"));
    // total exact: 0.010 + 0.005 + 0.005 − 0.009 = 0.011 → 0.01 (the stage figures add to 0.02).
    CHECK(snap.weightedExactCents == Rational(11, 10));
    CHECK(snap.weightedTotal == m("0.01"));
}

TEST_CASE("funnel: conversion over the cohort created in the window")
{
    test::FunnelFixture f;
    // Cohort [01-01, 03-31]: A B C D E G H (F created 2025, I after). Highest by 03-31:
    // A won, B negotiate(4), C proposal(3), D won, E commit(5), G won (then reopened), H lead(1).
    // reached: 1: 7; 2: 6 (not H); 3: 6; 4: 5 (A B D E G); 5: 4 (A D E G). Won: A D G (E's entry is lost).
    auto c = funnelConversion(f.list(), f.settings, DateWindow{d("2026-01-01"), d("2026-03-31")});
    CHECK(c.cohort == 7);
    CHECK(c.reached == std::vector<std::int64_t>{7, 6, 6, 5, 4});
    CHECK(c.won == 3);
    REQUIRE(c.steps.size() == 5);
    CHECK(c.steps[0].from == "lead");
    CHECK(c.steps[0].to == "qualify");
    CHECK(*c.steps[0].rate == Rational(6, 7));
    CHECK(*c.steps[1].rate == Rational(1));
    CHECK(*c.steps[2].rate == Rational(5, 6));
    CHECK(*c.steps[3].rate == Rational(4, 5));
    CHECK(c.steps[4].from == "commit");
    CHECK(c.steps[4].to == "won");
    CHECK(*c.steps[4].rate == Rational(3, 4));

    // January: cohort A (proposal by 01-31), B (qualify), E (lead): reached 3, 2, 1, 0, 0; none won.
    auto j = funnelConversion(f.list(), f.settings, DateWindow{d("2026-01-01"), d("2026-01-31")});
    CHECK(j.reached == std::vector<std::int64_t>{3, 2, 1, 0, 0});
    CHECK(*j.steps[0].rate == Rational(2, 3));
    CHECK(*j.steps[1].rate == Rational(1, 2));
    CHECK(*j.steps[2].rate == Rational(0));
    CHECK_FALSE(j.steps[3].rate);
    CHECK_FALSE(j.steps[4].rate);
}

TEST_CASE("funnel: velocity")
{
    test::FunnelFixture f;
    // Open as of 03-31: B C E G H = 5; win rate 3/5; avg won 1900/3; avg cycle 70/3 days.
    // 5 × 3/5 × 633.333… ÷ 23.333… = 1900 × 3 / 70 = 81.428… → 81.43 per day.
    auto v = funnelVelocity(f.list(), f.settings, DateWindow{d("2026-01-01"), d("2026-03-31")});
    CHECK(v.openCountAtEnd == 5);
    CHECK(*v.winRate == Rational(3, 5));
    CHECK(*v.avgWonAmount == m("633.33"));
    CHECK(v.avgCycleDays->toFixed(2) == "23.33");
    CHECK(*v.perDay == m("81.43"));

    // [02-15, 02-15]: only D (created and won that day, cycle 0) → average cycle 0 → velocity n/a.
    auto z = funnelVelocity(f.list(), f.settings, DateWindow{d("2026-02-15"), d("2026-02-15")});
    CHECK(*z.winRate == Rational(1));
    CHECK(*z.avgWonAmount == m("300.00"));
    CHECK(*z.avgCycleDays == Rational(0));
    // Open as of 02-15: A proposal, B negotiate, C proposal, F qualify, G lead (E lost) = 5.
    CHECK(z.openCountAtEnd == 5);
    CHECK_FALSE(z.perDay);
}

TEST_CASE("funnel: stage durations")
{
    test::FunnelFixture f;
    // Moves out of a stage dated in [01-01, 03-31]:
    // lead: A 01-05→01-10 5, B 01-10→01-15 5, C 02-01→02-03 2, D 02-15→02-15 0, E 01-20→02-10 21,
    //       E 02-25→03-10 13, G 02-05→02-20 15 = 61 over 7 → 8.71
    // qualify: B 01-15→02-01 17, C 02-03→02-03 0, F 2025-12-01→03-05 94 = 111 over 3 → 37
    // proposal: A 01-10→02-20 41; negotiate: B 02-01→02-10 9, G 02-20→03-01 9 → 9; commit: none.
    auto s = stageDurations(f.list(), f.settings, DateWindow{d("2026-01-01"), d("2026-03-31")});
    REQUIRE(s.size() == 5);
    CHECK(s[0].moves == 7);
    CHECK(s[0].totalDays == 61);
    CHECK(s[0].avgDays->toFixed(2) == "8.71");
    CHECK(s[1].moves == 3);
    CHECK(*s[1].avgDays == Rational(37));
    CHECK(*s[2].avgDays == Rational(41));
    CHECK(*s[3].avgDays == Rational(9));
    CHECK(s[4].code == "commit");
    CHECK_FALSE(s[4].avgDays);
}

TEST_CASE("funnel: coverage of the rest of a period")
{
    test::FunnelFixture f;
    // As of 03-31 for 2026Q2 (04-01 … 06-30): open B 500 (05-15), C 200 (04-01), E 400 (06-30),
    // G 600 (04-30), H 150 (04-15) = 1850.00; I (created 04-02) is not open as of 03-31.
    // Target 5000.00 − actual 1000.00 = 4000.00 → 1850 / 4000 = 0.4625.
    auto c = funnelCoverage(f.list(), f.settings, d("2026-03-31"), d("2026-04-01"), d("2026-06-30"), m("5000.00"),
                            m("1000.00"));
    CHECK(c.restFirst == d("2026-04-01"));
    CHECK(c.openAmount == m("1850.00"));
    CHECK(*c.gap == m("4000.00"));
    CHECK(*c.ratio == Rational(37, 80));
    // As of 04-01: the as-of day is over, so C (expected 04-01) is out: 1650.00 / (5000 − 1700) = 0.5.
    auto c2 = funnelCoverage(f.list(), f.settings, d("2026-04-01"), d("2026-04-01"), d("2026-06-30"), m("5000.00"),
                             m("1700.00"));
    CHECK(c2.openAmount == m("1650.00"));
    CHECK(*c2.ratio == Rational(1, 2));
    // Gap 0, gap negative, no target: not applicable.
    CHECK_FALSE(funnelCoverage(f.list(), f.settings, d("2026-04-01"), d("2026-04-01"), d("2026-06-30"), m("5000.00"),
                               m("5000.00"))
                    .ratio);
    CHECK_FALSE(funnelCoverage(f.list(), f.settings, d("2026-04-01"), d("2026-04-01"), d("2026-06-30"), m("5000.00"),
                               m("6000.00"))
                    .ratio);
    CHECK_FALSE(
        funnelCoverage(f.list(), f.settings, d("2026-04-01"), d("2026-04-01"), d("2026-06-30"), std::nullopt, m("0"))
            .ratio);
}

TEST_CASE("funnel: an empty window gives not applicable everywhere, never a division by zero")
{
    test::FunnelFixture f;
    DateWindow w{d("2027-01-01"), d("2027-01-31")};
    auto c = funnelConversion(f.list(), f.settings, w);
    CHECK(c.cohort == 0);
    for (const auto& s : c.steps)
        CHECK_FALSE(s.rate);
    auto v = funnelVelocity(f.list(), f.settings, w);
    CHECK_FALSE(v.winRate);
    CHECK_FALSE(v.avgWonAmount);
    CHECK_FALSE(v.avgCycleDays);
    CHECK_FALSE(v.perDay);
    for (const auto& s : stageDurations(f.list(), f.settings, w))
        CHECK_FALSE(s.avgDays);
    // No opportunities at all.
    auto none = funnelSnapshot({}, f.settings, d("2026-03-31"));
    CHECK(none.weightedTotal == Money());
    CHECK_FALSE(funnelVelocity({}, f.settings, w).perDay);
}

TEST_CASE("funnel: workspace stages other than the default, and a stage code missing from them")
{
    WorkspaceSettings s;
    s.stages = {StageDef{"a", "A", Rational(20), std::nullopt, {}}, StageDef{"b", "B", Rational(60), std::nullopt, {}}};
    std::vector<Opportunity> rows{
        makeOpp("X", "100.00", "2026-01-01", {{"a", "2026-01-01"}, {"b", "2026-01-05"}, {"won", "2026-01-10"}}),
        makeOpp("Y", "100.00", "2026-01-01", {{"a", "2026-01-01"}, {"zz", "2026-01-03"}}),
        makeOpp("Z", "100.00", "2026-01-02", {{"b", "2026-01-02"}}),
    };
    OpportunityList l{&rows[0], &rows[1], &rows[2]};
    FunnelStages st(s);
    CHECK(st.position("won") == 3);
    CHECK(st.position("lead") == FunnelStages::kUnknown);
    // As of 01-31: a none, b Z (100 × 60 % = 60.00), X won, Y in the unknown stage "zz".
    auto snap = funnelSnapshot(l, s, d("2026-01-31"));
    REQUIRE(snap.stages.size() == 2);
    CHECK(snap.stages[0].count == 0);
    CHECK(snap.stages[1].weighted == m("60.00"));
    CHECK(snap.wonCount == 1);
    CHECK(snap.unknownStageCount == 1);
    // Cohort X (won, reaches 2), Y (a = 1; "zz" reaches nothing), Z (b = 2): reached 3, 2; won 1.
    auto c = funnelConversion(l, s, DateWindow{d("2026-01-01"), d("2026-01-31")});
    CHECK(c.reached == std::vector<std::int64_t>{3, 2});
    REQUIRE(c.steps.size() == 2);
    CHECK(*c.steps[0].rate == Rational(2, 3));
    CHECK(c.steps[1].from == "b");
    CHECK(*c.steps[1].rate == Rational(1, 2));
}

#include "domain/FunnelHealth.h"

#include "test_funnel_fixture.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::d;

namespace {

RepConversion rep(const char* id, const char* team, std::int64_t num, std::int64_t den)
{
    RepConversion r{id, team, {}};
    ConversionStep s{"lead", "qualify", num, den, std::nullopt};
    if (den != 0)
        s.rate = Rational(num) / Rational(den);
    r.conversion.steps.push_back(s);
    return r;
}

} // namespace

TEST_CASE("funnel health: a stage larger than the one before it")
{
    test::FunnelFixture f;
    // As of 03-31 every stage has 1 deal (no count flag); amounts lead 150, qualify 500, proposal 200,
    // negotiate 600, commit 400: qualify > lead and negotiate > proposal are flagged.
    auto flags = shapeFlags(funnelSnapshot(f.list(), f.settings, d("2026-03-31")));
    REQUIRE(flags.size() == 2);
    CHECK(flags[0].kind == "amount_above_previous");
    CHECK(flags[0].stage == "qualify");
    CHECK(flags[0].other == "lead");
    CHECK(flags[0].value == Rational(500));
    CHECK(flags[0].reference == Rational(150));
    CHECK(flags[1].stage == "negotiate");
    // As of 02-03: lead 1 / 400, qualify 1 / 250 (not larger), proposal 2 / 1200 (count 2 > 1 and
    // 1200 > 250: two flags), negotiate 1 / 500, commit 0 / 0 (not larger).
    auto early = shapeFlags(funnelSnapshot(f.list(), f.settings, d("2026-02-03")));
    REQUIRE(early.size() == 2);
    CHECK(early[0].kind == "count_above_previous");
    CHECK(early[0].stage == "proposal");
    CHECK(early[1].kind == "amount_above_previous");
    CHECK(early[1].stage == "proposal");
}

TEST_CASE("funnel health: conversion far below the team median")
{
    std::vector<RepConversion> reps{
        // T1: qualifying rates 0.5, 0.8, 0.6, 0.2 → median (0.5 + 0.6)/2 = 0.55, half 0.275: r4 flagged.
        rep("r1", "T1", 5, 10), rep("r2", "T1", 8, 10), rep("r3", "T1", 6, 10), rep("r4", "T1", 2, 10),
        // r5 has only 4 deals entering the step: neither compared nor part of the median.
        rep("r5", "T1", 0, 4),
        // T2: only two qualifying reps (< 3): no median, no flag.
        rep("r6", "T2", 0, 10), rep("r7", "T2", 10, 10),
        // T3: 0.2, 0.4, 0.6 → median 0.4, half 0.2: r8 at exactly 0.2 is not below it.
        rep("r8", "T3", 2, 10), rep("r9", "T3", 4, 10), rep("ra", "T3", 6, 10)};
    std::vector<std::string> all{"ra", "r9", "r8", "r7", "r6", "r5", "r4", "r3", "r2", "r1"};
    auto flags = conversionFlags(reps, all);
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].kind == "conversion_below_team_median");
    CHECK(flags[0].repId == "r4");
    CHECK(flags[0].teamId == "T1");
    CHECK(flags[0].stage == "lead");
    CHECK(flags[0].other == "qualify");
    CHECK(flags[0].value == Rational(1, 5));
    CHECK(flags[0].reference == Rational(11, 20));
    // Only the subjects asked for are checked.
    CHECK(conversionFlags(reps, {"r1", "r2"}).empty());
}

TEST_CASE("funnel health: median and per-owner conversion")
{
    CHECK_FALSE(median({}));
    CHECK(*median({Rational(3), Rational(1), Rational(2)}) == Rational(2));
    CHECK(*median({Rational(4), Rational(1), Rational(2), Rational(3)}) == Rational(5, 2));
    test::FunnelFixture f;
    f.rows[1].ownerRepId = "r2"; // B
    auto by = conversionByOwner(f.list(), f.settings, DateWindow{d("2026-01-01"), d("2026-03-31")});
    // r2: only B (cohort 1, reached negotiate): reached 1, 1, 1, 1, 0. r1: the other six of the cohort.
    REQUIRE(by.count("r2") == 1);
    CHECK(by["r2"].reached == std::vector<std::int64_t>{1, 1, 1, 1, 0});
    CHECK(by["r1"].cohort == 6);
}

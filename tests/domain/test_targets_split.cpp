// Pure building blocks of SPEC §3's decomposition, worked by hand (§2 split arithmetic in comments).
#include "domain/Decomposition.h"
#include "domain/Error.h"
#include "domain/Seasonality.h"

#include <catch2/catch.hpp>

using namespace sd;
using V = std::vector<std::int64_t>;

namespace {

Rational r(const char* text)
{
    return *Rational::parse(text);
}

} // namespace

TEST_CASE("targets: equal split with remainder cents")
{
    // 100.01 over 3: quotas 3333.67 cents each; floors 3333 ×3 = 9999, 2 cents left; equal remainders,
    // so the first two parts (stable order) get one each.
    std::vector<Rational> w(3, Rational(1));
    CHECK(splitTarget(10001, w, "test") == V{ 3334, 3334, 3333 });
    // 100.00 over 3: 3333.33 each, 1 cent left → first.
    CHECK(splitTarget(10000, w, "test") == V{ 3334, 3333, 3333 });
}

TEST_CASE("targets: user weights")
{
    // 1000.01 by 2, 1.5, 0.5 (Σ 4): quotas 50000.5, 37500.375, 12500.125 cents; floors sum 100000;
    // 1 cent left to the largest remainder (0.5, the first).
    std::vector<Rational> w{ Rational(2), r("1.5"), r("0.5") };
    CHECK(splitTarget(100001, w, "test") == V{ 50001, 37500, 12500 });
}

TEST_CASE("targets: history weights count negatives as 0 and fall back to equal")
{
    const std::int64_t actuals[] = { -500, 3000, 1000 };
    HistoryWeights hw = historyWeights(actuals);
    CHECK_FALSE(hw.fellBackToEqual);
    CHECK(hw.weights == std::vector<Rational>{ Rational(0), Rational(3000), Rational(1000) });
    // 100.00 by 0 : 3000 : 1000 → 0, 75.00, 25.00.
    CHECK(splitTarget(10000, hw.weights, "test") == V{ 0, 7500, 2500 });

    const std::int64_t none[] = { -5, 0 };
    HistoryWeights fb = historyWeights(none);
    CHECK(fb.fellBackToEqual);
    CHECK(fb.weights == std::vector<Rational>{ Rational(1), Rational(1) });
}

TEST_CASE("targets: tenure in whole months and capacity factors")
{
    const CapacitySettings cap;
    const Date start = Date::fromYmd(2026, 1, 1);
    // 2025-11-15 → 2026-01-01: (2026 − 2025)·12 + (1 − 11) = 2 months, and day 1 < 15 → 1 whole month.
    CHECK(tenureMonths(Date::fromYmd(2025, 11, 15), start) == 1);
    CHECK(tenureMonths(Date::fromYmd(2025, 10, 1), start) == 3);
    CHECK(tenureMonths(Date::fromYmd(2025, 7, 1), start) == 6);
    CHECK(tenureMonths(Date::fromYmd(2025, 1, 2), start) == 11);
    CHECK(tenureMonths(Date::fromYmd(2025, 1, 1), start) == 12);
    CHECK(tenureMonths(Date::fromYmd(2026, 2, 1), start) == -1); // hired after the period start

    CHECK(rampFactor(-1, cap) == r("0.25"));
    CHECK(rampFactor(2, cap) == r("0.25"));
    CHECK(rampFactor(3, cap) == r("0.5"));
    CHECK(rampFactor(5, cap) == r("0.5"));
    CHECK(rampFactor(6, cap) == r("0.75"));
    CHECK(rampFactor(11, cap) == r("0.75"));
    CHECK(rampFactor(12, cap) == Rational(1));

    Rep senior;
    senior.level = Level::Senior;
    senior.hireDate = Date::fromYmd(2025, 11, 15);
    CHECK(repCapacity(senior, start, cap) == r("0.325")); // 1.3 × 0.25
    Rep junior;
    junior.level = Level::Junior;
    junior.hireDate = Date::fromYmd(2025, 10, 1);
    CHECK(repCapacity(junior, start, cap) == r("0.3")); // 0.6 × 0.5
    Rep mid;
    mid.level = Level::Mid;
    mid.hireDate = Date::fromYmd(2018, 3, 9);
    CHECK(repCapacity(mid, start, cap) == Rational(1)); // 1.0 × 1
}

TEST_CASE("targets: over-assignment rounds once, half away from zero")
{
    CHECK(overAssigned(100000, r("1.10")) == 110000);
    CHECK(overAssigned(33333, r("1.1")) == 36666); // 36666.3
    CHECK(overAssigned(5, r("1.1")) == 6); // 5.5 → 6
    CHECK(overAssigned(100001, r("1.1")) == 110001); // 110001.1
    CHECK_THROWS_AS(overAssigned(100, Rational(0)), DomainError);
}

TEST_CASE("targets: a year into 12 months, a quarter into 3")
{
    // 1000.00 equal over 12: 8333.33 cents each; floors 99996, 4 cents to the first four months.
    CHECK(splitIntoMonths(100000, 12, {}, "test")
          == V{ 8334, 8334, 8334, 8334, 8333, 8333, 8333, 8333, 8333, 8333, 8333, 8333 });
    // 100.00 by 1, 2, 2 → 20.00, 40.00, 40.00.
    std::vector<Rational> q{ Rational(1), Rational(2), Rational(2) };
    CHECK(splitIntoMonths(10000, 3, q, "test") == V{ 2000, 4000, 4000 });
    // 100.01 over 3 equal weights → 33.34, 33.34, 33.33.
    std::vector<Rational> eq(3, Rational(1));
    CHECK(splitIntoMonths(10001, 3, eq, "test") == V{ 3334, 3334, 3333 });
}

TEST_CASE("targets: February 2028 (leap year) has 21 working days")
{
    // 2028-01-01 is a Saturday (2024-01-01 Monday; +2 for leap 2024, +1, +1, +1) → 2028-02-01 = Sat + 31 days
    // = Tuesday. 28 days = 4 full weeks = 20 working days, plus 29 Feb (a Tuesday) = 21.
    auto days = splitMonthIntoDays(Period::month(2028, 2), 210000);
    REQUIRE(days.size() == 21);
    CHECK(days.front().date == Date::fromYmd(2028, 2, 1));
    CHECK(days.back().date == Date::fromYmd(2028, 2, 29));
    for (const DayShare& d : days)
        CHECK(d.amount == 10000);
    // 1000.00 over 21: 4761.90 cents each; floors 99981; 19 cents to the first 19 days in date order,
    // so 28 Feb (Mon) and 29 Feb (Tue), the last two, keep 4761.
    auto uneven = splitMonthIntoDays(Period::month(2028, 2), 100000);
    CHECK(uneven[0].amount == 4762);
    CHECK(uneven[18].amount == 4762);
    CHECK(uneven[19].date == Date::fromYmd(2028, 2, 28));
    CHECK(uneven[19].amount == 4761);
    CHECK(uneven[20].amount == 4761);
}

TEST_CASE("targets: a week straddling two months takes from both")
{
    // 2028-W09: week 1 starts Monday 2028-01-03 (4 Jan is a Tuesday); + 8 weeks = Monday 28 Feb … Sunday 5 Mar.
    const Period w = *Period::parse("2028-W09");
    REQUIRE(w.firstDay({}) == Date::fromYmd(2028, 2, 28));
    // March 2028: 1 Mar is a Wednesday; working days 1–3, 6–10, 13–17, 20–24, 27–31 = 23.
    // Feb 1000.00 → 28 and 29 Feb get 47.61 each (above). March 2300.01 → 230001/23 = 10000.04: floors
    // 10000, the 1 cent left goes to 1 Mar. Week = 4761 + 4761 + 10001 + 10000 + 10000 = 39523.
    auto months = [](const Period& m) -> std::optional<std::int64_t> {
        if (m.label() == "2028-02")
            return 100000;
        if (m.label() == "2028-03")
            return 230001;
        return std::nullopt;
    };
    CHECK(weekTarget(w, months) == 39523);
    auto febOnly = [](const Period& m) -> std::optional<std::int64_t> {
        return m.label() == "2028-02" ? std::optional<std::int64_t>(100000) : std::nullopt;
    };
    CHECK(weekTarget(w, febOnly) == 9522);
    CHECK_FALSE(weekTarget(w, [](const Period&) -> std::optional<std::int64_t> { return std::nullopt; }));
}

TEST_CASE("targets: segments of a month")
{
    // 1000.01 by 0.7 / 0.3: 70000.7 and 30000.3; floors 100000; 1 cent to the larger remainder (existing).
    CHECK(splitSegments(100001, r("0.7")).existing == 70001);
    CHECK(splitSegments(100001, r("0.7")).fresh == 30000);
    // 0.05 by 0.7 / 0.3: 3.5 and 1.5: equal remainders, existing comes first → 4 / 1.
    CHECK(splitSegments(5, r("0.7")).existing == 4);
    CHECK(splitSegments(5, r("0.7")).fresh == 1);
    CHECK(splitSegments(100, Rational(0)).existing == 0);
    CHECK(splitSegments(100, Rational(1)).fresh == 0);
    CHECK(defaultExistingShare() == r("0.7"));
    // History shares: 300 of 1000 → 3/10; above 1 and below 0 are clamped; no (or negative) total → none.
    CHECK(historyExistingShare(300, 1000) == r("0.3"));
    CHECK(historyExistingShare(1200, 1000) == Rational(1));
    CHECK(historyExistingShare(-100, 1000) == Rational(0));
    CHECK_FALSE(historyExistingShare(0, 0));
    CHECK_FALSE(historyExistingShare(50, -10));
    CHECK(historyExistingShare(1, 3) == Rational(1, 3)); // an exact fraction, not 0.333333
}

TEST_CASE("targets: new_customers split in whole units")
{
    // 10 customers over 3: 3.33 each → 4, 3, 3.
    std::vector<Rational> w(3, Rational(1));
    CHECK(splitTarget(10, w, "test") == V{ 4, 3, 3 });
    // 4 by 0.7 / 0.3 = 2.8 / 1.2 → floors 2, 1; 1 left to existing (0.8) → 3 / 1.
    CHECK(splitSegments(4, r("0.7")).existing == 3);
    CHECK(splitSegments(4, r("0.7")).fresh == 1);
}

TEST_CASE("targets: pure split errors")
{
    std::vector<Rational> zero(2, Rational(0));
    CHECK_THROWS_WITH(splitTarget(100, zero, "the children of unit:C"), Catch::Contains("all weights are zero"));
    std::vector<Rational> one(2, Rational(1));
    CHECK_THROWS_WITH(splitTarget(-1, one, "x"), Catch::Contains("must not be negative"));
    std::vector<Rational> neg{ Rational(1), Rational(-1) };
    CHECK_THROWS_WITH(splitTarget(100, neg, "x"), Catch::Contains("must not be negative"));
    CHECK_THROWS_AS(splitTarget(100, {}, "x"), DomainError);
    std::vector<Rational> eleven(11, Rational(1));
    CHECK_THROWS_WITH(splitIntoMonths(100, 12, eleven, "x"), Catch::Contains("needs 12 weights"));
    std::vector<Rational> zeros(12, Rational(0));
    CHECK_THROWS_WITH(splitIntoMonths(100, 12, zeros, "x"), Catch::Contains("all seasonality weights are zero"));
    CHECK_THROWS_WITH(splitSegments(100, r("1.5")), Catch::Contains("between 0 and 1"));
    CHECK_THROWS_AS(splitMonthIntoDays(Period::year(2026), 100), DomainError);
}

// Core value types, worked by hand from SPEC §1 and §2.
#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/Period.h"
#include "domain/Split.h"

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("Money parses and formats SPEC §1's text form")
{
    CHECK(Money::parse("12.3")->cents() == 1230);
    CHECK(Money::parse("12")->cents() == 1200);
    CHECK(Money::parse("-0.05")->cents() == -5);
    CHECK(Money::parse("0.00")->cents() == 0);
    CHECK(Money::parse("92233720368547758.07")->cents() == INT64_MAX);
    CHECK_FALSE(Money::parse("92233720368547758.08")); // one cent past int64
    CHECK_FALSE(Money::parse("12.345"));               // three decimals is an error, not a rounding
    CHECK_FALSE(Money::parse("1,000.00"));
    CHECK_FALSE(Money::parse(""));
    CHECK_FALSE(Money::parse(".5"));
    CHECK_FALSE(Money::parse("5."));
    CHECK_FALSE(Money::parse("+5"));
    CHECK_FALSE(Money::parse(" 5"));
    CHECK_THROWS_AS(Money::parseOrThrow("1.234"), DomainError);
    CHECK(Money::fromCents(1230).toString() == "12.30");
    CHECK(Money::fromCents(-5).toString() == "-0.05");
    CHECK(Money::fromCents(0).toString() == "0.00");
    CHECK(Money::fromCents(-123456).toString() == "-1234.56");
}

TEST_CASE("Money arithmetic is overflow checked")
{
    CHECK_THROWS_AS(Money::fromCents(INT64_MAX) + Money::fromCents(1), DomainError);
    CHECK_THROWS_AS(Money::fromCents(INT64_MIN) - Money::fromCents(1), DomainError);
    CHECK((Money::fromCents(150) - Money::fromCents(200)).cents() == -50);
}

TEST_CASE("money × ratio is rounded once, half away from zero")
{
    // 0.05 × 1/2 = 0.025 → 0.03; −0.05 × 1/2 = −0.025 → −0.03
    CHECK(Money::fromCents(5).times(Rational(1, 2)).cents() == 3);
    CHECK(Money::fromCents(-5).times(Rational(1, 2)).cents() == -3);
    // 100.00 × 0.333333 = 33.3333 → 33.33
    CHECK(Money::fromCents(10000).times(*Rational::parse("0.333333")).cents() == 3333);
    // 0.01 × 0.49 = 0.0049 → 0.00
    CHECK(Money::fromCents(1).times(*Rational::parse("0.49")).cents() == 0);
}

TEST_CASE("Rational parses decimals exactly and rounds half away from zero")
{
    CHECK(*Rational::parse("0.03") == Rational(3, 100));
    CHECK(*Rational::parse("1e-05") == Rational(1, 100000));
    CHECK(*Rational::parse("1.5E2") == Rational(150));
    CHECK(*Rational::parse("-0.5") == Rational(-1, 2));
    CHECK_FALSE(Rational::parse("0.1234567", 6));
    CHECK(Rational::parse("0.123456", 6));
    CHECK_FALSE(Rational::parse("abc"));
    CHECK_FALSE(Rational::parse("1."));
    CHECK(Rational(2, 3).toFixed(4) == "0.6667");
    CHECK(Rational(-1, 8).toFixed(2) == "-0.13"); // −0.125 → −0.13
    CHECK(Rational(1, 8).toFixed(2) == "0.13");
    CHECK(Rational(-1, 3).toFixed(0) == "0");
    CHECK(Rational(5, 2).roundHalfAwayFromZero() == 3);
    CHECK(Rational(-5, 2).roundHalfAwayFromZero() == -3);
    CHECK(Rational(-7, 2).floor() == -4);
    CHECK(Rational(3, 100).toString() == "0.03");
    CHECK(Rational(3, 2) > Rational(7, 5));
    CHECK_THROWS_AS(Rational(1) / Rational(0), DomainError);
}

TEST_CASE("calendar periods with January fiscal start")
{
    FiscalCalendar cal{1};
    auto q3 = Period::parseOrThrow("2026Q3");
    CHECK(q3.firstDay(cal).toString() == "2026-07-01");
    CHECK(q3.lastDay(cal).toString() == "2026-09-30");
    CHECK(Period::parseOrThrow("2026").lastDay(cal).toString() == "2026-12-31");
    CHECK(Period::parseOrThrow("2026-02").lastDay(cal).toString() == "2026-02-28");
    CHECK(Period::parseOrThrow("2028-02").lastDay(cal).toString() == "2028-02-29");
    CHECK(Period::quarterOf(Date::parseOrThrow("2026-11-26"), cal).label() == "2026Q4");
    CHECK(q3.contains(Date::parseOrThrow("2026-09-30"), cal));
    CHECK_FALSE(q3.contains(Date::parseOrThrow("2026-10-01"), cal));
}

TEST_CASE("fiscal year starting in April: fiscal 2026 runs 2025-04-01 … 2026-03-31")
{
    FiscalCalendar cal{4};
    auto y = Period::parseOrThrow("2026");
    CHECK(y.firstDay(cal).toString() == "2025-04-01");
    CHECK(y.lastDay(cal).toString() == "2026-03-31");
    auto q1 = Period::parseOrThrow("2026Q1");
    CHECK(q1.firstDay(cal).toString() == "2025-04-01");
    CHECK(q1.lastDay(cal).toString() == "2025-06-30");
    auto q4 = Period::parseOrThrow("2026Q4");
    CHECK(q4.firstDay(cal).toString() == "2026-01-01");
    CHECK(q4.lastDay(cal).toString() == "2026-03-31");
    CHECK(Period::quarterOf(Date::parseOrThrow("2025-05-10"), cal).label() == "2026Q1");
    CHECK(Period::quarterOf(Date::parseOrThrow("2026-03-31"), cal).label() == "2026Q4");
    CHECK(Period::yearOf(Date::parseOrThrow("2025-03-31"), cal).label() == "2025");
    CHECK(Period::parseOrThrow("2025-04").fiscalYear(cal) == 2026);
    auto months = y.months(cal);
    REQUIRE(months.size() == 12);
    CHECK(months.front().label() == "2025-04");
    CHECK(months.back().label() == "2026-03");
    CHECK(q4.months(cal)[1].label() == "2026-02");
    CHECK(y.previousYear().firstDay(cal).toString() == "2024-04-01");
}

TEST_CASE("ISO weeks")
{
    FiscalCalendar cal{1};
    // 2026-01-01 is a Thursday, so week 1 starts Monday 2025-12-29 and 2026 has 53 weeks.
    CHECK(Period::parseOrThrow("2026-W01").firstDay(cal).toString() == "2025-12-29");
    CHECK(Period::parseOrThrow("2026-W47").firstDay(cal).toString() == "2026-11-16");
    CHECK(Period::parseOrThrow("2026-W47").lastDay(cal).toString() == "2026-11-22");
    CHECK(Period::parse("2026-W53"));
    CHECK_FALSE(Period::parse("2025-W53")); // 2025 starts on a Wednesday and is not leap: 52 weeks
    CHECK(Period::weekOf(Date::parseOrThrow("2026-11-26")).label() == "2026-W48");
    CHECK(Period::weekOf(Date::parseOrThrow("2027-01-01")).label() == "2026-W53");
    CHECK(Date::parseOrThrow("2026-11-26").isoWeekday() == 4);
}

TEST_CASE("unknown period labels are refused")
{
    for (const char* bad : {"2026-13", "2026-00", "2026Q5", "2026Q0", "26", "2026-W00", "2026-3", "2026q1", ""})
        CHECK_FALSE(Period::parse(bad));
    CHECK_THROWS_AS(Period::parseOrThrow("2026Q5"), DomainError);
}

TEST_CASE("working days")
{
    FiscalCalendar cal{1};
    // 2028-02: Feb 1 is a Tuesday, 29 days = 4 full weeks (20) + Tuesday the 29th = 21.
    CHECK(Period::parseOrThrow("2028-02").workingDays(cal) == 21);
    // 2026-11: Nov 1 is a Sunday; 30 days = 4 weeks (20) + Sun 29, Mon 30 → 21.
    CHECK(Period::parseOrThrow("2026-11").workingDays(cal) == 21);
    CHECK(workingDaysBetween(Date::parseOrThrow("2026-11-21"), Date::parseOrThrow("2026-11-22")) == 0);
    CHECK(workingDaysBetween(Date::parseOrThrow("2026-11-22"), Date::parseOrThrow("2026-11-21")) == 0);
}

TEST_CASE("exact split of SPEC §2")
{
    std::vector<Rational> two{Rational(1), Rational(1)};
    CHECK(exactSplit(5, two) == std::vector<std::int64_t>{3, 2});   // 0.05 → 0.03, 0.02
    CHECK(exactSplit(-5, two) == std::vector<std::int64_t>{-2, -3}); // −0.05 → −0.02, −0.03
    std::vector<Rational> three{Rational(1), Rational(1), Rational(1)};
    CHECK(exactSplit(100, three) == std::vector<std::int64_t>{34, 33, 33});
    CHECK(exactSplit(-100, three) == std::vector<std::int64_t>{-33, -33, -34});
    // Largest remainder wins over order: 10 by 1:2:7 → 1, 2, 7 exactly; 11 by 1:2:7 → 1.1, 2.2, 7.7 → 1, 2, 8.
    std::vector<Rational> w127{Rational(1), Rational(2), Rational(7)};
    CHECK(exactSplit(11, w127) == std::vector<std::int64_t>{1, 2, 8});
    // Mixed signs: 5 by 3 and −1 (Σ 2): quotas 7.5 and −2.5 → 7, −3 (sum 4), one left, tie → first: 8, −3.
    std::vector<Rational> mixed{Rational(3), Rational(-1)};
    CHECK(exactSplit(5, mixed) == std::vector<std::int64_t>{8, -3});
    // Decimal weights: 1.00 by 0.7/0.3 → 0.70, 0.30.
    std::vector<Rational> seg{Rational(7, 10), Rational(3, 10)};
    CHECK(exactSplit(100, seg) == std::vector<std::int64_t>{70, 30});
    std::vector<Rational> zero{Rational(0), Rational(0)};
    CHECK_THROWS_AS(exactSplit(100, zero), DomainError);
    std::vector<Rational> cancel{Rational(1), Rational(-1)};
    CHECK_THROWS_AS(exactSplit(100, cancel), DomainError);
}

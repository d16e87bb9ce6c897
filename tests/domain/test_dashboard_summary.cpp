// summarizeDashboard: the tiles' figures as plain values (names instead of pointers), built by hand here.

#include "domain/DashboardSummary.h"

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("the dashboard summary names what the figures point at and keeps every figure", "[daily][dashboard]")
{
    Opportunity opp;
    opp.id = "O1";
    opp.name = "Wuhan plant retrofit";
    opp.amount = Money::fromCents(12'345'600);
    Customer customer;
    customer.id = "C1";
    customer.name = "Hubei Steel";
    Rep ann;
    ann.id = "r1";
    ann.name = "Ann Li";
    Rep bo;
    bo.id = "r2";
    bo.name = "Bo Wang";

    DashboardFigures f;
    f.today = Date::parseOrThrow("2026-11-26");
    f.owner = OwnerRef{OwnerKind::Unit, "east"};
    TargetStatus month;
    month.target = 100'000;
    month.actual = 75'000;
    month.attainment = Rational(3, 4);
    f.revenue.month = month;
    f.funnel.openCount = 7;
    f.funnel.openAmount = Money::fromCents(500'00);
    f.funnel.weightedTotal = Money::fromCents(123'45);
    f.funnel.stages = {{"lead", 4, Money::fromCents(100), Money::fromCents(10)},
                       {"proposal", 3, Money::fromCents(200), Money::fromCents(100)}};
    f.winRate = Rational(2, 3);
    f.balanceCents = 9'000;
    f.overdueCents = 4'000;
    f.over90Cents = 1'000;
    f.creditFlags = 2;
    f.collectionRate.rate = std::nullopt; // nothing due: not applicable
    f.stalledCount = 1;
    f.stalledAmount = opp.amount;
    f.stalled = {{&opp, "proposal", 41}};
    f.keyDatesCount = 1;
    f.notContactedCount = 0;
    f.care = {{CareReminder::Kind::Founded, &customer, Date::parseOrThrow("2026-12-01"), 5}};
    f.contestMetric = "revenue";
    f.contestPeriod = "2026-11";
    f.leaderboard = {{"r2", Rational(500), 1, 100'00, {"Champion"}}, {"r9", Rational(400), 2, 0, {}}};

    WorkspaceSettings settings;
    settings.stallDays = 21;
    const DashboardSummary s = summarizeDashboard(f, {ann, bo}, settings);

    CHECK(s.today == Date::parseOrThrow("2026-11-26"));
    CHECK(s.owner == "unit:east");
    REQUIRE(s.revenue[0]);
    CHECK(s.revenue[0]->actualCents == 75'000);
    CHECK(s.revenue[0]->targetCents == 100'000);
    CHECK(s.revenue[0]->attainment == Rational(3, 4));
    CHECK_FALSE(s.revenue[1]);
    CHECK_FALSE(s.collections[2]);
    CHECK(s.openCount == 7);
    CHECK(s.openAmountCents == 500'00);
    CHECK(s.weightedCents == 123'45);
    CHECK(s.winRate == Rational(2, 3));
    REQUIRE(s.stages.size() == 2);
    CHECK(s.stages[1].code == "proposal");
    CHECK(s.stages[1].count == 3);
    CHECK(s.creditFlags == 2);
    CHECK_FALSE(s.collectionRate);
    CHECK(s.stallDays == 21);
    REQUIRE(s.stalled.size() == 1);
    CHECK(s.stalled[0].name == "Wuhan plant retrofit");
    CHECK(s.stalled[0].days == 41);
    CHECK(s.stalled[0].amountCents == 12'345'600);
    REQUIRE(s.care.size() == 1);
    CHECK(s.care[0].kind == CareReminder::Kind::Founded);
    CHECK(s.care[0].name == "Hubei Steel");
    CHECK(s.care[0].days == 5);
    REQUIRE(s.leaderboard.size() == 2);
    CHECK(s.leaderboard[0].repName == "Bo Wang");
    CHECK(s.leaderboard[0].prizeCents == 100'00);
    CHECK(s.leaderboard[0].titles == std::vector<std::string>{"Champion"});
    CHECK(s.leaderboard[1].repName == "r9"); // a rep no longer in the list keeps its id
    CHECK(s.leaderboard[1].rank == 2);
}

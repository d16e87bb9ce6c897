#include "test_funnel_fixture.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::d;

TEST_CASE("funnel: stage positions")
{
    WorkspaceSettings s;
    FunnelStages st(s);
    CHECK(st.position("lost") == 0);
    CHECK(st.position("lead") == 1);
    CHECK(st.position("commit") == 5);
    CHECK(st.position("won") == 6);
    CHECK(st.position("nope") == FunnelStages::kUnknown);
    CHECK(st.code(6) == "won");
    CHECK(st.code(0) == "lost");
}

TEST_CASE("funnel: state as of a date")
{
    test::FunnelFixture f;
    FunnelStages st(f.settings);
    const auto& rows = f.rows;
    // A before creation does not exist.
    CHECK_FALSE(stateAsOf(rows[0], st, d("2026-01-04")));
    // A on its creation day: lead.
    CHECK(stateAsOf(rows[0], st, d("2026-01-05"))->position == 1);
    // A between entries: proposal since 01-10.
    auto a = stateAsOf(rows[0], st, d("2026-02-19"));
    CHECK(a->stage == "proposal");
    CHECK(a->enteredOn == d("2026-01-10"));
    // C on 02-03: two entries that day, the later (proposal) is in force.
    CHECK(stateAsOf(rows[2], st, d("2026-02-03"))->stage == "proposal");
    // D on its creation day: lead then won the same day → won.
    CHECK(stateAsOf(rows[3], st, d("2026-02-15"))->position == 6);
    // H without history rows: lead since creation.
    CHECK(stateAsOf(rows[7], st, d("2026-03-31"))->stage == "lead");
    // E lost on 02-10, reopened 02-25.
    CHECK(stateAsOf(rows[4], st, d("2026-02-24"))->position == 0);
    CHECK(stateAsOf(rows[4], st, d("2026-02-25"))->position == 1);
}

TEST_CASE("funnel: highest reached and the terminal entry of a window")
{
    test::FunnelFixture f;
    FunnelStages st(f.settings);
    const auto& rows = f.rows;
    // B reached negotiate (4) before regressing to qualify.
    CHECK(highestPositionReached(rows[1], st, d("2026-03-31")) == 4);
    CHECK(highestPositionReached(rows[1], st, d("2026-01-31")) == 2);
    // G won (6) then reopened: still reached 6.
    CHECK(highestPositionReached(rows[6], st, d("2026-03-31")) == 6);
    // E: lost 02-10, reopened: the last terminal entry on or before 03-31 is that loss.
    auto e = terminalEntryFor(rows[4], d("2026-03-31"));
    REQUIRE(e);
    CHECK_FALSE(e->won);
    CHECK(e->date == d("2026-02-10"));
    // G: won 03-01 then reopened 03-15: the won entry stays the window's entry.
    auto g = terminalEntryFor(rows[6], d("2026-03-31"));
    REQUIRE(g);
    CHECK(g->won);
    CHECK_FALSE(terminalEntryFor(rows[6], d("2026-02-28")));
}

TEST_CASE("funnel: win rate")
{
    test::FunnelFixture f;
    auto l = f.list();
    // [2026-01-01, 2026-03-31]: won A (02-20), D (02-15), G (03-01); lost E (02-10), F (03-05) → 3/5.
    auto t = winLossTally(l, DateWindow{d("2026-01-01"), d("2026-03-31")});
    CHECK(t.won == 3);
    CHECK(t.lost == 2);
    CHECK(*t.winRate() == Rational(3, 5));
    CHECK(*winRate(l, d("2026-01-01"), d("2026-03-31")) == Rational(3, 5));
    // Average won amount (1000 + 300 + 600) / 3 = 633.333… → 633.33; cycle (46 + 0 + 24) / 3 = 70/3.
    CHECK(Money::fromExactCents(*t.avgWonAmountCents()) == Money::fromCents(63333));
    CHECK(*t.avgCycleDays() == Rational(70, 3));
    // [02-11, 02-28]: A and D won; E's loss (02-10) is before the window; G not yet won → 2/2.
    CHECK(*winRate(l, d("2026-02-11"), d("2026-02-28")) == Rational(1));
    // January: nothing won or lost → not applicable.
    CHECK_FALSE(winRate(l, d("2026-01-01"), d("2026-01-31")));
    auto empty = winLossTally(l, DateWindow{d("2026-01-01"), d("2026-01-31")});
    CHECK_FALSE(empty.avgWonAmountCents());
    CHECK_FALSE(empty.avgCycleDays());
    // No opportunities at all.
    CHECK_FALSE(winRate({}, d("2026-01-01"), d("2026-12-31")));
}

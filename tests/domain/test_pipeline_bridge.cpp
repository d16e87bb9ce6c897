// The pipeline bridge of the weekly review, worked by hand: week 2026-W11 (start = end of 03-08, end = end of
// 03-15), pipeline = open deals expected to close on or before 2026-03-31.

#include "domain/PipelineBridge.h"

#include "test_funnel_fixture.h"

#include <catch2/catch.hpp>

using namespace sd;
using sd::test::d;
using sd::test::makeOpp;

namespace {

OpportunityChange change(const char* id, ChangeField f, const char* oldValue, const char* newValue, const char* on)
{
    OpportunityChange c;
    c.opportunityId = id;
    c.field = f;
    c.oldValue = oldValue;
    c.newValue = newValue;
    c.changedOn = d(on);
    c.changedBy = "tester";
    return c;
}

Money m(const char* text)
{
    return Money::parseOrThrow(text);
}

} // namespace

TEST_CASE("pipeline bridge: every step worked by hand", "[funnel]")
{
    const WorkspaceSettings settings;
    std::vector<Opportunity> rows{
        makeOpp("P01", "100.00", "2026-03-01", {}, "2026-03-20"),                     // in at both ends, unchanged
        makeOpp("P02", "300.00", "2026-03-01", {{"qualify", "2026-03-01"}}, "2026-03-25"), // 200 → 300 on 03-10
        makeOpp("P03", "150.00", "2026-03-01", {}, "2026-03-31"),                     // 250 → 150 on 03-12
        makeOpp("P04", "400.00", "2026-03-01", {}, "2026-04-15"),                     // close 03-30 → 04-15 on 03-11
        makeOpp("P05", "500.00", "2026-03-01", {}, "2026-03-28"),                     // close 05-01 → 03-28 on 03-13
        makeOpp("P06", "600.00", "2026-03-01", {{"lead", "2026-03-01"}, {"won", "2026-03-12"}}, "2026-03-20"),
        makeOpp("P07", "700.00", "2026-03-01", {{"lead", "2026-03-01"}, {"lost", "2026-03-14"}}, "2026-03-31"),
        makeOpp("P08", "800.00", "2026-03-10", {}, "2026-03-31"),                     // created in the week
        makeOpp("P09", "1000.00", "2026-03-01", {}, "2026-03-31"),                    // 900 → 1000 on 03-20 (after)
        makeOpp("P10", "1100.00", "2026-03-01", {}, "2026-04-10"),                    // beyond the period
        makeOpp("P11", "1200.00", "2026-03-01", {}),                                  // no expected close date
        makeOpp("P12", "50.00", "2026-03-01", {}, "2026-03-31"),                      // 100 → 200 → 50 in the week
        makeOpp("P13", "80.00", "2026-03-01", {}, "2026-03-31"),                      // 70 → 80 on 03-02 (before)
        makeOpp("P14", "1400.00", "2026-03-10", {{"lead", "2026-03-10"}, {"won", "2026-03-11"}}, "2026-03-31"),
    };
    const std::vector<OpportunityChange> changes{
        change("P02", ChangeField::Amount, "20000", "30000", "2026-03-10"),
        change("P03", ChangeField::Amount, "25000", "15000", "2026-03-12"),
        change("P04", ChangeField::ExpectedClose, "2026-03-30", "2026-04-15", "2026-03-11"),
        change("P05", ChangeField::ExpectedClose, "2026-05-01", "2026-03-28", "2026-03-13"),
        change("P09", ChangeField::Amount, "90000", "100000", "2026-03-20"),
        change("P12", ChangeField::Amount, "10000", "20000", "2026-03-09"),
        change("P12", ChangeField::Amount, "20000", "5000", "2026-03-10"),
        change("P13", ChangeField::Amount, "7000", "8000", "2026-03-02"),
        change("P06", ChangeField::Stage, "lead", "won", "2026-03-12"), // stage changes do not touch amounts
    };
    OpportunityList opps;
    for (const Opportunity& o : rows)
        opps.push_back(&o);
    const PipelineBridge b = pipelineBridge(opps, changes, settings, d("2026-03-08"), d("2026-03-15"), d("2026-03-31"));

    // Start: P01 100 + P02 200 + P03 250 + P04 400 + P06 600 + P07 700 + P09 900 + P12 100 + P13 80 = 3330.00.
    CHECK(b.startCount == 9);
    CHECK(b.startAmount == m("3330.00"));
    // End: P01 100 + P02 300 + P03 150 + P05 500 + P08 800 + P09 900 + P12 50 + P13 80 = 2880.00.
    CHECK(b.endCount == 8);
    CHECK(b.endAmount == m("2880.00"));
    CHECK(b.step(BridgeKind::New).amount == m("800.00"));
    CHECK(b.step(BridgeKind::PulledIn).amount == m("500.00"));
    CHECK(b.step(BridgeKind::Increased).amount == m("100.00"));
    // P03 −100 and P12 −50.
    CHECK(b.step(BridgeKind::Decreased).count == 2);
    CHECK(b.step(BridgeKind::Decreased).amount == m("150.00"));
    CHECK(b.step(BridgeKind::PushedOut).amount == m("400.00"));
    CHECK(b.step(BridgeKind::Won).amount == m("600.00"));
    CHECK(b.step(BridgeKind::Lost).amount == m("700.00"));
    // 3330 + 800 + 500 + 100 − 150 − 400 − 600 − 700 = 2880.
    CHECK(b.computedEnd() == b.endAmount);
    // One line per deal that moved, ascending id; P14 (created and won in the week) never was in the pipeline.
    REQUIRE(b.lines.size() == 8);
    CHECK(b.lines.front().opportunity->id == "P02");
    CHECK(b.lines.back().opportunity->id == "P12");
    CHECK(b.lines.back().amountStart == m("100.00"));
    CHECK(b.lines.back().amountEnd == m("50.00"));
}

TEST_CASE("pipeline bridge: values as of a date from the change history", "[funnel]")
{
    const Opportunity o = makeOpp("X", "50.00", "2026-03-01", {}, "2026-04-30");
    const std::vector<OpportunityChange> all{
        change("X", ChangeField::Amount, "10000", "20000", "2026-03-09"),
        change("X", ChangeField::ExpectedClose, "", "2026-03-31", "2026-03-09"),
        change("X", ChangeField::Amount, "20000", "5000", "2026-03-10"),
        change("X", ChangeField::ExpectedClose, "2026-03-31", "2026-04-30", "2026-03-12"),
    };
    std::vector<const OpportunityChange*> ch;
    for (const auto& c : all)
        ch.push_back(&c);
    CHECK(amountAsOf(o, ch, d("2026-03-08")) == m("100.00"));
    CHECK(amountAsOf(o, ch, d("2026-03-09")) == m("200.00"));
    CHECK(amountAsOf(o, ch, d("2026-03-10")) == m("50.00"));
    CHECK_FALSE(expectedCloseAsOf(o, ch, d("2026-03-08")).has_value()); // no date before 03-09
    CHECK(expectedCloseAsOf(o, ch, d("2026-03-11")) == d("2026-03-31"));
    CHECK(expectedCloseAsOf(o, ch, d("2026-03-12")) == d("2026-04-30"));
}

TEST_CASE("pipeline bridge: an empty week and an empty list balance at zero", "[funnel]")
{
    const WorkspaceSettings settings;
    const PipelineBridge b = pipelineBridge({}, {}, settings, d("2026-03-08"), d("2026-03-15"), d("2026-03-31"));
    CHECK(b.startAmount.isZero());
    CHECK(b.endAmount.isZero());
    CHECK(b.computedEnd().isZero());
    CHECK(b.lines.empty());
}

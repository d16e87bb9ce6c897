// The target lifecycle rules (SPEC §3: draft → approved, revision with reason, 目标三定, reconciliation), worked by hand.

#include "domain/Seasonality.h"
#include "domain/TargetLifecycle.h"
#include "domain/WeekTargets.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace sd;

namespace {

TargetKey key() { return TargetKey{OwnerRef{OwnerKind::Unit, "EAST"}, Metric::Revenue, "2026", Segment::All}; }

TargetPlan draft(std::int64_t amount)
{
    return TargetPlan{key(), amount, TargetState::Draft, std::string("m1"), std::string("revenue"), std::nullopt, 0};
}

} // namespace

TEST_CASE("a draft is edited freely, never to a negative figure", "[targets][lifecycle]")
{
    const TargetPlan p = draft(100000);
    CHECK_FALSE(checkEdit(p, 120000).has_value());
    CHECK(applyEdit(p, 120000).amount == 120000);
    CHECK(applyEdit(p, 0).amount == 0);
    CHECK(checkEdit(p, -1) == LifecycleIssue::NegativeAmount);
    CHECK_THROWS_AS(applyEdit(p, -1), LifecycleError);
}

TEST_CASE("approving locks the target and keeps version 1", "[targets][lifecycle]")
{
    const LifecycleStep s = applyApprove(draft(100000), "lead", "2026-01-05T09:00:00Z");
    CHECK(s.plan.state == TargetState::Approved);
    CHECK(s.plan.version == 1);
    CHECK(s.version.version == 1);
    CHECK(s.version.amount == 100000);
    CHECK(s.version.reason.empty());
    CHECK(s.version.by == "lead");
    CHECK(s.version.at == "2026-01-05T09:00:00Z");

    // Editing the approved figure without a revision is refused, with a message naming the target.
    CHECK(checkEdit(s.plan, 90000) == LifecycleIssue::ApprovedLocked);
    try {
        applyEdit(s.plan, 90000);
        FAIL("an approved target was edited");
    } catch (const LifecycleError& e) {
        CHECK(e.issue() == LifecycleIssue::ApprovedLocked);
        CHECK(std::string(e.what())
              == "the target unit:EAST revenue 2026 all is approved and locked: change it with a revision and a reason");
    }
    CHECK(checkApprove(s.plan) == LifecycleIssue::AlreadyApproved);
}

TEST_CASE("approval needs the figure, a responsible person and a KPI item (目标三定)", "[targets][lifecycle]")
{
    TargetPlan p = draft(100000);
    p.responsibleRepId.reset();
    CHECK(checkApprove(p) == LifecycleIssue::NoResponsible);
    p.responsibleRepId = "m1";
    p.kpiCode = std::string();
    CHECK(checkApprove(p) == LifecycleIssue::NoKpi);
    p.kpiCode = "revenue";
    p.amount.reset();
    CHECK(checkApprove(p) == LifecycleIssue::NoAmount);
    p.amount = 0; // a zero target is a figure
    CHECK_FALSE(checkApprove(p).has_value());
}

TEST_CASE("a revision needs a reason and makes the next version", "[targets][lifecycle]")
{
    const TargetPlan approved = applyApprove(draft(100000), "lead", "t1").plan;
    CHECK(checkRevise(approved, 110000, "") == LifecycleIssue::EmptyReason);
    CHECK(checkRevise(approved, 110000, "  \t ") == LifecycleIssue::EmptyReason);
    CHECK(checkRevise(approved, 100000, "same") == LifecycleIssue::Unchanged);
    CHECK(checkRevise(approved, -5, "cut") == LifecycleIssue::NegativeAmount);
    CHECK(checkRevise(draft(1), 2, "why") == LifecycleIssue::NotApproved);

    const LifecycleStep r = applyRevise(approved, 110000, "  new key account won  ", "lead", "t2");
    CHECK(r.plan.state == TargetState::Approved); // a revision stays locked
    CHECK(r.plan.amount == 110000);
    CHECK(r.plan.version == 2);
    CHECK(r.version.version == 2);
    CHECK(r.version.amount == 110000);
    CHECK(r.version.reason == "new key account won"); // stored trimmed
    const LifecycleStep r3 = applyRevise(r.plan, 105000, "market cooled", "lead", "t3");
    CHECK(r3.plan.version == 3);
}

TEST_CASE("top-down against bottom-up: the sum of the children's submissions and the gap", "[targets][lifecycle]")
{
    // Top-down 1,000.00; children submitted 300.00, 450.50 and nothing: bottom-up 750.50, gap 1,000.00 − 750.50 = 249.50.
    const std::vector<std::optional<std::int64_t>> subs{30000, 45050, std::nullopt};
    const TargetReconciliation r = reconcile(100000, subs);
    CHECK(r.bottomUp == 75050);
    CHECK(r.gap == 24950);
    CHECK(r.missing == 1);
    // Committed more than asked: 600 + 500 = 1,100 against 1,000 → gap −100.
    const std::vector<std::optional<std::int64_t>> more{60000, 50000};
    CHECK(reconcile(100000, more).gap == -10000);
    // Nothing submitted: no bottom-up figure, no gap; no top-down: a bottom-up figure but no gap.
    const std::vector<std::optional<std::int64_t>> none{std::nullopt, std::nullopt};
    CHECK_FALSE(reconcile(100000, none).bottomUp.has_value());
    CHECK_FALSE(reconcile(100000, none).gap.has_value());
    CHECK(reconcile(std::nullopt, subs).bottomUp == 75050);
    CHECK_FALSE(reconcile(std::nullopt, subs).gap.has_value());
}

TEST_CASE("children over- and under-allocated against the parent", "[targets][lifecycle]")
{
    const std::vector<std::int64_t> exact{33334, 33333, 33333}; // 1,000.00 split by SPEC §2
    CHECK(allocationOf(100000, exact).status == AllocationStatus::Balanced);
    // Over-assignment 1.10: children sum to 1,100.00 → 100.00 over.
    const std::vector<std::int64_t> over{36667, 36667, 36666};
    const Allocation a = allocationOf(100000, over);
    CHECK(a.childrenSum == 110000);
    CHECK(a.difference == 10000);
    CHECK(a.status == AllocationStatus::Over);
    const std::vector<std::int64_t> under{50000, 49999};
    CHECK(allocationOf(100000, under).difference == -1);
    CHECK(allocationOf(100000, under).status == AllocationStatus::Under);
}

TEST_CASE("default responsible person and KPI item", "[targets][lifecycle]")
{
    const Date d0 = Date::fromYmd(2020, 1, 1);
    const std::vector<OrgUnit> units{{"C", std::nullopt, "Co", OrgKind::Company},
                                     {"R", std::string("C"), "East", OrgKind::Region},
                                     {"T", std::string("R"), "Team", OrgKind::Team}};
    const std::vector<Rep> reps{{"s2", "Sen", "C", Role::SeniorManager, Level::Senior, d0, {}, true, {}},
                                {"m2", "Reg", "C", Role::RegionalManager, Level::Senior, d0, {}, true, {}},
                                {"s1", "Sen R", "R", Role::SeniorManager, Level::Senior, d0, {}, true, {}},
                                {"m9", "Reg R", "R", Role::RegionalManager, Level::Senior, d0, {}, true, {}},
                                {"m1", "Reg R gone", "R", Role::RegionalManager, Level::Senior, d0, {}, true,
                                 Date::fromYmd(2025, 6, 30)},
                                {"r1", "Rep", "T", Role::Rep, Level::Junior, d0, {}, true, {}}};
    const Date first = Date::fromYmd(2026, 1, 1), last = Date::fromYmd(2026, 12, 31);
    // The company: a senior manager first (s2 before the regional manager m2).
    CHECK(defaultResponsible({OwnerKind::Unit, "C"}, units, reps, first, last) == "s2");
    // The region: its regional manager active in 2026 (m1 left in 2025), before its senior manager s1.
    CHECK(defaultResponsible({OwnerKind::Unit, "R"}, units, reps, first, last) == "m9");
    // A team without a manager: the nearest ancestor's (the region's m9); a rep answers for itself.
    CHECK(defaultResponsible({OwnerKind::Unit, "T"}, units, reps, first, last) == "m9");
    CHECK(defaultResponsible({OwnerKind::Rep, "r1"}, units, reps, first, last) == "r1");
    CHECK_FALSE(defaultResponsible({OwnerKind::Unit, "X"}, units, reps, first, last).has_value());
    CHECK(defaultKpiCode(Metric::NewCustomers) == "new_customers");
}

TEST_CASE("week targets of a whole year at once equal weekTarget week by week", "[targets][weeks]")
{
    // Fiscal 2026 starting in April: months 2025-04 … 2026-03 with uneven amounts, one month without a target.
    const FiscalCalendar cal{4};
    const std::vector<Period> months = Period::year(2026).months(cal);
    std::vector<std::optional<std::int64_t>> amounts;
    for (std::size_t i = 0; i < months.size(); ++i)
        amounts.push_back(i == 5 ? std::nullopt : std::optional<std::int64_t>(100001 + 7919 * static_cast<std::int64_t>(i)));
    std::vector<Period> weeks;
    for (Date d = Date::fromYmd(2025, 3, 24); d <= Date::fromYmd(2026, 4, 6); d = d.addDays(7))
        weeks.push_back(Period::weekOf(d));
    const auto all = weekTargets(weeks, months, amounts);
    REQUIRE(all.size() == weeks.size());
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        const auto one = weekTarget(weeks[w], [&](const Period& m) -> std::optional<std::int64_t> {
            for (std::size_t i = 0; i < months.size(); ++i)
                if (months[i] == m)
                    return amounts[i];
            return std::nullopt;
        });
        INFO(weeks[w].label());
        CHECK(all[w] == one);
    }
    // 2025-W14 (Mar 31 – Apr 6, 2025) straddles March (no target here) and April: only April's days count, and the week
    // before it touches no month with a target.
    CHECK_FALSE(all[0].has_value());
    CHECK(all[1].has_value());
}

// The incentive statement lifecycle (docs/incentives.md, "Statement lifecycle"), worked by hand on small snapshots.

#include "domain/Error.h"
#include "domain/StatementLifecycle.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

// r1's October statement: commission 1,500.00, bonus 0.00, clawback −1,200.00 → total 300.00.
StatementSnapshot october(std::int64_t commission = 150000)
{
    StatementSnapshot s;
    s.repId = "r1";
    s.period = "2026-10";
    s.planCode = "rep_monthly";
    s.components
        = {{"commission", "revenue", commission, ""}, {"bonus", "revenue", 0, ""}, {"clawback", "", -120000, ""}};
    s.totalCents = commission + 0 - 120000;
    s.calculatedAt = "2026-11-02T09:00:00Z";
    return s;
}

} // namespace

TEST_CASE("a statement is calculated, reviewed, then approved", "[incentives]")
{
    const StatementSnapshot calc = october();
    CHECK(calc.state == StatementState::Calculated);
    CHECK(calc.totalCents == 30000); // 1,500.00 − 1,200.00

    // Approving straight from calculated is refused: it must be reviewed first.
    CHECK_THROWS_AS(approveStatement(calc, "boss", "t"), DomainError);
    const StatementSnapshot reviewed = reviewStatement(calc, "lead", "2026-11-03T10:00:00Z");
    CHECK(reviewed.state == StatementState::Reviewed);
    CHECK(reviewed.reviewedBy == "lead");
    CHECK_THROWS_AS(reviewStatement(reviewed, "lead", "t"), DomainError);

    const StatementSnapshot approved = approveStatement(reviewed, "boss", "2026-11-04T10:00:00Z");
    CHECK(approved.state == StatementState::Approved);
    CHECK(approved.approvedAt == "2026-11-04T10:00:00Z");
    CHECK(sameFigures(approved, calc));
    CHECK_THROWS_AS(approveStatement(approved, "boss", "t"), DomainError);
}

TEST_CASE("a statement with an errored component can be reviewed but not approved", "[incentives]")
{
    StatementSnapshot s = october();
    s.components[0] = {"commission", "revenue", std::nullopt, "no revenue target for 2026-10"};
    s.totalCents = -120000; // the error is left out of the total
    CHECK(s.hasError());
    const StatementSnapshot reviewed = reviewStatement(s, "lead", "t");
    try {
        approveStatement(reviewed, "boss", "t");
        FAIL("approved a statement in error");
    } catch (const DomainError& e) {
        const std::string msg = e.what();
        CHECK(msg.find("r1") != std::string::npos);
        CHECK(msg.find("no revenue target for 2026-10") != std::string::npos);
    }
}

TEST_CASE("recalculation: new, unchanged, updated, review reset, approved differs", "[incentives]")
{
    const StatementSnapshot calc = october();

    // Nothing stored: store it, calculated.
    StatementReconciliation r = reconcile(std::nullopt, calc);
    CHECK(r.outcome == StatementReconciliation::Outcome::New);
    CHECK(r.writes());

    // Same figures: keep what is stored, state and dates included.
    const StatementSnapshot reviewed = reviewStatement(calc, "lead", "t1");
    StatementSnapshot again = october();
    again.calculatedAt = "2026-11-05T08:00:00Z";
    r = reconcile(reviewed, again);
    CHECK(r.outcome == StatementReconciliation::Outcome::Unchanged);
    CHECK_FALSE(r.writes());
    CHECK(r.keep.state == StatementState::Reviewed);
    CHECK(r.keep.calculatedAt == "2026-11-02T09:00:00Z");

    // A late order raises the commission to 1,650.00 (total 450.00).
    const StatementSnapshot later = october(165000);
    CHECK(later.totalCents == 45000);

    r = reconcile(calc, later);
    CHECK(r.outcome == StatementReconciliation::Outcome::Updated);
    CHECK(r.keep.totalCents == 45000);

    // A reviewed statement whose figures change goes back to calculated: the review was of other figures.
    r = reconcile(reviewed, later);
    CHECK(r.outcome == StatementReconciliation::Outcome::ReviewReset);
    CHECK(r.writes());
    CHECK(r.keep.state == StatementState::Calculated);
    CHECK(r.keep.reviewedBy.empty());
    CHECK(r.keep.totalCents == 45000);

    // An approved statement is locked: the stored figures stay, the difference is shown.
    const StatementSnapshot approved = approveStatement(reviewed, "boss", "t2");
    r = reconcile(approved, later);
    CHECK(r.outcome == StatementReconciliation::Outcome::Differs);
    CHECK_FALSE(r.writes());
    CHECK(r.keep.state == StatementState::Approved);
    CHECK(r.keep.totalCents == 30000);
    CHECK(r.storedTotalCents == 30000);
    CHECK(r.calculatedTotalCents == 45000);
    REQUIRE(r.differences.size() == 1); // only the commission changed
    CHECK(r.differences[0].type == "commission");
    CHECK(*r.differences[0].oldCents == 150000);
    CHECK(*r.differences[0].newCents == 165000);

    // Reopening takes the new figures, back to calculated, to be reviewed and approved again.
    const StatementSnapshot reopened = reopenStatement(approved, later);
    CHECK(reopened.state == StatementState::Calculated);
    CHECK(reopened.totalCents == 45000);
    CHECK(reopened.approvedBy.empty());
    CHECK_THROWS_AS(reopenStatement(reopened, later), DomainError);
}

TEST_CASE("differences match components by type, metric and occurrence", "[incentives]")
{
    StatementSnapshot before = october();
    StatementSnapshot after = october();
    // A back-dated plan version: the bonus becomes an error (no target on its new metric), a contest is added, and
    // the plan code changes.
    after.planCode = "rep_monthly_v2";
    after.components[1] = {"bonus", "revenue", std::nullopt, "no revenue target for 2026-10"};
    after.components.push_back({"contest", "revenue", 100000, ""});
    after.totalCents = 150000 - 120000 + 100000; // 1,300.00
    CHECK_FALSE(sameFigures(before, after));

    auto diff = compareSnapshots(before, after);
    REQUIRE(diff.size() == 2);
    CHECK(diff[0].type == "bonus");
    CHECK(*diff[0].oldCents == 0);
    CHECK_FALSE(diff[0].newCents);
    CHECK(diff[0].newError == "no revenue target for 2026-10");
    CHECK(diff[1].type == "contest");
    CHECK_FALSE(diff[1].inOld);
    CHECK(*diff[1].newCents == 100000);

    // A component that disappears is listed with an empty new side, after the others.
    diff = compareSnapshots(after, before);
    REQUIRE(diff.size() == 2);
    CHECK(diff[1].type == "contest");
    CHECK(diff[1].inOld);
    CHECK_FALSE(diff[1].inNew);

    // Only a plan code change still counts as different figures (the statement was paid by another plan).
    StatementSnapshot renamed = october();
    renamed.planCode = "rep_monthly_v2";
    CHECK_FALSE(sameFigures(october(), renamed));
    CHECK(compareSnapshots(october(), renamed).empty());
}

TEST_CASE("statement states round-trip through their codes", "[incentives]")
{
    for (StatementState s : {StatementState::Calculated, StatementState::Reviewed, StatementState::Approved})
        CHECK(statementStateFromCode(toCode(s)) == s);
    CHECK_FALSE(statementStateFromCode("paid"));
}

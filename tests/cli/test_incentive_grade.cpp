// Grade bonus from the appraisal cycle's records (SPEC §7: "from the quarter's signed-off appraisal … before sign-off
// it is computed from the current grade and marked provisional"), through io::IncentiveRun as salesctl and the app
// use it. Worked by hand: base 3,000.00, default coefficients S 1.5, A 1.2, B 1.0, C 0.5, D 0.

#include "io/IncentiveRun.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(const char* text) { return Date::parseOrThrow(text); }

const ComponentResult& gradeBonus(const IncentiveStatement& st)
{
    for (const ComponentResult& c : st.components)
        if (c.kind == ComponentKind::GradeBonus)
            return c;
    FAIL("no grade bonus on " << st.repId);
    static const ComponentResult none;
    return none;
}

AppraisalRecord record(const char* rep, AppraisalState state, std::optional<std::string> calibrated)
{
    AppraisalRecord r;
    r.repId = rep;
    r.period = "2026Q3";
    r.state = state;
    r.calibratedGrade = std::move(calibrated);
    if (r.calibratedGrade)
        r.calibrationReason = "calibration meeting";
    if (state == AppraisalState::SignedOff) {
        r.signedOffAt = "2026-10-05T09:00:00Z";
        r.signedOffBy = "director";
    }
    return r;
}

} // namespace

TEST_CASE("Grade bonus: the signed-off appraisal's calibrated grade; before sign-off provisional", "[incentives]")
{
    auto ds = std::make_shared<Dataset>();
    ds->orgUnits = {{"co", std::nullopt, "Co", OrgKind::Company}, {"t1", std::string("co"), "Team", OrgKind::Team}};
    for (const char* id : {"r1", "r2", "r3", "r4"})
        ds->reps.push_back({id, std::string("Rep ") + id, "t1", Role::Rep, Level::Mid, d("2020-01-01"), std::nullopt,
                            true, std::nullopt});
    WorkspaceSettings settings;
    PlanComponent g;
    g.type = PlanComponent::Type::GradeBonus;
    g.gradeBase = Money::parseOrThrow("3000.00");
    IncentivePlan plan;
    plan.code = "rep_quarterly";
    plan.period = PeriodKind::Quarter;
    plan.components = {g};
    settings.incentivePlans = {plan};
    // No KPI template: no rep has a scored grade, so every grade below comes from the stored records.

    io::IncentiveRun run(ds, settings);
    run.setAppraisalRecords({record("r1", AppraisalState::SignedOff, "A"),
                             record("r2", AppraisalState::Calibration, "C"),
                             record("r3", AppraisalState::SignedOff, std::nullopt)});
    const Period q3 = Period::parseOrThrow("2026Q3");
    const auto statements = run.statements(q3);
    REQUIRE(statements.size() == 4);

    // r1: signed off, calibrated to A: 3,000.00 × 1.2 = 3,600.00, final.
    const ComponentResult& g1 = gradeBonus(statements[0]);
    CHECK(g1.grade == "A");
    CHECK(*g1.amountCents == 360000);
    CHECK_FALSE(g1.provisional);
    // r2: calibrated to C but not signed off: 3,000.00 × 0.5 = 1,500.00, provisional.
    const ComponentResult& g2 = gradeBonus(statements[1]);
    CHECK(g2.grade == "C");
    CHECK(*g2.amountCents == 150000);
    CHECK(g2.provisional);
    // r3: signed off without calibration and without a scored grade; r4: no record, no score → an error, not 0.00.
    CHECK(gradeBonus(statements[2]).isError());
    CHECK(gradeBonus(statements[3]).isError());
    CHECK(statements[3].totalCents == 0);

    // A quarter other than the records' has no grade (the record of 2026Q3 does not pay 2026Q4).
    CHECK(gradeBonus(run.statements(Period::parseOrThrow("2026Q4"))[0]).isError());
}

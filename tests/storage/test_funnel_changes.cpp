// The funnel's change history (schema 3) on a real SQLite file: edits applied and recorded in one transaction,
// refused edits leave nothing, the last change taken back, forecast categories and submissions.

#include "StorageTestSupport.h"

#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

OpportunityEdit edit(const char* id, ChangeField f, const char* value, const char* on)
{
    OpportunityEdit e;
    e.opportunityId = id;
    e.field = f;
    e.newValue = value;
    e.effectiveOn = d(on);
    e.changedBy = "王经理";
    return e;
}

} // namespace

TEST_CASE("funnel change history: apply, refuse, take back", "[funnel]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlFunnelChangeRepository repo(ws);
    SqlOpportunityRepository opps(ws);

    // o2: lead since 2026-02-10, amount -10.00, no expected close date, no history rows.
    const OpportunityChange amount = repo.apply(edit("o2", ChangeField::Amount, "5000", "2026-03-01"));
    CHECK(amount.oldValue == "-1000");
    CHECK(amount.newValue == "5000");
    CHECK(opps.byId("o2")->amount == m("50.00"));
    repo.apply(edit("o2", ChangeField::ExpectedClose, "2026-06-30", "2026-03-01"));
    CHECK(opps.byId("o2")->expectedCloseOn == d("2026-06-30"));
    auto move = edit("o2", ChangeField::Stage, "proposal", "2026-03-02");
    move.criteriaSkipped = true;
    move.note = "线索/初步接触: 预算已确认";
    repo.apply(move);
    auto o2 = opps.byId("o2");
    CHECK(o2->stage == "proposal");
    // The implicit first entry was written with the move.
    REQUIRE(o2->history.size() == 2);
    CHECK(o2->history[0].stage == "lead");
    CHECK(o2->history[0].enteredOn == d("2026-02-10"));
    CHECK(o2->history[1].enteredOn == d("2026-03-02"));
    repo.apply(edit("o2", ChangeField::ForecastCategory, "best_case", "2026-03-02"));
    CHECK(repo.forecastCategories().at("o2") == ForecastCategory::BestCase);

    const auto changes = repo.changesOf("o2");
    REQUIRE(changes.size() == 4);
    CHECK(changes[2].field == ChangeField::Stage);
    CHECK(changes[2].oldValue == "lead");
    CHECK(changes[2].criteriaSkipped);
    CHECK(changes[2].note == "线索/初步接触: 预算已确认");
    CHECK(changes[2].changedBy == "王经理");
    CHECK_FALSE(changes[2].recordedAt.empty());

    // Refused: the same value, a stage move before the last entry, an amount change before the last one.
    CHECK_THROWS_AS(repo.apply(edit("o2", ChangeField::Amount, "5000", "2026-03-05")), StorageError);
    CHECK_THROWS_AS(repo.apply(edit("o2", ChangeField::Stage, "negotiate", "2026-03-01")), StorageError);
    CHECK_THROWS_AS(repo.apply(edit("o2", ChangeField::Amount, "7000", "2026-02-28")), StorageError);
    CHECK_THROWS_AS(repo.apply(edit("nope", ChangeField::Amount, "7000", "2026-02-28")), StorageError);
    CHECK(repo.changesOf("o2").size() == 4);

    // Taken back, last first: category (back to no row), stage (both history rows), close date, amount.
    repo.revertLast("o2");
    CHECK(repo.forecastCategories().count("o2") == 0);
    repo.revertLast("o2");
    o2 = opps.byId("o2");
    CHECK(o2->stage == "lead");
    CHECK(o2->history.empty());
    repo.revertLast("o2");
    CHECK_FALSE(opps.byId("o2")->expectedCloseOn.has_value());
    repo.revertLast("o2");
    CHECK(opps.byId("o2")->amount == m("-10.00"));
    CHECK(repo.changes().empty());
    CHECK_THROWS_AS(repo.revertLast("o2"), StorageError);
}

TEST_CASE("forecast submissions keep who and when, and the manager's adjustment", "[funnel]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlFunnelChangeRepository repo(ws);
    ForecastSubmission s;
    s.repId = "r2";
    s.period = "2026Q2";
    s.amount = m("80000.00");
    s.submittedBy = "李雷";
    s.submittedAt = "2026-03-30T09:00:00Z";
    repo.submitForecast(s);
    CHECK_THROWS_AS(repo.adjustForecast("r3", "2026Q2", m("1.00"), "x", ""), StorageError);
    repo.adjustForecast("r2", "2026Q2", m("70000.00"), "韩梅梅", "2026-03-31T10:00:00Z");
    const auto list = repo.submissions("2026Q2");
    REQUIRE(list.size() == 1);
    CHECK(list[0].amount == m("80000.00"));
    CHECK(list[0].submittedBy == "李雷");
    CHECK(list[0].adjustedAmount == m("70000.00"));
    CHECK(list[0].adjustedBy == "韩梅梅");
    CHECK(list[0].adjustedAt == "2026-03-31T10:00:00Z");
    // A new submission replaces the old one (and its adjustment).
    s.amount = m("90000.00");
    repo.submitForecast(s);
    CHECK_FALSE(repo.submissions("2026Q2")[0].adjustedAmount.has_value());
}

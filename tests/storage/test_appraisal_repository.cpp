// The appraisal cycle's tables (migration 4): records upserted by (rep, period), the audit trail appended in the
// same transaction, and the tables added to a workspace migrated before they existed.

#include "StorageTestSupport.h"

#include "storage/SqlAppraisalRepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

AppraisalRecord fresh(const char* rep, const char* period)
{
    AppraisalRecord r;
    r.repId = rep;
    r.period = period;
    return r;
}

} // namespace

TEST_CASE("appraisal records and their trail are stored and read back", "[appraisal]")
{
    TempWorkspace tw;
    Workspace ws(tw.path());
    ws.applyImport(sampleDataset());
    SqlAppraisalRepository repo(ws);
    CHECK(repo.records("2026Q3").empty());
    CHECK_FALSE(repo.record("r1", "2026Q3"));

    const std::vector<std::string> grades = {"S", "A", "B", "C", "D"};
    AppraisalRecord r = fresh("r1", "2026Q3");
    auto save = [&repo](const CycleStep& s) {
        repo.save(s.record, s.event);
        return s.record;
    };
    r = save(advance(r, {"li", "2026-10-01T08:00:00Z"}));
    r = save(setSelfComment(r, "自评：完成目标", {"r1", "2026-10-02T08:00:00Z"}));
    r = save(advance(r, {"li", "2026-10-03T08:00:00Z"}));
    r = save(setManagerComment(r, "It's fine; 'quoted'", {"li", "2026-10-04T08:00:00Z"}));
    r = save(advance(r, {"li", "2026-10-05T08:00:00Z"}));
    r = save(calibrate(r, "A", "key account", std::string("B"), grades, {"hr", "2026-10-06T08:00:00Z"}));
    r = save(advance(r, {"hr", "2026-10-07T08:00:00Z"}));
    save(advance(fresh("r2", "2026Q3"), {"li", "2026-10-01T09:00:00Z"}));
    save(advance(fresh("r1", "2026Q2"), {"li", "2026-07-01T09:00:00Z"}));

    const auto stored = repo.record("r1", "2026Q3");
    REQUIRE(stored);
    CHECK(stored->state == AppraisalState::SignedOff);
    CHECK(stored->selfComment == "自评：完成目标");
    CHECK(stored->managerComment == "It's fine; 'quoted'");
    CHECK(stored->calibratedGrade == std::optional<std::string>("A"));
    CHECK(stored->calibrationReason == "key account");
    CHECK(stored->signedOffAt == std::optional<std::string>("2026-10-07T08:00:00Z"));
    CHECK(stored->signedOffBy == "hr");
    CHECK(stored->updatedAt == "2026-10-07T08:00:00Z");

    const auto q3 = repo.records("2026Q3");
    REQUIRE(q3.size() == 2);
    CHECK(q3[0].repId == "r1");
    CHECK(q3[1].repId == "r2");
    CHECK_FALSE(q3[1].calibratedGrade);
    CHECK_FALSE(q3[1].signedOffAt);

    const auto trail = repo.events("r1", "2026Q3");
    REQUIRE(trail.size() == 7);
    CHECK(trail[0].action == "advance");
    CHECK(trail[0].fromState == AppraisalState::Open);
    CHECK(trail[1].action == "self_comment");
    CHECK(trail[1].actor == "r1");
    CHECK(trail[5].action == "calibrate");
    CHECK(trail[5].detail == "B -> A: key account");
    CHECK(trail[6].action == "sign_off");
    CHECK(trail[6].toState == AppraisalState::SignedOff);
    CHECK(trail[6].at == "2026-10-07T08:00:00Z");
    CHECK(repo.events("", "2026Q3").size() == 8);
}

TEST_CASE("a workspace migrated while the appraisal schema was empty gets its tables", "[appraisal]")
{
    TempWorkspace tw;
    {
        Workspace ws(tw.path());
        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE appraisal_events")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE appraisal_records")));
    }
    Workspace ws(tw.path());
    ws.applyImport(sampleDataset());
    SqlAppraisalRepository repo(ws);
    const CycleStep s = advance(fresh("r1", "2026Q3"), {"li", "2026-10-01T08:00:00Z"});
    repo.save(s.record, s.event);
    CHECK(repo.record("r1", "2026Q3")->state == AppraisalState::SelfReview);
}

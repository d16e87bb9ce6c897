// The appraisal cycle's tables (migration 4): records upserted by (rep, period), the audit trail appended in the
// same transaction, and the tables added to a workspace migrated before they existed.

#include "StorageTestSupport.h"

#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlReviewRepository.h"

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
    SD_ON_EACH_BACKEND(tw);
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

TEST_CASE("360-degree reviews entered in the app replace a rep's quarter, with comments", "[appraisal]")
{
    SD_ON_EACH_BACKEND(tw);
    Workspace ws(tw.path());
    ws.applyImport(sampleDataset()); // r2 2026Q3: supervisor r3 85.5, peer 90; r3: self 70
    SqlReviewRepository repo(ws);
    auto r2 = repo.reviews("r2", "2026Q3");
    REQUIRE(r2.size() == 2);
    CHECK(r2[0].review.reviewerKind == "supervisor");
    CHECK(r2[0].review.reviewerId == std::optional<std::string>("r3"));
    CHECK(r2[0].review.score == Rational(171, 2));
    CHECK(r2[0].comment.empty());
    CHECK_FALSE(r2[1].review.reviewerId);

    r2[1].review.score = Rational(75);
    r2[1].comment = "协作很好";
    r2.push_back({Review{"r2", "2026Q3", "customer", std::string("c1"), Rational(60)}, "on time"});
    repo.replace("r2", "2026Q3", r2);
    const auto back = repo.reviews("r2", "2026Q3");
    REQUIRE(back.size() == 3);
    CHECK(back[1].review.score == Rational(75));
    CHECK(back[1].comment == "协作很好");
    CHECK(back[2].review.reviewerKind == "customer");
    CHECK(back[2].comment == "on time");
    CHECK(repo.reviews("r3", "2026Q3").size() == 1); // another rep untouched
    CHECK(ws.loadDataset(PartKpi).reviews.size() == 4); // what the engines read

    // A reviews.csv import that replaces the rows drops the comments written for the old rows.
    Dataset batch;
    batch.reviews = {Review{"r2", "2026Q3", "supervisor", std::string("r3"), Rational(50)},
                     Review{"r2", "2026Q3", "peer", std::nullopt, Rational(40)}};
    ws.applyImport(batch);
    const auto imported = repo.reviews("r2", "2026Q3");
    REQUIRE(imported.size() == 2);
    CHECK(imported[1].comment.empty());

    repo.replace("r2", "2026Q3", {});
    CHECK(repo.reviews("r2", "2026Q3").empty());
}

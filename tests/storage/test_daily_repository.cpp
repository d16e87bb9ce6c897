// Schema 6 through SqlDailyRepository: the rows round-trip, a team move keeps the past membership and is refused
// when it makes no sense, and a workspace migrated while 0006 was a placeholder gets the tables on first use.

#include "StorageTestSupport.h"

#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

Dataset org()
{
    Dataset ds;
    OrgUnit co{"co", std::nullopt, "Company", OrgKind::Company};
    OrgUnit t1{"t1", std::string("co"), "Team One", OrgKind::Team};
    OrgUnit t2{"t2", std::string("co"), "Team Two", OrgKind::Team};
    ds.orgUnits = {co, t1, t2};
    Rep r;
    r.id = "r1";
    r.name = "Rep";
    r.orgUnitId = "t1";
    r.hireDate = Date::parseOrThrow("2025-01-01");
    ds.reps = {r};
    return ds;
}

} // namespace

TEST_CASE("daily rows round-trip and a team move keeps the past membership", "[daily]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(org());
    SqlDailyRepository repo(ws);
    repo.saveTraining({"tr1", "r1", "Negotiation", TrainingKind::Continuing, std::nullopt, std::string("revenue")});
    repo.saveTraining({"tr1", "r1", "Negotiation", TrainingKind::Continuing, d("2026-02-01"), std::string("revenue")});
    repo.addCoachingNote({"n1", "r1", d("2026-03-02"), std::nullopt, "Call the top 5 accounts"});
    DailyRecords rec = repo.load();
    REQUIRE(rec.training.size() == 1); // saved twice: an upsert
    CHECK(rec.training[0].completedOn == d("2026-02-01"));
    CHECK(rec.coachingNotes[0].note == "Call the top 5 accounts");
    CHECK_FALSE(rec.coachingNotes[0].author);

    CHECK_THROWS_AS(repo.moveRep("r1", "co", d("2026-03-01")), StorageError);     // not a team
    CHECK_THROWS_AS(repo.moveRep("r1", "t1", d("2026-03-01")), StorageError);     // already there
    CHECK_THROWS_AS(repo.moveRep("r1", "t2", d("2025-01-01")), StorageError);     // not after the hire date
    CHECK_THROWS_AS(repo.moveRep("nobody", "t2", d("2026-03-01")), StorageError);
    const UnitMembership first = repo.moveRep("r1", "t2", d("2026-03-01"));
    CHECK(first.orgUnitId == "t1");
    CHECK(first.from == d("2025-01-01"));
    CHECK(first.to == d("2026-02-28"));
    // Back to t1 later: the t2 membership runs from 03-01 to 06-30.
    const UnitMembership second = repo.moveRep("r1", "t1", d("2026-07-01"));
    CHECK(second.orgUnitId == "t2");
    CHECK(second.from == d("2026-03-01"));
    CHECK(second.to == d("2026-06-30"));
    CHECK(repo.load().unitHistory.size() == 2);
    CHECK(ws.loadDataset(PartOrg).reps[0].orgUnitId == "t1");
    repo.undoMove(second);
    CHECK(ws.loadDataset(PartOrg).reps[0].orgUnitId == "t2");
    CHECK(repo.load().unitHistory.size() == 1);
}

TEST_CASE("the daily tables are added to a workspace migrated while 0006 was a placeholder", "[daily]")
{
    TempWorkspace tmp;
    {
        Workspace ws(tmp.path());
        for (const char* table : {"rep_unit_history", "training_records", "coaching_notes", "visit_plans",
                                  "customer_changes"}) {
            QSqlQuery q(ws.database());
            REQUIRE(q.exec(QStringLiteral("DROP TABLE ") + QString::fromLatin1(table)));
        }
        CHECK_FALSE(ws.database().tables().contains(QStringLiteral("visit_plans")));
    }
    Workspace ws(tmp.path());
    SqlDailyRepository repo(ws);
    CHECK(ws.database().tables().contains(QStringLiteral("visit_plans")));
    CHECK(repo.load().visitPlans.empty());
}

TEST_CASE("visit plans and coaching notes removed and edited; a unit with past members is not removed", "[daily]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    Dataset ds = org();
    Customer c;
    c.id = "c1";
    c.name = "Acme";
    c.ownerRepId = "r1";
    c.createdOn = d("2025-01-01");
    ds.customers = {c};
    ws.applyImport(ds);
    SqlDailyRepository repo(ws);
    repo.addVisitPlans({{"r1", "2026-W11", "c1", std::nullopt}});
    repo.removeVisitPlan("r1", "2026-W11", "c1");
    CHECK(repo.load().visitPlans.empty());
    repo.saveCoachingNote({"n1", "r1", d("2026-03-02"), std::nullopt, "First"});
    repo.saveCoachingNote({"n1", "r1", d("2026-03-03"), std::string("Mgr"), "Second"});
    DailyRecords rec = repo.load();
    REQUIRE(rec.coachingNotes.size() == 1); // an upsert by id
    CHECK(rec.coachingNotes[0].note == "Second");
    CHECK(rec.coachingNotes[0].notedOn == d("2026-03-03"));
    repo.removeCoachingNote("n1");
    CHECK(repo.load().coachingNotes.empty());

    // r1 moves from t1 to t2 on 2026-03-09: t1 keeps a past membership, so it cannot be removed.
    repo.moveRep("r1", "t2", d("2026-03-09"));
    SqlOrgRepository orgRepo(ws);
    CHECK_THROWS_WITH(orgRepo.removeUnit("t1"), Catch::Contains("past memberships"));
    CHECK_THROWS_WITH(orgRepo.removeUnit("t2"), Catch::Contains("1 reps"));
    CHECK_THROWS_WITH(orgRepo.removeUnit("co"), Catch::Contains("units under it"));
    orgRepo.save(OrgUnit{"t3", std::string("co"), "Team Three", OrgKind::Team});
    orgRepo.removeUnit("t3");
    CHECK(orgRepo.orgUnits().size() == 3);
    CHECK_THROWS_AS(orgRepo.removeUnit("t3"), StorageError);
}

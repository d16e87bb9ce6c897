// Schema 10 through SqlOrgRepository: deactivating an org unit is refused while reps who have not left or active
// units are in it (naming them), keeps its targets, memberships and past reps, keeps it out of new placements, and
// survives a re-import of org_units.csv (which has no status column); a workspace migrated while 0010 was a
// placeholder gets the columns on first use.

#include "StorageTestSupport.h"

#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include <functional>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

Rep rep(const char* id, const char* name, const char* unit, std::optional<Date> leftOn = std::nullopt)
{
    Rep r;
    r.id = id;
    r.name = name;
    r.orgUnitId = unit;
    r.hireDate = d("2025-01-01");
    r.leftOn = leftOn;
    return r;
}

// co ─┬─ north (region) ── t1: Ann (r1), Bob (r2, left 2026-02-28)
//     └─ t2: Cid (r3)
Dataset org()
{
    Dataset ds;
    ds.orgUnits = {{"co", std::nullopt, "Company", OrgKind::Company},
                   {"north", std::string("co"), "North", OrgKind::Region},
                   {"t1", std::string("north"), "Team One", OrgKind::Team},
                   {"t2", std::string("co"), "Team Two", OrgKind::Team}};
    ds.reps = {rep("r1", "Ann", "t1"), rep("r2", "Bob", "t1", d("2026-02-28")), rep("r3", "Cid", "t2")};
    Target t;
    t.owner = {OwnerKind::Unit, "t1"};
    t.period = "2026-02";
    t.amount = 500000;
    ds.targets = {t};
    return ds;
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

std::string refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StorageError& e) {
        return e.what();
    }
    return "(no refusal)";
}

} // namespace

TEST_CASE("org units deactivated and reactivated; refusals name what is still active", "[daily][org-status]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    ws.applyImport(org());
    SqlOrgRepository repo(ws);
    SqlDailyRepository daily(ws);
    CHECK(repo.inactiveUnits().empty()); // existing rows are active (the column's default)

    // t1 still has Ann (no leave date); Bob left on 02-28, before 03-01, so he does not count.
    const auto blockers = repo.deactivationBlockers("t1", d("2026-03-01"));
    REQUIRE(blockers.activeReps.size() == 1);
    CHECK(blockers.activeReps[0].id == "r1");
    CHECK(blockers.activeUnits.empty());
    std::string why = refusal([&] { repo.deactivateUnit("t1", d("2026-03-01")); });
    CHECK(contains(why, "Ann (r1)"));
    CHECK_FALSE(contains(why, "Bob"));
    // On 02-28 Bob is still there (the leave date is his last day, SPEC §6).
    CHECK(repo.deactivationBlockers("t1", d("2026-02-28")).activeReps.size() == 2);
    // The region has an active team under it; the company is never deactivated.
    why = refusal([&] { repo.deactivateUnit("north", d("2026-03-01")); });
    CHECK(contains(why, "Team One (t1)"));
    CHECK(contains(refusal([&] { repo.deactivateUnit("co", d("2026-03-01")); }), "company"));
    CHECK(contains(refusal([&] { repo.deactivateUnit("nope", d("2026-03-01")); }), "unknown"));
    CHECK(repo.inactiveUnits().empty());

    // Ann moves to Team Two from 03-01: now Team One can go, then the region.
    daily.moveRep("r1", "t2", d("2026-03-01"));
    repo.deactivateUnit("t1", d("2026-03-01"));
    CHECK(contains(refusal([&] { repo.deactivateUnit("t1", d("2026-03-02")); }), "already inactive"));
    repo.deactivateUnit("north", d("2026-03-02"));
    CHECK(repo.inactiveUnits() == std::map<std::string, Date>{{"north", d("2026-03-02")}, {"t1", d("2026-03-01")}});

    // Nothing was removed: the unit, its target, Bob and Ann's past membership stay.
    const Dataset after = ws.loadDataset(PartOrg | PartTargets);
    CHECK(after.orgUnits.size() == 4);
    REQUIRE(after.targets.size() == 1);
    CHECK(after.targets[0].owner.id == "t1");
    REQUIRE(after.unitHistory.size() == 1);
    CHECK(after.unitHistory[0].orgUnitId == "t1");
    CHECK(after.unitHistory[0].to == d("2026-02-28"));
    CHECK(repo.rep("r2")->orgUnitId == "t1");

    // No new placements in an inactive unit: a move, a rep who has not left, an active unit under it.
    CHECK(contains(refusal([&] { daily.moveRep("r3", "t1", d("2026-04-01")); }), "inactive"));
    CHECK(contains(refusal([&] { repo.save(rep("r9", "New", "t1")); }), "inactive"));
    CHECK(contains(refusal([&] { repo.save(OrgUnit{"t9", std::string("north"), "Nine", OrgKind::Team}); }),
                   "inactive"));
    // Editing what is already there is fine: Bob (left) renamed, the inactive team renamed; the status stays.
    Rep bob = *repo.rep("r2");
    bob.name = "Bob Li";
    repo.save(bob);
    repo.save(OrgUnit{"t1", std::string("north"), "Team One (closed)", OrgKind::Team});
    CHECK(repo.inactiveUnits().count("t1"));

    // Reactivating waits for the parent.
    CHECK(contains(refusal([&] { repo.reactivateUnit("t1"); }), "North (north)"));
    repo.reactivateUnit("north");
    repo.reactivateUnit("t1");
    CHECK(repo.inactiveUnits().empty());
    CHECK(contains(refusal([&] { repo.reactivateUnit("t1"); }), "already active"));
    daily.moveRep("r3", "t1", d("2026-04-01")); // placements are possible again
}

TEST_CASE("a re-import of org_units.csv keeps a unit's status; removing still checks references", "[daily][org-status]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    Dataset ds = org();
    ds.reps = {rep("r2", "Bob", "t1", d("2026-02-28")), rep("r3", "Cid", "t2")};
    ws.applyImport(ds);
    SqlOrgRepository repo(ws);
    repo.deactivateUnit("t1", d("2026-03-01"));
    // The CRM's weekly export again (no status column): t1 stays inactive, a new unit comes in active.
    Dataset again;
    again.orgUnits = ds.orgUnits;
    again.orgUnits.push_back({"t5", std::string("co"), "Team Five", OrgKind::Team});
    ws.applyImport(again);
    CHECK(repo.inactiveUnits() == std::map<std::string, Date>{{"t1", d("2026-03-01")}});
    // Deactivated is not removed: the remove check still sees Bob and the target.
    CHECK_THROWS_AS(repo.removeUnit("t1"), StorageError);
}

TEST_CASE("the status columns are added to a workspace migrated while 0010 was a placeholder", "[daily][org-status]")
{
    TempWorkspace tmp;
    {
        Workspace ws(tmp.path());
        ws.applyImport(org());
        for (const char* column : {"active", "deactivated_on"}) {
            QSqlQuery q(ws.database());
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE org_units DROP COLUMN ") + QString::fromLatin1(column)));
        }
    }
    Workspace ws(tmp.path());
    SqlOrgRepository repo(ws);
    CHECK(repo.inactiveUnits().empty()); // reading adds nothing
    repo.save(OrgUnit{"t6", std::string("co"), "Six", OrgKind::Team});
    repo.deactivateUnit("t6", d("2026-03-01"));
    CHECK(repo.inactiveUnits().count("t6"));
    CHECK(ws.loadDataset(PartOrg).orgUnits.size() == 5);
}

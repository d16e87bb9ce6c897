// The target lifecycle store on a real SQLite file: drafts, approval, refusal of an unrevised edit, revisions with
// their kept versions, undo of draft writes, bottom-up submissions.

#include "StorageTestSupport.h"

#include "storage/SqlTargetPlanRepository.h"
#include "storage/SqlTargetRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

TargetKey key(const char* owner, const char* period, Segment seg = Segment::All)
{
    return TargetKey{*OwnerRef::parse(owner), Metric::Revenue, period, seg};
}

TargetPlan draft(const char* owner, const char* period, std::int64_t amount, const char* responsible = "r2")
{
    return TargetPlan{key(owner, period), amount, TargetState::Draft, std::string(responsible),
                      std::string("revenue"), std::nullopt, 0};
}

std::int64_t storedAmount(Workspace& ws, const char* owner, const char* period)
{
    for (const Target& t : SqlTargetRepository(ws).ofOwner(*OwnerRef::parse(owner)))
        if (t.period == period && t.metric == Metric::Revenue && t.segment == Segment::All)
            return t.amount;
    return -1;
}

} // namespace

TEST_CASE("target lifecycle: draft, approve, refused edit, revisions kept", "[targets][lifecycle]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlTargetPlanRepository repo(ws);

    // Drafts: the figure goes to `targets` (what every engine reads), the lifecycle row beside it.
    repo.saveDrafts({draft("unit:T1", "2026", 1200000), draft("rep:r2", "2026", 1200000)}, "alice", "t1");
    auto plan = repo.plan(key("unit:T1", "2026"));
    REQUIRE(plan);
    CHECK(plan->state == TargetState::Draft);
    CHECK(plan->amount == 1200000);
    CHECK(plan->responsibleRepId == "r2");
    CHECK(plan->kpiCode == "revenue");
    CHECK(storedAmount(ws, "unit:T1", "2026") == 1200000);

    // A draft edit keeps the stored responsible person (r2), whatever the new draft proposes.
    repo.saveDrafts({draft("unit:T1", "2026", 1300000, "r3")}, "alice", "t2");
    CHECK(repo.plan(key("unit:T1", "2026"))->responsibleRepId == "r2");
    CHECK(storedAmount(ws, "unit:T1", "2026") == 1300000);

    repo.approve({key("unit:T1", "2026")}, "lead", "t3");
    plan = repo.plan(key("unit:T1", "2026"));
    CHECK(plan->state == TargetState::Approved);
    CHECK(plan->version == 1);

    // Editing the approved target without a revision: refused, nothing changes (not even the other node of the batch).
    CHECK_THROWS_AS(repo.saveDrafts({draft("rep:r2", "2026", 1), draft("unit:T1", "2026", 999)}, "bob", "t4"),
                    LifecycleError);
    CHECK(storedAmount(ws, "unit:T1", "2026") == 1300000);
    CHECK(storedAmount(ws, "rep:r2", "2026") == 1200000);
    CHECK_THROWS_AS(repo.setResponsibility(key("unit:T1", "2026"), std::string("r3"), std::string("revenue")),
                    LifecycleError);

    // A revision without a reason is refused; with one it makes version 2 and keeps version 1.
    CHECK_THROWS_AS(repo.revise(key("unit:T1", "2026"), 1400000, "  ", "lead", "t5"), LifecycleError);
    repo.revise(key("unit:T1", "2026"), 1400000, "new key account", "lead", "t6");
    CHECK(storedAmount(ws, "unit:T1", "2026") == 1400000);
    const auto versions = repo.versions(key("unit:T1", "2026"));
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].version == 1);
    CHECK(versions[0].amount == 1300000);
    CHECK(versions[0].reason.empty());
    CHECK(versions[0].by == "lead");
    CHECK(versions[0].at == "t3");
    CHECK(versions[1].version == 2);
    CHECK(versions[1].amount == 1400000);
    CHECK(versions[1].reason == "new key account");
    CHECK(versions[1].at == "t6");
    CHECK(repo.plan(key("unit:T1", "2026"))->version == 2);

    // Revising a draft is refused (a draft is edited directly).
    CHECK_THROWS_AS(repo.revise(key("rep:r2", "2026"), 5, "why", "lead", "t7"), LifecycleError);
}

TEST_CASE("target lifecycle: approval needs 目标三定, all or nothing", "[targets][lifecycle]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlTargetPlanRepository repo(ws);
    TargetPlan noOne = draft("unit:R1", "2026", 500);
    noOne.responsibleRepId.reset();
    repo.saveDrafts({draft("unit:T1", "2026", 500), noOne}, "a", "t1");
    try {
        repo.approve({key("unit:T1", "2026"), key("unit:R1", "2026")}, "lead", "t2");
        FAIL("approved without a responsible person");
    } catch (const LifecycleError& e) {
        CHECK(e.issue() == LifecycleIssue::NoResponsible);
        CHECK(e.key() == key("unit:R1", "2026"));
    }
    CHECK(repo.plan(key("unit:T1", "2026"))->state == TargetState::Draft);
    CHECK(repo.versions(key("unit:T1", "2026")).empty());

    // Imported targets have no lifecycle row: ensurePlans gives them the defaults, then they can be approved.
    ws.applyImport([] {
        Dataset b;
        b.targets.push_back(Target{OwnerRef{OwnerKind::Rep, "r2"}, Metric::Revenue, "2026-01", Segment::All, 700});
        return b;
    }());
    auto imported = repo.plan(key("rep:r2", "2026-01"));
    REQUIRE(imported);
    CHECK_FALSE(imported->responsibleRepId.has_value());
    repo.ensurePlans({draft("rep:r2", "2026-01", 0)});
    imported = repo.plan(key("rep:r2", "2026-01"));
    CHECK(imported->responsibleRepId == "r2");
    CHECK(imported->amount == 700); // ensurePlans never touches the figure
    repo.approve({key("rep:r2", "2026-01")}, "lead", "t3");
    CHECK(repo.versions(key("rep:r2", "2026-01")).at(0).amount == 700);
}

TEST_CASE("target lifecycle: draft writes undo exactly; submissions beside the figure", "[targets][lifecycle]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlTargetPlanRepository repo(ws);
    repo.saveDrafts({draft("unit:T1", "2026", 100)}, "a", "t1");
    const auto snap = repo.saveDrafts({draft("unit:T1", "2026", 200), draft("rep:r2", "2026", 50)}, "a", "t2");
    REQUIRE(snap.size() == 2);
    CHECK(snap[0].amount == 100);
    CHECK(snap[0].hadPlan);
    CHECK_FALSE(snap[1].amount.has_value());
    CHECK_FALSE(snap[1].hadPlan);
    repo.restoreDrafts(snap, "a", "t3");
    CHECK(storedAmount(ws, "unit:T1", "2026") == 100);
    CHECK(storedAmount(ws, "rep:r2", "2026") == -1); // the new row is gone
    CHECK_FALSE(repo.plan(key("rep:r2", "2026")).has_value());

    // A bottom-up figure is stored beside the top-down one, in any state.
    repo.submit(key("unit:T1", "2026"), 90, "rep", "t4");
    repo.approve({key("unit:T1", "2026")}, "lead", "t5");
    repo.submit(key("unit:T1", "2026"), 95, "rep", "t6");
    auto p = repo.plan(key("unit:T1", "2026"));
    CHECK(p->submitted == 95);
    CHECK(p->amount == 100);
    CHECK_THROWS_AS(repo.submit(key("unit:T1", "2026"), -1, "rep", "t7"), LifecycleError);
    // A submission without a top-down figure is listed too.
    repo.submit(key("rep:r2", "2026-03"), 40, "rep", "t8");
    const auto all = repo.plans(Metric::Revenue, {"2026-03"});
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all[0].amount.has_value());
    CHECK(all[0].submitted == 40);
    // Undoing a draft write of a node approved since is refused.
    CHECK_THROWS_AS(repo.restoreDrafts(snap, "a", "t9"), LifecycleError);
}

TEST_CASE("target lifecycle: tables added to a workspace migrated while migration 2 was empty", "[targets][lifecycle]")
{
    TempWorkspace tmp;
    {
        Workspace ws(tmp.path());
        ws.applyImport(sampleDataset());
        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE target_versions")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE target_plans")));
    }
    Workspace ws(tmp.path());
    SqlTargetPlanRepository repo(ws);
    repo.saveDrafts({draft("unit:T1", "2026", 100)}, "a", "t1");
    CHECK(repo.plan(key("unit:T1", "2026"))->amount == 100);
}

TEST_CASE("target lifecycle: plans of one segment", "[targets][lifecycle]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlTargetPlanRepository repo(ws);
    TargetPlan existing = draft("unit:T1", "2026", 70);
    existing.key.segment = Segment::Existing;
    repo.saveDrafts({draft("unit:T1", "2026", 100), existing}, "a", "t1");
    auto ofT1 = [](std::vector<TargetPlan> plans) {
        std::erase_if(plans, [](const TargetPlan& p) { return p.key.owner.id != "T1"; });
        return plans;
    };
    CHECK(ofT1(repo.plans(Metric::Revenue, {"2026"})).size() == 2);
    const auto only = ofT1(repo.plans(Metric::Revenue, {"2026"}, Segment::Existing));
    REQUIRE(only.size() == 1);
    CHECK(only[0].amount == 70);
}

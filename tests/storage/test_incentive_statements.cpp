// Stored incentive statements (migration 0005): a snapshot is saved with its components and read back as it was;
// saving again replaces it.

#include "StorageTestSupport.h"

#include "storage/SqlIncentiveStatementRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

void addRep(Workspace& ws)
{
    Dataset ds;
    ds.orgUnits.push_back({"co", std::nullopt, "Co", OrgKind::Company});
    Rep rep;
    rep.id = "r1";
    rep.name = "Alice";
    rep.orgUnitId = "co";
    rep.hireDate = d("2020-01-01");
    ds.reps.push_back(rep);
    ws.applyImport(ds);
}

} // namespace

TEST_CASE("incentive statements are stored and replaced", "[incentives]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    addRep(ws);
    SqlIncentiveStatementRepository repo(ws);
    CHECK_FALSE(repo.find("r1", "2026-10"));

    StatementSnapshot s;
    s.repId = "r1";
    s.period = "2026-10";
    s.planCode = "rep_monthly";
    s.state = StatementState::Approved;
    s.components
        = {{"commission", "revenue", std::nullopt, "no revenue target for 2026-10"}, {"clawback", "", -120000, ""}};
    s.totalCents = -120000;
    s.calculatedAt = "2026-11-02T09:00:00Z";
    s.reviewedBy = "lead";
    s.reviewedAt = "2026-11-03T09:00:00Z";
    s.approvedBy = "boss";
    s.approvedAt = "2026-11-04T09:00:00Z";
    repo.save({s});

    auto back = repo.find("r1", "2026-10");
    REQUIRE(back);
    CHECK(back->state == StatementState::Approved);
    CHECK(back->planCode == "rep_monthly");
    CHECK(back->totalCents == -120000);
    CHECK(back->approvedBy == "boss");
    CHECK(back->reviewedAt == "2026-11-03T09:00:00Z");
    CHECK(back->components == s.components);

    s.state = StatementState::Calculated;
    s.components.pop_back();
    s.totalCents = 0;
    s.approvedBy.clear();
    s.approvedAt.clear();
    repo.save({s});
    const auto period = repo.ofPeriod("2026-10");
    REQUIRE(period.size() == 1);
    CHECK(period[0].state == StatementState::Calculated);
    CHECK(period[0].components.size() == 1);
    CHECK(period[0].approvedBy.empty());
    CHECK(repo.ofPeriod("2026-09").empty());
}

TEST_CASE("a workspace migrated while schema 5 was empty gets the statement tables on first use", "[incentives]")
{
    TempWorkspace tmp;
    {
        Workspace ws(tmp.path());
        addRep(ws);
        QSqlQuery q(ws.database());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE incentive_statement_components")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE incentive_statements")));
    }
    Workspace ws(tmp.path());
    SqlIncentiveStatementRepository repo(ws);
    StatementSnapshot s;
    s.repId = "r1";
    s.period = "2026-10";
    s.planCode = "rep_monthly";
    s.calculatedAt = "2026-11-02T09:00:00Z";
    repo.save({s});
    CHECK(repo.find("r1", "2026-10"));
}

TEST_CASE("an approved statement keeps its commission line shares for later clawbacks", "[incentives]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    addRep(ws);
    SqlIncentiveStatementRepository repo(ws);
    auto snapshot = [](const char* period, StatementState state, std::map<std::string, std::int64_t> shares) {
        StatementSnapshot s;
        s.repId = "r1";
        s.period = period;
        s.planCode = "rep_monthly";
        s.state = state;
        s.components = {{"commission", "revenue", 650000, ""}, {"clawback", "", 0, ""}};
        s.totalCents = 650000;
        s.calculatedAt = "2026-10-02T09:00:00Z";
        s.bookedShares = std::move(shares);
        return s;
    };
    repo.save({snapshot("2026-08", StatementState::Reviewed, {{"O7", 100}}),
               snapshot("2026-09", StatementState::Approved, {{"O1", 200000}, {"O2", 450000}}),
               snapshot("2026-10", StatementState::Approved, {{"O3", 250000}}),
               snapshot("2026Q3", StatementState::Approved, {{"O1", 1}})});
    CHECK(repo.find("r1", "2026-09")->bookedShares == std::map<std::string, std::int64_t>{{"O1", 200000}, {"O2", 450000}});

    // Before October, months only, approved only: September.
    const auto approved = repo.approvedBefore("____-__", "2026-10");
    REQUIRE(approved.size() == 1);
    CHECK(approved[0].period == "2026-09");
    CHECK(approved[0].bookedShares.at("O2") == 450000);

    // Replacing a statement replaces its lines.
    repo.save({snapshot("2026-09", StatementState::Approved, {{"O2", 1}})});
    CHECK(repo.find("r1", "2026-09")->bookedShares == std::map<std::string, std::int64_t>{{"O2", 1}});
}

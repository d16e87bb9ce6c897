// A re-import of a CRM export into a workspace in use: approved targets are kept (with a warning), and what the
// export changes in stored opportunities is recorded in the funnel change history.

#include "io/Import.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/SqlTargetRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace sd;
using namespace sd::io;

namespace {

const std::filesystem::path kData = std::filesystem::path(SALESDESK_TEST_DATA) / "csv";

struct TempWs
{
    TempWs()
    {
        static int argc = 1;
        static char name[] = "test_io";
        static char* argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv);
    }
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("w.sqlite")); }
    std::filesystem::path folder(const char* name) const
    {
        auto p = std::filesystem::path(dir.path().toStdString()) / name;
        std::filesystem::create_directories(p);
        return p;
    }
};

void writeFile(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream f(p, std::ios::binary);
    f << text;
}

ImportOptions withGoodJson()
{
    ImportOptions o;
    o.workspaceJson = kData / "workspace_good.json";
    return o;
}

TargetKey revenueKey(const char* owner, const char* period)
{
    return TargetKey{*OwnerRef::parse(owner), Metric::Revenue, period, Segment::All};
}

std::int64_t revenueTarget(storage::Workspace& ws, const char* owner, const char* period)
{
    for (const Target& t : storage::SqlTargetRepository(ws).ofOwner(*OwnerRef::parse(owner)))
        if (t.period == period && t.metric == Metric::Revenue && t.segment == Segment::All)
            return t.amount;
    return -1;
}

Date today()
{
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

TEST_CASE("re-import keeps an approved target and warns; a draft one is updated", "[import][targets]")
{
    TempWs t;
    storage::Workspace ws(t.path());
    REQUIRE(importFolder(ws, kData / "good", withGoodJson()).ok());
    // The good folder: rep S1 revenue 2026Q1 = 150000 (15,000,000 cents); unit HQ revenue 2026 = 1000000.00.
    storage::SqlTargetPlanRepository plans(ws);
    plans.ensurePlans({TargetPlan{revenueKey("rep:S1", "2026Q1"), std::nullopt, TargetState::Draft,
                                  std::string("S1"), std::string("revenue"), std::nullopt, 0}});
    plans.approve({revenueKey("rep:S1", "2026Q1")}, "lead", "2026-01-02T09:00:00Z");

    auto dir = t.folder("export");
    writeFile(dir / "targets.csv", "owner_kind,owner_id,metric,period,segment,amount\n"
                                   "rep,S1,revenue,2026Q1,all,160000.00\n"
                                   "unit,HQ,revenue,2026,,1200000.00\n");
    auto r = importFolder(ws, dir);
    REQUIRE(r.ok());
    CHECK(r.written);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].toString() ==
          "targets.csv:2: amount: target rep S1 revenue 2026Q1 (all) is approved (version 1); kept 150000.00 instead "
          "of 160000.00 — revise it in the Targets view");
    CHECK(revenueTarget(ws, "rep:S1", "2026Q1") == 15000000);  // kept
    CHECK(revenueTarget(ws, "unit:HQ", "2026") == 120000000);  // a draft: 1,200,000.00 → 120,000,000 cents
    CHECK(plans.plan(revenueKey("rep:S1", "2026Q1"))->state == TargetState::Approved);

    // The same approved figure again: nothing to warn about.
    writeFile(dir / "targets.csv", "owner_kind,owner_id,metric,period,segment,amount\nrep,S1,revenue,2026Q1,all,150000\n");
    r = importFolder(ws, dir);
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());

    // After a revision the version in force is named.
    plans.revise(revenueKey("rep:S1", "2026Q1"), 17000000, "new product line", "lead", "2026-02-01T09:00:00Z");
    writeFile(dir / "targets.csv", "owner_kind,owner_id,metric,period,segment,amount\nrep,S1,revenue,2026Q1,all,150000\n");
    r = importFolder(ws, dir);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].toString() ==
          "targets.csv:2: amount: target rep S1 revenue 2026Q1 (all) is approved (version 2); kept 170000.00 instead "
          "of 150000.00 — revise it in the Targets view");
    CHECK(revenueTarget(ws, "rep:S1", "2026Q1") == 17000000);
}

TEST_CASE("re-import records what it changes in stored opportunities", "[import][funnel]")
{
    TempWs t;
    storage::Workspace ws(t.path());
    REQUIRE(importFolder(ws, kData / "good", withGoodJson()).ok());
    storage::SqlFunnelChangeRepository history(ws);
    CHECK(history.changes().empty()); // a first import changes nothing

    // The good folder: O1 won 50000.00 close 2026-03-31; O2 proposal 12000.5 no close date; O3 lead 800.
    // The export: O1 the same, O2 amount 15000.00 and a close date, O3 won.
    auto dir = t.folder("export");
    writeFile(dir / "opportunities.csv",
              "id,name,customer_id,owner_rep_id,amount,created_on,expected_close_on,stage\n"
              "O1,Big deal,C1,S1,50000.00,2026-01-05,2026-03-31,won\n"
              "O2,Renamed,C2,S2,15000.00,2026-02-01,2026-04-30,proposal\n"
              "O3,Small,C1,S1,800,2026-02-10,,won\n");
    writeFile(dir / "stage_history.csv", "opportunity_id,stage,entered_on\n"
                                         "O1,lead,2026-01-05\nO1,qualify,2026-01-20\nO1,won,2026-03-01\n"
                                         "O2,lead,2026-02-01\nO2,proposal,2026-02-15\n"
                                         "O3,lead,2026-02-10\nO3,won,2026-03-15\n");
    auto r = importFolder(ws, dir);
    INFO((r.errors.empty() ? std::string() : r.errors[0].toString()));
    REQUIRE(r.ok());

    const auto changes = history.changes(); // by opportunity, then in recorded order
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].opportunityId == "O2");
    CHECK(changes[0].field == ChangeField::Amount);
    CHECK(changes[0].oldValue == "1200050"); // 12000.5 → 1,200,050 cents
    CHECK(changes[0].newValue == "1500000");
    CHECK(changes[1].opportunityId == "O2");
    CHECK(changes[1].field == ChangeField::ExpectedClose);
    CHECK(changes[1].oldValue == "");
    CHECK(changes[1].newValue == "2026-04-30");
    CHECK(changes[2].opportunityId == "O3");
    CHECK(changes[2].field == ChangeField::Stage);
    CHECK(changes[2].oldValue == "lead");
    CHECK(changes[2].newValue == "won");
    for (const auto& c : changes) {
        CHECK(c.changedBy == "import");
        CHECK(c.changedOn == today());
        CHECK(c.note == "CSV import");
        CHECK_FALSE(c.recordedAt.empty());
    }

    // The same export again finds nothing new; a later one numbers O3's next change after the first.
    REQUIRE(importFolder(ws, dir).ok());
    CHECK(history.changes().size() == 3);
    writeFile(dir / "opportunities.csv", "id,name,customer_id,owner_rep_id,amount,created_on,expected_close_on,stage\n"
                                         "O3,Small,C1,S1,900.10,2026-02-10,,won\n");
    writeFile(dir / "stage_history.csv", "opportunity_id,stage,entered_on\nO3,lead,2026-02-10\nO3,won,2026-03-15\n");
    REQUIRE(importFolder(ws, dir).ok());
    const auto o3 = history.changesOf("O3");
    REQUIRE(o3.size() == 2);
    CHECK(o3[1].field == ChangeField::Amount);
    CHECK(o3[1].oldValue == "80000"); // 800 → 80,000 cents
    CHECK(o3[1].newValue == "90010");

    // A refused re-import records nothing.
    writeFile(dir / "opportunities.csv", "id,name,customer_id,owner_rep_id,amount,created_on,expected_close_on,stage\n"
                                         "O3,Small,C1,S1,1000,2026-02-10,,won\nO4,Bad,C9,S1,1,2026-02-10,,lead\n");
    CHECK_FALSE(importFolder(ws, dir).ok());
    CHECK(history.changesOf("O3").size() == 2);
}

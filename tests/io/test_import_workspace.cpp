// importFolder() into a real workspace file: all or nothing, upserts, natural-key replacement.

#include "io/Import.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace sd;
using namespace sd::io;

namespace {

const std::filesystem::path kData = std::filesystem::path(SALESDESK_TEST_DATA) / "csv";

void ensureQtApp()
{
    static int argc = 1;
    static char name[] = "test_io";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

struct TempWs
{
    TempWs() { ensureQtApp(); }
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("w.sqlite")); }
    std::filesystem::path folder(const char* name) const
    {
        auto p = std::filesystem::path(dir.path().toStdString()) / name;
        std::filesystem::create_directories(p);
        return p;
    }
};

long long tableCount(storage::Workspace& ws, const std::string& table)
{
    for (const auto& [t, n] : ws.tableCounts())
        if (t == table)
            return n;
    return -1;
}

long long totalRows(storage::Workspace& ws)
{
    long long n = 0;
    for (const auto& [t, c] : ws.tableCounts())
        n += c;
    return n;
}

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

} // namespace

TEST_CASE("importFolder: the good folder and its settings are written")
{
    TempWs t;
    storage::Workspace ws(t.path());
    auto r = importFolder(ws, kData / "good", withGoodJson());
    INFO((r.errors.empty() ? std::string() : r.errors[0].toString()));
    REQUIRE(r.ok());
    CHECK(r.written);
    CHECK(tableCount(ws, "org_units") == 3);
    CHECK(tableCount(ws, "orders") == 3);
    CHECK(tableCount(ws, "payments") == 2);
    CHECK(tableCount(ws, "reviews") == 3);
    auto s = loadSettings(ws);
    CHECK(s.fiscalYearStartMonth == 4);
    REQUIRE(s.kpis.size() == 1);
    auto d = ws.loadDataset();
    auto order = std::find_if(d.orders.begin(), d.orders.end(), [](const Order& o) { return o.id == "D2"; });
    REQUIRE(order != d.orders.end());
    CHECK(order->amount == Money::fromCents(123456));
    CHECK(order->cancelledOn == Date::fromYmd(2026, 2, 20));
    auto o1 = std::find_if(d.opportunities.begin(), d.opportunities.end(), [](const auto& o) { return o.id == "O1"; });
    REQUIRE(o1 != d.opportunities.end());
    CHECK(o1->history.size() == 3);
}

TEST_CASE("importFolder: any error writes nothing, settings included")
{
    TempWs t;
    storage::Workspace ws(t.path());
    auto r = importFolder(ws, kData / "bad", withGoodJson());
    CHECK(!r.ok());
    CHECK(!r.written);
    CHECK(totalRows(ws) == 0);
    CHECK(loadSettings(ws).fiscalYearStartMonth == 1); // the JSON was valid but is not saved either

    // A bad JSON with a good folder: nothing written either, and the JSON's errors are reported.
    auto dir = t.folder("badjson");
    writeFile(dir / "ws.json", R"({"fiscal_year_start_month": 0})");
    ImportOptions o;
    o.workspaceJson = dir / "ws.json";
    r = importFolder(ws, kData / "good", o);
    CHECK(!r.ok());
    REQUIRE(!r.errors.empty());
    CHECK(r.errors[0].toString().rfind("ws.json: $.fiscal_year_start_month: must be between 1 and 12", 0) == 0);
    CHECK(totalRows(ws) == 0);
}

TEST_CASE("importFolder: re-importing updates rows by id and replaces by natural key")
{
    TempWs t;
    storage::Workspace ws(t.path());
    REQUIRE(importFolder(ws, kData / "good", withGoodJson()).ok());

    // A weekly export: one changed order, one new order, O1's history shortened, a target, a KPI
    // value and S1's reviews for 2026Q1 replaced. References point at rows already stored.
    auto dir = t.folder("week2");
    writeFile(dir / "orders.csv", "id,customer_id,rep_id,product_id,order_date,amount,gross_profit\n"
                                  "D1,C1,S1,P1,2026-03-01,48000.00,19000.00\n"
                                  "D4,C2,S2,P2,2026-03-20,99.90,9.99\n");
    writeFile(dir / "opportunities.csv", "id,name,customer_id,owner_rep_id,amount,created_on,stage\n"
                                         "O1,Big deal,C1,S1,48000.00,2026-01-05,won\n");
    writeFile(dir / "stage_history.csv", "opportunity_id,stage,entered_on\nO1,lead,2026-01-05\nO1,won,2026-02-27\n");
    writeFile(dir / "targets.csv", "owner_kind,owner_id,metric,period,segment,amount\n"
                                   "rep,S1,revenue,2026Q1,all,160000.00\n");
    writeFile(dir / "kpi_values.csv", "rep_id,period,code,value\nS1,2026Q1,csat,4.8\n");
    writeFile(dir / "reviews.csv", "subject_rep_id,period,reviewer_kind,reviewer_id,score\nS1,2026Q1,supervisor,M1,70\n");
    auto r = importFolder(ws, dir);
    INFO((r.errors.empty() ? std::string() : r.errors[0].toString()));
    REQUIRE(r.ok());

    auto d = ws.loadDataset();
    CHECK(d.orders.size() == 4); // D1 updated, D2 and D3 kept, D4 added
    auto find = [&](const std::string& id) {
        return *std::find_if(d.orders.begin(), d.orders.end(), [&](const Order& o) { return o.id == id; });
    };
    CHECK(find("D1").amount == Money::fromCents(4800000));
    CHECK(find("D4").amount == Money::fromCents(9990));
    CHECK(find("D2").amount == Money::fromCents(123456));

    auto o1 = *std::find_if(d.opportunities.begin(), d.opportunities.end(), [](const auto& o) { return o.id == "O1"; });
    REQUIRE(o1.history.size() == 2);
    CHECK(o1.history[1] == StageEntry{"won", Date::fromYmd(2026, 2, 27)});
    CHECK(d.opportunities.size() == 3);

    CHECK(d.targets.size() == 3); // replaced, not added
    auto tgt = std::find_if(d.targets.begin(), d.targets.end(), [](const Target& x) {
        return x.owner.id == "S1" && x.metric == Metric::Revenue && x.period == "2026Q1";
    });
    REQUIRE(tgt != d.targets.end());
    CHECK(tgt->amount == 16000000);

    REQUIRE(d.kpiValues.size() == 1);
    CHECK(d.kpiValues[0].value == Rational(24, 5));
    REQUIRE(d.reviews.size() == 1); // S1's 2026Q1 reviews replaced by the one row
    CHECK(d.reviews[0].score == Rational(70));
    CHECK(loadSettings(ws).fiscalYearStartMonth == 4); // no --workspace: settings untouched
}

TEST_CASE("importFolder: stage codes are checked against the stored settings without a JSON")
{
    TempWs t;
    storage::Workspace ws(t.path());
    WorkspaceSettings s;
    s.stages = {StageDef{"pitch", "Pitch", Rational(30), std::nullopt, {}}};
    saveSettings(ws, s);
    auto r = importFolder(ws, kData / "good");
    CHECK(!r.ok());
    bool found = std::any_of(r.errors.begin(), r.errors.end(), [](const ImportIssue& i) {
        return i.toString().rfind("opportunities.csv:3: stage: unknown stage 'proposal' (pitch, won, lost)", 0) == 0;
    });
    CHECK(found);
    CHECK(totalRows(ws) == 0);
}

TEST_CASE("importFolder: a cancelled import writes nothing")
{
    TempWs t;
    storage::Workspace ws(t.path());
    std::atomic_bool cancel{true};
    ImportOptions o = withGoodJson();
    o.cancel = &cancel;
    auto r = importFolder(ws, kData / "good", o);
    CHECK(r.cancelled);
    CHECK(!r.written);
    CHECK(totalRows(ws) == 0);
    CHECK(loadSettings(ws).fiscalYearStartMonth == 1);
}

TEST_CASE("importFolder: a cancel raised from the progress callback during the read writes nothing", "[import]")
{
    // The folder is read on a second thread while this one writes (docs/import.md "Speed and memory"); the reader's
    // progress reaches the callback on this thread, which raises the cancel on the first one after "settings".
    TempWs t;
    storage::Workspace ws(t.path());
    std::atomic_bool cancel{false};
    ImportOptions o = withGoodJson();
    o.cancel = &cancel;
    int calls = 0;
    o.progress = [&](double, const std::string&) {
        if (++calls == 2)
            cancel = true;
    };
    auto r = importFolder(ws, kData / "good", o);
    CHECK(r.cancelled);
    CHECK(!r.written);
    CHECK(totalRows(ws) == 0);
    CHECK(loadSettings(ws).fiscalYearStartMonth == 1);
}

TEST_CASE("importFolder: progress is reported on the calling thread, ending with the write", "[import]")
{
    TempWs t;
    storage::Workspace ws(t.path());
    ImportOptions o = withGoodJson();
    std::vector<std::string> phases;
    bool otherThread = false;
    const auto caller = std::this_thread::get_id();
    o.progress = [&](double, const std::string& phase) {
        otherThread = otherThread || std::this_thread::get_id() != caller;
        phases.push_back(phase);
    };
    auto r = importFolder(ws, kData / "good", o);
    REQUIRE(r.written);
    CHECK(!otherThread);
    REQUIRE(!phases.empty());
    CHECK(phases.front() == "settings");
    CHECK(phases.back() == "writing");
    CHECK(tableCount(ws, "activities") > 0);
}

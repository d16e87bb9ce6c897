// salesctl targets decompose / show as a process over tests/data/targets (worked by hand).
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <string>

using sd::test::runSalesctl;

namespace {

const std::string kData = std::string(SALESDESK_TEST_DATA) + "/targets";

std::string freshDb(QTemporaryDir& dir)
{
    const std::string db = dir.filePath(QStringLiteral("w.sqlite")).toStdString();
    auto r = runSalesctl({ "--db", db, "import", kData });
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return db;
}

const nlohmann::json* findRow(const nlohmann::json& rows, const std::string& owner, const std::string& period,
                              const std::string& segment)
{
    for (const auto& r : rows)
        if (r["owner"] == owner && r["period"] == period && r["segment"] == segment)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("targets cli: capacity decomposition, JSON fields and order")
{
    QTemporaryDir dir;
    const std::string db = freshDb(dir);
    auto r = runSalesctl({ "--db", db, "targets", "decompose", "--owner", "unit:C", "--metric", "revenue", "--period",
                           "2026", "--amount", "1000.00", "--method", "capacity", "--json" });
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto doc = r.json();
    CHECK(doc["owner"] == "unit:C");
    CHECK(doc["metric"] == "revenue");
    CHECK(doc["period"] == "2026");
    CHECK(doc["amount"] == "1000.00");
    // Capacity at 2026-01-01: a1 senior ≥ 12 months 1.3; a2 junior 1 month 0.6 × 0.25 = 0.15; b1 mid 6 months
    // 0.75 → T1 1.45, T2 0.75. 100000 × 1.45/2.2 = 65909.09, × 0.75/2.2 = 34090.91 → T2 takes the cent.
    const auto& children = doc["children"];
    REQUIRE(children.size() == 78); // 2 teams × (1 period + 12 months) × 3 segments
    CHECK(children[0]["owner"] == "unit:T1");
    CHECK(children[0]["period"] == "2026");
    CHECK(children[0]["segment"] == "all");
    CHECK(children[0]["amount"] == "659.09");
    CHECK(children[1]["segment"] == "existing");
    CHECK(children[2]["segment"] == "new");
    CHECK(children[3]["period"] == "2026-01");
    CHECK(children[39]["owner"] == "unit:T2");
    CHECK(children[39]["amount"] == "340.91");
    // T1's January: 65909 / 12 = 5492.42 → the first five months get 5493. No 2025 history besides o0
    // (k1 was new in 2025: share 0 for T1) → existing 0. T2 has no history at all → 70/30 with a notice.
    const auto* jan = findRow(children, "unit:T1", "2026-01", "all");
    REQUIRE(jan);
    CHECK((*jan)["amount"] == "54.93");
    CHECK((*findRow(children, "unit:T1", "2026-01", "existing"))["amount"] == "0.00");
    // T2 34091 / 12 = 2840.92 → the first 11 months get 2841, December 2840; 2841 × 0.7 = 1988.7 → 1989 / 852.
    CHECK((*findRow(children, "unit:T2", "2026-01", "existing"))["amount"] == "19.89");
    CHECK((*findRow(children, "unit:T2", "2026-01", "new"))["amount"] == "8.52");
    bool notice = false;
    for (const auto& n : doc["notices"])
        notice = notice || n.get<std::string>().find("unit:T2") != std::string::npos;
    CHECK(notice);
}

TEST_CASE("targets cli: weights and seasonality files, save, then show")
{
    QTemporaryDir dir;
    const std::string db = freshDb(dir);
    auto r = runSalesctl({ "--db",
                           db,
                           "targets",
                           "decompose",
                           "--owner",
                           "unit:C",
                           "--metric",
                           "revenue",
                           "--period",
                           "2026",
                           "--amount",
                           "1000.00",
                           "--method",
                           "weights",
                           "--weights",
                           kData + "/inputs/weights.json",
                           "--seasonality",
                           kData + "/inputs/seasonality.txt",
                           "--existing-share",
                           "0.7",
                           "--save",
                           "--json" });
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto doc = r.json();
    CHECK(doc["saved"] == 78);
    // T1 : T2 = 3 : 1 → 750.00 / 250.00. T1 by 1,1,2,1,…,1 (Σ 13): 5769.23 a month, March 11538.46; floors
    // 74997, 3 cents: March (.46) first, then January and February (.23, earliest first).
    CHECK((*findRow(doc["children"], "unit:T1", "2026", "all"))["amount"] == "750.00");
    CHECK((*findRow(doc["children"], "unit:T1", "2026-01", "all"))["amount"] == "57.70");
    CHECK((*findRow(doc["children"], "unit:T1", "2026-03", "all"))["amount"] == "115.39");
    CHECK((*findRow(doc["children"], "unit:T1", "2026-04", "all"))["amount"] == "57.69");

    auto show = runSalesctl({ "--db", db, "targets", "show", "--period", "2026", "--json" });
    INFO(show.err);
    REQUIRE(show.exitCode == 0);
    auto rows = show.json()["targets"];
    // T1 and T2 (saved, all/existing/new) and a1 (its March row). Units first.
    REQUIRE(rows.size() == 7);
    CHECK(rows[0]["owner"] == "unit:T1");
    CHECK(rows[0]["amount"] == "750.00");
    CHECK(rows[0]["actual"] == "600.00");
    CHECK(rows[0]["attainment"] == Approx(0.8));
    CHECK(rows[6]["owner"] == "rep:a1");
}

TEST_CASE("targets cli: show with today")
{
    QTemporaryDir dir;
    const std::string db = freshDb(dir);
    auto r = runSalesctl({ "--db", db, "targets", "show", "--period", "2026-03", "--today", "2026-03-10", "--json" });
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto rows = r.json()["targets"];
    REQUIRE(rows.size() == 1); // T1 has a quarter row only
    const auto& a1 = rows[0];
    CHECK(a1["owner"] == "rep:a1");
    CHECK(a1["metric"] == "revenue");
    CHECK(a1["segment"] == "all");
    CHECK(a1["amount"] == "500.00");
    CHECK(a1["actual"] == "600.00");
    CHECK(a1["attainment"] == Approx(1.2));
    CHECK(a1["gap"] == "-100.00");
    // March 2026: 1 March is a Sunday; working days 2–6, 9–13, 16–20, 23–27, 30–31 = 22; elapsed by the 10th: 7.
    // 60000 / 7 × 22 = 188571.43 → 1885.71.
    CHECK(a1["run_rate"] == "1885.71");

    auto q = runSalesctl({ "--db", db, "targets", "show", "--period", "2026Q1", "--owner", "unit:T1", "--json" });
    REQUIRE(q.exitCode == 0);
    auto qrows = q.json()["targets"];
    REQUIRE(qrows.size() == 2);
    CHECK(qrows[0]["owner"] == "unit:T1");
    CHECK(qrows[0]["attainment"] == Approx(0.6));
    CHECK(qrows[1]["amount"] == "500.00"); // a1's quarter = its March row
}

TEST_CASE("targets cli: without --amount the owner's stored target is decomposed")
{
    QTemporaryDir dir;
    const std::string db = freshDb(dir);
    // T1 has 1000.00 for 2026Q1 (targets.csv); equal over a1 and a2 → 500.00 each.
    auto r = runSalesctl({ "--db", db, "targets", "decompose", "--owner", "unit:T1", "--metric", "revenue", "--period",
                           "2026Q1", "--json" });
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto doc = r.json();
    CHECK(doc["amount"] == "1000.00");
    CHECK((*findRow(doc["children"], "rep:a1", "2026Q1", "all"))["amount"] == "500.00");
    CHECK((*findRow(doc["children"], "rep:a2", "2026Q1", "all"))["amount"] == "500.00");
    auto none = runSalesctl(
        { "--db", db, "targets", "decompose", "--owner", "unit:T2", "--metric", "revenue", "--period", "2026Q1" });
    CHECK(none.exitCode == 1);
    CHECK(none.err.find("has no revenue target for 2026Q1") != std::string::npos);
}

TEST_CASE("targets cli: a CSV weights file down to the reps")
{
    QTemporaryDir dir;
    const std::string db = freshDb(dir);
    // T1 : T2 = 1 : 1 → 500.00 each; a1 : a2 = 3 : 1 → 375.00 / 125.00; b1 alone → 500.00.
    auto r = runSalesctl({ "--db", db, "targets", "decompose", "--owner", "unit:C", "--metric", "revenue", "--period",
                           "2026", "--amount", "1000.00", "--method", "weights", "--weights",
                           kData + "/inputs/weights.csv", "--to-reps", "--json" });
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto doc = r.json();
    REQUIRE(doc["children"].size() == 5 * 39);
    // Tree order: T1, a1, a2, T2, b1.
    CHECK(doc["children"][0]["owner"] == "unit:T1");
    CHECK(doc["children"][39]["owner"] == "rep:a1");
    CHECK(doc["children"][39]["amount"] == "375.00");
    CHECK(doc["children"][39]["level"] == 2);
    CHECK(doc["children"][39]["parent"] == "unit:T1");
    CHECK(doc["children"][78]["amount"] == "125.00");
    CHECK(doc["children"][117]["owner"] == "unit:T2");
    CHECK(doc["children"][156]["owner"] == "rep:b1");
    CHECK(doc["children"][156]["amount"] == "500.00");

    auto bad = runSalesctl({ "--db", db, "targets", "decompose", "--owner", "unit:C", "--metric", "revenue", "--period",
                             "2026", "--amount", "1000.00", "--method", "weights", "--weights",
                             kData + "/inputs/weights_bad.csv" });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("weights_bad.csv:2: unknown owner zz") != std::string::npos);
}

TEST_CASE("targets cli: errors are clear and non-zero")
{
    QTemporaryDir dir;
    const std::string db = freshDb(dir);
    auto base = std::vector<std::string>{ "--db",    db,         "targets", "decompose", "--metric",
                                          "revenue", "--amount", "100.00",  "--method",  "equal" };
    auto run = [&](std::vector<std::string> extra) {
        auto args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        return runSalesctl(args);
    };
    auto unknown = run({ "--owner", "unit:X", "--period", "2026" });
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.find("unknown owner unit:X") != std::string::npos);
    auto week = run({ "--owner", "unit:C", "--period", "2026-W10" });
    CHECK(week.exitCode != 0);
    CHECK(week.err.find("cannot be decomposed") != std::string::npos);
    auto label = run({ "--owner", "unit:C", "--period", "2026Q5" });
    CHECK(label.exitCode == 2);
    auto season
        = run({ "--owner", "unit:C", "--period", "2026Q1", "--seasonality", kData + "/inputs/seasonality.txt" });
    CHECK(season.exitCode != 0);
    CHECK(season.err.find("needs 3 weights") != std::string::npos);
    auto noWeights = run({ "--owner", "unit:C", "--period", "2026", "--method", "weights" });
    CHECK(noWeights.exitCode == 2);
    auto json = runSalesctl({ "--db", db, "targets", "show", "--period", "2026", "--owner", "rep:zz", "--json" });
    CHECK(json.exitCode != 0);
    CHECK(json.out.empty());
}

// salesctl receivables and kpi score over tests/data/kpi (the dataset of tests/domain/test_kpi_appraisal.cpp);
// expected values are the hand-worked ones of that test and of docs/receivables.md's rules.

#include "CliRunner.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using sd::test::runSalesctl;

namespace {

std::string importedKpiDb(const QTemporaryDir& dir)
{
    const std::string db = dir.filePath(QStringLiteral("w.sqlite")).toStdString();
    const std::string data = std::string(SALESDESK_TEST_DATA) + "/kpi";
    auto r = runSalesctl({"--db", db, "import", data, "--workspace", data + "/workspace.json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("salesctl kpi score --json")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string db = importedKpiDb(dir);
    auto r = runSalesctl({"--db", db, "kpi", "score", "--period", "2026Q3", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto j = r.json();
    REQUIRE(j["reps"].size() == 2);
    const auto& r1 = j["reps"][0];
    CHECK(r1["rep_id"] == "r1");
    CHECK(r1["template"] == "rep_q");
    // revenue 90,000.00 of 100,000.00 (month rows) → 0.9 → 90.
    CHECK(r1["items"][0]["actual"] == "90000.00");
    CHECK(r1["items"][0]["target"] == "100000.00");
    CHECK(r1["items"][0]["attainment"].get<double>() == Approx(0.9));
    // collection rate 0.8 against 0.9 → 0.8889 → band 0.8 → 60.
    CHECK(r1["items"][1]["actual"].get<double>() == Approx(0.8));
    CHECK(r1["items"][1]["attainment"].get<double>() == Approx(0.8889));
    CHECK(r1["items"][1]["score"].get<double>() == Approx(60));
    CHECK(r1["items"][2]["actual"] == 3); // visits, a count
    CHECK(r1["items"][4]["score"].get<double>() == Approx(83.13));
    CHECK(r1["items"][4]["attainment"].is_null());
    // (3600 + 1200 + 150 + 1000 + 1662.5)/100 = 76.125 → 76.13 → C.
    CHECK(r1["total"].get<double>() == Approx(76.13));
    CHECK(r1["grade"] == "C");
    const auto& r5 = j["reps"][1];
    CHECK(r5["rep_id"] == "r5");
    CHECK(r5["template"] == "rep_senior");
    CHECK(r5["items"][0]["target"] == "500000.00"); // fixed 500000 currency units
    CHECK(r5["total"].get<double>() == Approx(89));
    CHECK(r5["grade"] == "B");
    REQUIRE(j["distribution"].size() == 1);
    CHECK(j["distribution"][0]["unit_id"] == "T1");
    CHECK(j["distribution"][0]["passes"] == true);
}

TEST_CASE("salesctl receivables --json")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string db = importedKpiDb(dir);
    // As of 2026-09-30: o1 settled; o2 40,000 − 20,000 = 20,000.00 due 09-04 → 26 days → 1-30;
    // o3 cancelled; o5 550,000.00 due 10-01 → current.
    auto r = runSalesctl({"--db", db, "receivables", "--as-of", "2026-09-30", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto j = r.json();
    CHECK(j["total"]["current"] == "550000.00");
    CHECK(j["total"]["1-30"] == "20000.00");
    CHECK(j["total"][">180"] == "0.00");
    REQUIRE(j["customers"].size() == 2);
    CHECK(j["customers"][0]["id"] == "c1");
    CHECK(j["customers"][0]["1-30"] == "20000.00");
    CHECK(j["customers"][1]["total"] == "550000.00");
    REQUIRE(j["overdue"].size() == 1);
    CHECK(j["overdue"][0]["order_id"] == "o2");
    CHECK(j["overdue"][0]["days_past_due"] == 26);
    // September: only o2 is due (o1 paid before the month) → 20,000/40,000 = 0.5.
    CHECK(j["collection_rate"]["rate"].get<double>() == Approx(0.5));

    auto owner = runSalesctl({"--db", db, "receivables", "--as-of", "2026-09-30", "--owner", "rep:r5", "--json"});
    REQUIRE(owner.exitCode == 0);
    CHECK(owner.json()["customers"].size() == 1);
    CHECK(owner.json()["collection_rate"]["rate"].is_null()); // o5 due 10-01: nothing due in September

    auto bad = runSalesctl({"--db", db, "receivables", "--as-of", "2026-02-30"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--as-of") != std::string::npos);
}

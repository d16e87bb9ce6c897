// salesctl funnel weekly --xlsx/--pdf on tests/data/funnel-zh (tests/data/funnel with rep r1 named 张伟 and
// customer c1 named 华东钢铁有限公司): the workbook read back by openpyxl and compared value by value with the
// JSON of the same run, the PDF's text by pdftotext.

#include "CliRunner.h"
#include "ExportReadBack.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

using nlohmann::json;
using sd::test::runSalesctl;

namespace {

struct ZhFunnelDb
{
    QTemporaryDir dir;
    std::string db;

    ZhFunnelDb()
    {
        db = (dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        auto r = runSalesctl({"--db", db, "import", std::string(SALESDESK_TEST_DATA) + "/funnel-zh"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    std::string file(const char* name) const { return (dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }
};

// A JSON money string ("1234.50") as the number the xlsx cell holds.
double money(const json& s)
{
    return std::stod(s.get<std::string>());
}

} // namespace

TEST_CASE("funnel weekly review exported as xlsx matches the JSON figures", "[funnel]")
{
    ZhFunnelDb w;
    const std::string xlsx = w.file("review.xlsx");
    auto r = runSalesctl({"--db", w.db, "--lang", "en", "funnel", "weekly", "--week", "2026-W11", "--owner", "rep:r1",
                          "--period", "2026Q2", "--xlsx", xlsx, "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const json j = r.json();

    // Hand-worked (W11 = 03-09 … 03-15, start 03-08, end 03-15; pipeline = open, expected close ≤ 2026-06-30):
    // start B 500 + C 200 + E 400 = 1100.00 (A, D, G won, F lost at the start); end B, C, E + G reopened on 03-15
    // (negotiate, close 04-30) = 1700.00; G was won at the start, so it comes back as new: 1100 + 600 = 1700.
    const json& b = j["bridge"];
    CHECK(b["period_last_day"] == "2026-06-30");
    CHECK(b["start"] == json{{"count", 3}, {"amount", "1100.00"}});
    CHECK(b["new"] == json{{"count", 1}, {"amount", "600.00"}});
    CHECK(b["pulled_in"]["count"] == 0);
    CHECK(b["end"] == json{{"count", 4}, {"amount", "1700.00"}});
    // Stalled: C (proposal since 02-03, 40 days) before B (qualify since 02-10, 33 days); movers by amount: G, E.
    REQUIRE(j["stalled"].size() == 2);
    CHECK(j["stalled"][0]["id"] == "C");
    CHECK(j["stalled"][0]["days_in_stage"] == 40);
    CHECK(j["stalled"][1]["id"] == "B");
    CHECK(j["stalled"][1]["owner_name"] == "张伟");
    REQUIRE(j["movers"].size() == 2);
    CHECK(j["movers"][0]["id"] == "G");
    CHECK(j["movers"][1]["id"] == "E");

    REQUIRE(std::filesystem::exists(xlsx));
    const json book = sd::test::readXlsx(xlsx);
    REQUIRE(book["sheets"].size() == 4);
    const json& summary = book["sheets"][0]["rows"];
    // Rows: 0 title, 1 subtitle, 3 header, 4–10 categories in SPEC order, 11 closed at both ends.
    const char* cats[] = {"won", "lost", "new", "advanced", "regressed", "stalled", "unchanged"};
    for (int i = 0; i < 7; ++i) {
        INFO(cats[i]);
        const json& row = summary[4 + i];
        CHECK(row[1].get<double>() == j["categories"][cats[i]]["count"].get<double>());
        CHECK(row[2].get<double>() == Approx(money(j["categories"][cats[i]]["amount"])).margin(1e-9));
    }
    CHECK(summary[11][1].get<double>() == j["closed_both_ends"].get<double>());
    // 13 header, 14–18 the five stages at both ends.
    for (int k = 0; k < 5; ++k) {
        const json& row = summary[14 + k];
        const json& st = j["stages"][k];
        CHECK(row[1].get<double>() == st["count_start"].get<double>());
        CHECK(row[2].get<double>() == Approx(money(st["amount_start"])).margin(1e-9));
        CHECK(row[3].get<double>() == st["count_end"].get<double>());
        CHECK(row[4].get<double>() == Approx(money(st["amount_end"])).margin(1e-9));
    }
    // 20 bridge title, 21 header, 22 start, 23–29 the steps (subtracting ones negative), 30 end.
    CHECK(summary[22][2].get<double>() == Approx(1100.0));
    const char* steps[] = {"new", "pulled_in", "increased", "decreased", "pushed_out", "won", "lost"};
    for (int i = 0; i < 7; ++i) {
        INFO(steps[i]);
        const double sign = i >= 3 ? -1.0 : 1.0;
        CHECK(summary[23 + i][1].get<double>() == b[steps[i]]["count"].get<double>());
        CHECK(summary[23 + i][2].get<double>() == Approx(sign * money(b[steps[i]]["amount"])).margin(1e-9));
    }
    CHECK(summary[30][2].get<double>() == Approx(1700.0));

    // Stalled sheet: the same ids in the same order, days and amounts; Chinese names as they are.
    const json& stalled = book["sheets"][1]["rows"];
    REQUIRE(stalled.size() == 1 + j["stalled"].size());
    for (size_t i = 0; i < j["stalled"].size(); ++i) {
        const json& row = stalled[1 + i];
        const json& s = j["stalled"][i];
        CHECK(row[0] == s["id"]);
        CHECK(row[2] == "华东钢铁有限公司");
        CHECK(row[3] == s["owner_name"]);
        CHECK(row[5] == s["entered_on"]);
        CHECK(row[6].get<double>() == s["days_in_stage"].get<double>());
        CHECK(row[7].get<double>() == Approx(money(s["amount"])).margin(1e-9));
    }
    CHECK(book["sheets"][1]["freeze"] == "A2");
    // Movers and every change, against the JSON lists.
    const json& movers = book["sheets"][2]["rows"];
    REQUIRE(movers.size() == 1 + j["movers"].size());
    for (size_t i = 0; i < j["movers"].size(); ++i) {
        CHECK(movers[1 + i][0] == j["movers"][i]["id"]);
        CHECK(movers[1 + i][7].get<double>() == Approx(money(j["movers"][i]["amount"])).margin(1e-9));
    }
    const json& changes = book["sheets"][3]["rows"];
    REQUIRE(changes.size() == 1 + j["changes"].size());
    for (size_t i = 0; i < j["changes"].size(); ++i) {
        const json& c = j["changes"][i];
        CHECK(changes[1 + i][0] == c["id"]);
        CHECK(changes[1 + i][1] == c["category"]);
        CHECK(changes[1 + i][3] == c["to_stage"]);
        CHECK(changes[1 + i][5].get<double>() == Approx(money(c["amount"])).margin(1e-9));
    }
}

TEST_CASE("funnel weekly review printed as PDF shows the Chinese names", "[funnel]")
{
    ZhFunnelDb w;
    const std::string pdf = w.file("review.pdf");
    auto r = runSalesctl({"--db", w.db, "--lang", "zh_CN", "funnel", "weekly", "--week", "2026-W11", "--owner",
                          "rep:r1", "--pdf", pdf});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string text = sd::test::pdfText(pdf);
    CHECK(text.find("张伟") != std::string::npos);
    CHECK(text.find("华东钢铁有限公司") != std::string::npos);
    CHECK(text.find("Deal C") != std::string::npos);
    // The stage names of the default settings are Chinese too (方案报价 would come back from pdftotext with the
    // Kangxi radical ⽅ for 方, so another stage is checked).
    CHECK(text.find("需求确认") != std::string::npos);
}

TEST_CASE("funnel weekly export to a bad path fails cleanly", "[funnel]")
{
    ZhFunnelDb w;
    auto r = runSalesctl({"--db", w.db, "funnel", "weekly", "--week", "2026-W11", "--xlsx", "/nonexistent/dir/r.xlsx"});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.empty());
    CHECK_FALSE(std::filesystem::exists("/nonexistent/dir/r.xlsx"));
    CHECK(runSalesctl({"--db", w.db, "funnel", "weekly", "--week", "2026-W11", "--period", "2026-W10"}).exitCode == 2);
}

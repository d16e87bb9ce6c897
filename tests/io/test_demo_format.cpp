// The demo generator's files: the columns of INTERCHANGE.md, plausible sizes, determinism, workspace.json.

#include "test_demo_support.h"

#include "domain/Date.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace demotest;

TEST_CASE("demo: every CSV has exactly INTERCHANGE's columns", "[demo]")
{
    // The full column lists of INTERCHANGE.md "CSV folder", in its order.
    const std::map<std::string, std::vector<std::string>> expected
        = { { "org_units.csv", { "id", "parent_id", "name", "kind" } },
            { "reps.csv",
              { "id", "name", "org_unit_id", "role", "level", "hire_date", "manager_id", "active", "left_on" } },
            { "products.csv", { "id", "name", "category" } },
            { "customers.csv",
              { "id", "name", "owner_rep_id", "industry", "created_on", "payment_terms_days", "credit_limit",
                "birthday", "founded_on" } },
            { "opportunities.csv",
              { "id", "name", "customer_id", "owner_rep_id", "amount", "created_on", "expected_close_on", "stage" } },
            { "stage_history.csv", { "opportunity_id", "stage", "entered_on" } },
            { "orders.csv",
              { "id", "customer_id", "rep_id", "product_id", "order_date", "amount", "gross_profit", "opportunity_id",
                "cancelled_on" } },
            { "order_credits.csv", { "order_id", "rep_id", "share", "overlay" } },
            { "payments.csv", { "id", "order_id", "paid_on", "amount" } },
            { "activities.csv", { "id", "rep_id", "customer_id", "kind", "date", "opportunity_id", "note" } },
            { "targets.csv", { "owner_kind", "owner_id", "metric", "period", "segment", "amount" } },
            { "kpi_values.csv", { "rep_id", "period", "code", "value" } },
            { "reviews.csv", { "subject_rep_id", "period", "reviewer_kind", "reviewer_id", "score" } } };
    const auto& s = shared();
    REQUIRE(s.tables.size() == expected.size());
    for (const auto& [file, columns] : expected) {
        INFO(file);
        REQUIRE(s.tables.count(file) == 1);
        CHECK(s[file].header == columns);
    }
    // The summary lists every file with its data rows, workspace.json last.
    REQUIRE(s.summary.files.size() == expected.size() + 1);
    CHECK(s.summary.files.back() == std::pair<std::string, std::int64_t>{ "workspace.json", 1 });
    for (const auto& [file, rows] : s.summary.files)
        if (file != "workspace.json")
            CHECK(static_cast<size_t>(rows) == s[file].rows.size());
}

TEST_CASE("demo: small is the size of a real mid-size company", "[demo]")
{
    const auto& s = shared();
    auto rows = [&](const char* f) { return s[f].rows.size(); };
    CHECK(rows("org_units.csv") == 1 + 4 + 12); // company, 4 regions, 3 teams each
    CHECK(rows("reps.csv") >= 95);
    CHECK(rows("reps.csv") <= 110);
    CHECK(rows("products.csv") >= 20);
    CHECK(rows("customers.csv") == 3000);
    CHECK(rows("opportunities.csv") >= 9000);
    CHECK(rows("opportunities.csv") <= 11000);
    CHECK(rows("stage_history.csv") >= 2 * rows("opportunities.csv"));
    CHECK(rows("stage_history.csv") <= 6 * rows("opportunities.csv"));
    CHECK(rows("orders.csv") >= 10500);
    CHECK(rows("orders.csv") <= 13500);
    CHECK(rows("payments.csv") >= rows("orders.csv") * 9 / 10);
    CHECK(rows("payments.csv") <= rows("orders.csv") * 2);
    CHECK(rows("activities.csv") >= 50000);
    CHECK(rows("activities.csv") <= 70000);
    CHECK(rows("order_credits.csv") >= 200);
    CHECK(rows("targets.csv") >= 2 * 12 * 4 * 80); // two years × 12 months × 4 metrics × the reps
    CHECK(rows("kpi_values.csv") >= 11 * 70);
    CHECK(rows("reviews.csv") >= 11 * 70 * 3);
}

TEST_CASE("demo: the same seed gives the same bytes, another seed other data", "[demo]")
{
    TempDir a("a"), b("b"), c("c");
    generateSmall(a.path());
    generateSmall(b.path());
    generateSmall(c.path(), kSeed + 1);
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(a.path())) {
        const auto name = entry.path().filename();
        INFO(name.string());
        CHECK(readFile(entry.path()) == readFile(b.path() / name));
        ++files;
    }
    CHECK(files == 14);
    CHECK(readFile(a.path() / "opportunities.csv") != readFile(c.path() / "opportunities.csv"));
    // The shared run (same seed, another folder) is identical too.
    CHECK(readFile(a.path() / "payments.csv") == readFile(shared().dir.path() / "payments.csv"));
}

TEST_CASE("demo: workspace.json holds stages, templates, grades and plans", "[demo]")
{
    const auto ws = nlohmann::json::parse(readFile(shared().dir.path() / "workspace.json"));
    CHECK(ws["currency"] == "CNY");
    REQUIRE(ws["stages"].size() == 5);
    CHECK(ws["stages"][0]["code"] == "lead");
    CHECK(ws["stages"][4]["code"] == "commit");
    CHECK(ws["stages"][2]["probability"] == 50);

    REQUIRE(ws["kpi_templates"].size() == 2);
    std::set<std::string> roles;
    for (const auto& t : ws["kpi_templates"]) {
        roles.insert(t["role"].get<std::string>());
        int total = 0;
        for (const auto& item : t["items"]) {
            total += item["weight"].get<int>();
            CHECK(item.contains("perspective"));
            const std::string type = item["rule"]["type"];
            if (type == "direct" || type == "anchored")
                CHECK_FALSE(item.contains("target"));
            else
                CHECK(item.contains("target"));
        }
        CHECK(total == 100);
    }
    CHECK(roles == std::set<std::string>{ "rep", "regional_manager" });
    const auto& rep = ws["kpi_templates"][0]["items"];
    CHECK(rep[0]["kpi"] == "revenue");
    CHECK(rep[0]["weight"] == 40);
    CHECK(rep[1]["kpi"] == "collection_rate");
    CHECK(rep[1]["target"] == 0.9);
    CHECK(rep[3]["kpi"] == "visits");
    CHECK(rep[3]["target"].is_number_integer());
    CHECK(rep[3]["target"].get<int>() >= 10);

    CHECK(ws["grades"][0][0] == "S");
    REQUIRE(ws["incentive_plans"].size() == 3);
    const auto& monthly = ws["incentive_plans"][0];
    CHECK(monthly["code"] == "rep_monthly");
    CHECK(monthly["components"][0]["cap"] == "50000.00"); // money is a string
    CHECK(monthly["components"][0]["category_multipliers"]["strategic"] == 1.5);
    CHECK(monthly["components"][2]["prizes"][2] == "最佳开拓奖");
    const auto& quarterly = ws["incentive_plans"][1];
    CHECK(quarterly["period"] == "quarter");
    CHECK(quarterly["components"][0]["type"] == "grade_bonus");
    CHECK(quarterly["components"][1]["prizes"][0] == "最佳销售员");
}

TEST_CASE("demo: bad options give clear errors", "[demo]")
{
    sd::io::DemoOptions o;
    o.asOf = testAsOf();
    CHECK_THROWS_WITH(sd::io::generateDemo(o), Catch::Contains("output folder"));

    TempDir d("bad");
    std::filesystem::create_directories(d.path());
    {
        std::ofstream(d.path() / "file") << "x";
    }
    o.outDir = (d.path() / "file").string(); // a file, not a folder
    CHECK_THROWS_AS(sd::io::generateDemo(o), sd::io::DemoError);

    std::atomic<bool> cancel{ true };
    o.outDir = (d.path() / "out").string();
    o.cancel = &cancel;
    CHECK_THROWS_AS(sd::io::generateDemo(o), sd::io::DemoCancelled);

    sd::io::DemoSize size;
    CHECK(sd::io::demoSizeFromText("large", size));
    CHECK(size == sd::io::DemoSize::Large);
    CHECK_FALSE(sd::io::demoSizeFromText("medium", size));
}

// The CSV folder importer without a database: the good and bad folders of tests/data/csv.

#include "io/CsvImporter.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace sd;
using namespace sd::io;

namespace {

const std::filesystem::path kData = std::filesystem::path(SALESDESK_TEST_DATA) / "csv";

WorkspaceSettings settingsWithCsat()
{
    WorkspaceSettings s;
    s.kpis.push_back(KpiDef{"csat", "CSAT", "manual", false});
    return s;
}

long long countOf(const ImportReport& r, const std::string& file)
{
    for (const auto& [f, n] : r.counts)
        if (f == file)
            return n;
    return -1;
}

std::vector<std::string> lines(const std::vector<ImportIssue>& issues)
{
    std::vector<std::string> out;
    for (const auto& i : issues)
        out.push_back(i.toString());
    return out;
}

bool hasPrefix(const std::vector<std::string>& all, const std::string& prefix)
{
    return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

std::filesystem::path tempDir(const std::string& name)
{
    auto d = std::filesystem::temp_directory_path() / ("salesdesk_test_" + name);
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
}

void writeFile(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream f(p, std::ios::binary);
    f << text;
}

} // namespace

TEST_CASE("Importer: the good folder reads whole, with the right counts and values")
{
    CsvImporter importer(settingsWithCsat());
    Dataset b;
    auto r = importer.read(kData / "good", b);
    INFO(Catch::Detail::stringify(lines(r.errors)));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    CHECK(countOf(r, "org_units.csv") == 3);
    CHECK(countOf(r, "reps.csv") == 3);
    CHECK(countOf(r, "products.csv") == 2);
    CHECK(countOf(r, "customers.csv") == 2);
    CHECK(countOf(r, "opportunities.csv") == 3);
    CHECK(countOf(r, "stage_history.csv") == 5);
    CHECK(countOf(r, "orders.csv") == 3);
    CHECK(countOf(r, "order_credits.csv") == 3);
    CHECK(countOf(r, "payments.csv") == 2);
    CHECK(countOf(r, "activities.csv") == 2);
    CHECK(countOf(r, "targets.csv") == 3);
    CHECK(countOf(r, "kpi_values.csv") == 1);
    CHECK(countOf(r, "reviews.csv") == 3);

    // org_units.csv has a BOM and CRLF line ends; a quoted name holds a comma.
    REQUIRE(b.orgUnits.size() == 3);
    CHECK(b.orgUnits[0].id == "HQ");
    CHECK(!b.orgUnits[0].parentId);
    CHECK(b.orgUnits[0].name == "Acme, Inc.");
    CHECK(b.orgUnits[0].kind == OrgKind::Company);
    CHECK(b.orgUnits[2].parentId == std::optional<std::string>("R1"));

    REQUIRE(b.reps.size() == 3);
    CHECK(b.reps[0].role == Role::RegionalManager);
    CHECK(b.reps[1].managerId == std::optional<std::string>("M1"));
    CHECK(b.reps[1].active); // empty `active` = 1
    CHECK(!b.reps[2].active);
    CHECK(b.reps[2].leftOn == Date::fromYmd(2026, 2, 28));
    CHECK(b.reps[2].level == Level::Junior);

    CHECK(b.products[0].name == "Widget \"Pro\"");

    // customers.csv has its columns in another order and a BOM.
    REQUIRE(b.customers.size() == 2);
    CHECK(b.customers[0].name == "Shanghai Trading Co., Ltd.");
    CHECK(b.customers[0].paymentTermsDays == 45);
    CHECK(b.customers[0].creditLimit == Money::fromCents(10000000)); // 100000.00 → 10,000,000 cents
    CHECK(b.customers[0].foundedOn == Date::fromYmd(2001, 5, 20));
    CHECK(b.customers[1].name == "北京客户");
    CHECK(b.customers[1].paymentTermsDays == 30); // empty = default 30
    CHECK(!b.customers[1].creditLimit);
    CHECK(!b.customers[1].industry);
    CHECK(b.customers[1].birthday == Date::fromYmd(1980, 2, 29));

    REQUIRE(b.opportunities.size() == 3);
    CHECK(b.opportunities[1].name == "Multi\nline name");
    CHECK(b.opportunities[1].amount == Money::fromCents(1200050)); // 12000.5 → 1,200,050 cents
    CHECK(b.opportunities[2].amount == Money::fromCents(80000));
    // Histories: O1's rows are interleaved with O2's in the file but keep their own order.
    REQUIRE(b.opportunities[0].history.size() == 3);
    CHECK(b.opportunities[0].history[0] == StageEntry{"lead", Date::fromYmd(2026, 1, 5)});
    CHECK(b.opportunities[0].history[2] == StageEntry{"won", Date::fromYmd(2026, 3, 1)});
    CHECK(b.opportunities[1].history.size() == 2);
    CHECK(b.opportunities[2].history.empty()); // in `lead` since created_on

    REQUIRE(b.orders.size() == 3);
    CHECK(b.orders[1].amount == Money::fromCents(123456));
    CHECK(b.orders[1].grossProfit == Money::fromCents(-1005));
    CHECK(b.orders[1].cancelledOn == Date::fromYmd(2026, 2, 20));
    CHECK(b.orders[0].opportunityId == std::optional<std::string>("O1"));
    CHECK(b.orders[2].amount == Money::fromCents(30000));

    REQUIRE(b.orderCredits.size() == 3);
    CHECK(b.orderCredits[0].share == Rational(3, 5));
    CHECK(!b.orderCredits[1].overlay); // empty = 0
    CHECK(b.orderCredits[2].overlay);
    CHECK(b.orderCredits[2].share == Rational(1, 10));

    CHECK(b.payments[1].amount == Money::fromCents(3000000));
    CHECK(b.activities[0].note == std::optional<std::string>("Met the buyer, discussed \"pricing\""));
    CHECK(b.activities[1].kind == ActivityKind::Call);
    CHECK(!b.activities[1].opportunityId);

    REQUIRE(b.targets.size() == 3);
    CHECK(b.targets[0].owner == OwnerRef{OwnerKind::Unit, "HQ"});
    CHECK(b.targets[0].segment == Segment::All); // empty = all
    CHECK(b.targets[0].amount == 100000000);     // 1,000,000.00 in cents
    CHECK(b.targets[2].metric == Metric::NewCustomers);
    CHECK(b.targets[2].amount == 3); // a count, not cents
    CHECK(b.targets[2].segment == Segment::New);

    CHECK(b.kpiValues[0].value == Rational(9, 2));
    REQUIRE(b.reviews.size() == 3);
    CHECK(b.reviews[0].score == Rational(177, 2));
    CHECK(!b.reviews[2].reviewerId);
}

TEST_CASE("Importer: the bad folder reports every error as file:line: column:, and nothing is kept")
{
    CsvImporter importer{WorkspaceSettings{}};
    Dataset b;
    auto r = importer.read(kData / "bad", b);
    CHECK(!r.ok());
    const auto errs = lines(r.errors);
    const std::vector<std::string> expected = {
        // org_units.csv
        "org_units.csv:4: parent_id: a second root unit 'R2'",
        "org_units.csv:5: kind: unknown value 'squad'",
        "org_units.csv:6: id: duplicate id 'T1' (first on line 5)",
        "org_units.csv:7: id: id has leading or trailing spaces",
        "org_units.csv:8: parent_id: unknown org unit 'RX'",
        // reps.csv
        "reps.csv:3: role: unknown value 'boss'",
        "reps.csv:4: level: unknown value 'expert'",
        "reps.csv:4: hire_date: not a date (YYYY-MM-DD): '2023-13-01'",
        "reps.csv:4: active: must be 1 or 0",
        "reps.csv:5: org_unit_id: unknown org unit 'TX'",
        "reps.csv:5: manager_id: unknown rep 'SX'",
        "reps.csv:5: left_on: left_on is before hire_date",
        // customers.csv
        "customers.csv:3: name: required value is empty",
        "customers.csv:3: created_on: not a date",
        "customers.csv:3: payment_terms_days: out of range",
        "customers.csv:3: credit_limit: more than two decimals: '12.345'",
        "customers.csv:4: owner_rep_id: unknown rep 'S9'",
        // opportunities.csv
        "opportunities.csv:3: stage: unknown stage 'pitch' (lead, qualify, proposal, negotiate, commit, won, lost)",
        "opportunities.csv:6: customer_id: unknown customer 'CX'",
        // stage_history.csv
        "stage_history.csv:4: entered_on: history dates go backwards for opportunity 'O1'",
        "stage_history.csv:5: entered_on: the first history row of opportunity 'O3' must be on its created_on",
        "stage_history.csv:6: stage: the last history row of opportunity 'O3' must be its stage 'proposal'",
        "stage_history.csv:8: stage: unknown stage 'closing'",
        "stage_history.csv:9: opportunity_id: unknown opportunity 'OX'",
        // orders.csv
        "orders.csv:3: amount: more than two decimals: '12.345'",
        "orders.csv:4: cancelled_on: cancelled_on 2026-03-01 is before order_date 2026-03-05",
        "orders.csv:5: id: duplicate id 'D1' (first on line 2)",
        "orders.csv:6: expected 9 fields, found 10",
        "orders.csv:7: product_id: unknown product 'PX'",
        "orders.csv:7: amount: not an amount of money",
        // order_credits.csv
        "order_credits.csv:3: share: the non-overlay shares of order 'D1' sum to 0.8, must be exactly 1",
        "order_credits.csv:4: share: more than 6 decimals: '0.1234567'",
        "order_credits.csv:5: order_id: unknown order 'D9'",
        "order_credits.csv:6: overlay: must be 1 or 0: 'yes'",
        // payments.csv
        "payments.csv:2: amount: a payment must be more than 0: '0'",
        "payments.csv:3: amount: a payment must be more than 0: '-5.00'",
        "payments.csv:4: paid_on: not a date (YYYY-MM-DD): '2026-02-30'",
        "payments.csv:5: id: required value is empty",
        // activities.csv: the bad byte, and lines after it still checked
        "activities.csv:2: kind: unknown value 'lunch'",
        "activities.csv:3: note: invalid UTF-8 byte 0xFF",
        "activities.csv:4: opportunity_id: unknown opportunity 'OX'",
        "activities.csv:5: id: duplicate id 'A2' (first on line 3)",
        // targets.csv
        "targets.csv:2: period: unknown period label",
        "targets.csv:3: owner_kind: unknown value 'team'",
        "targets.csv:4: amount: not a whole number: '2.5'",
        "targets.csv:5: amount: more than two decimals: '100.999'",
        "targets.csv:6: owner_id: duplicate target",
        "targets.csv:7: owner_id: duplicate target",
        "targets.csv:8: owner_id: unknown rep 'SX'",
        "targets.csv:8: period: a target is for a month, a quarter or a year, not a week",
        "targets.csv:8: segment: unknown value 'vip'",
        // kpi_values.csv
        "kpi_values.csv:1: code: required column is missing",
        // reviews.csv
        "reviews.csv:2: score: score must be between 0 and 100: '101'",
        "reviews.csv:3: period: a review period must be a quarter",
        "reviews.csv:4: reviewer_kind: unknown value 'boss'",
        "reviews.csv:6: score: score must be between 0 and 100: '-1'",
    };
    for (const auto& e : expected) {
        INFO(e);
        CHECK(hasPrefix(errs, e));
    }
    CHECK(r.errorCount == static_cast<long long>(r.errors.size()));
    // Warnings: the unknown column and the unknown file.
    const auto warns = lines(r.warnings);
    CHECK(hasPrefix(warns, "org_units.csv:1: colour: unknown column, ignored"));
    CHECK(hasPrefix(warns, "notes.csv: not a file of the interchange format, ignored"));
    CHECK(hasPrefix(warns, "reviews.csv:5: reviewer_id: the same reviewer reviews this rep twice"));
    CHECK(hasPrefix(warns, "activities.csv: the file is not valid UTF-8"));
    // Errors are sorted by file order, then line.
    CHECK(errs.front().rfind("org_units.csv:", 0) == 0);
    CHECK(errs.back().rfind("reviews.csv:", 0) == 0);
}

TEST_CASE("Importer: references resolve to rows the workspace already holds")
{
    auto dir = tempDir("refs");
    writeFile(dir / "orders.csv", "id,customer_id,rep_id,product_id,order_date,amount,gross_profit\n"
                                  "D9,C1,S1,P1,2026-01-02,10.00,1.00\n"
                                  "D10,C1,S2,P1,2026-01-02,10.00,1.00\n");
    ExistingData known;
    known.customers.insert("C1");
    known.reps.insert("S1");
    known.products.insert("P1");
    CsvImporter importer(WorkspaceSettings{}, known);
    Dataset b;
    auto r = importer.read(dir, b);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "orders.csv:3: rep_id: unknown rep 'S2'");
    std::filesystem::remove_all(dir);
}

TEST_CASE("Importer: the single root counts the stored org tree")
{
    auto dir = tempDir("roots");
    writeFile(dir / "org_units.csv", "id,parent_id,name,kind\nT9,R1,New team,team\nX,,Other company,company\n");
    ExistingData known;
    known.orgUnits = {"HQ", "R1"};
    known.orgUnitRows = {OrgUnit{"HQ", std::nullopt, "HQ", OrgKind::Company},
                         OrgUnit{"R1", std::string("HQ"), "R1", OrgKind::Region}};
    CsvImporter importer(WorkspaceSettings{}, known);
    Dataset b;
    auto r = importer.read(dir, b);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString().rfind("org_units.csv:3: parent_id: a second root unit 'X'", 0) == 0);

    // Without the second root, adding a team under the stored region is fine.
    writeFile(dir / "org_units.csv", "id,parent_id,name,kind\nT9,R1,New team,team\n");
    r = importer.read(dir, b);
    CHECK(r.ok());
    CHECK(b.orgUnits.size() == 1);

    // A cycle is refused.
    writeFile(dir / "org_units.csv", "id,parent_id,name,kind\nHQ,,HQ,company\nA,B,A,region\nB,A,B,region\n");
    r = importer.read(dir, b);
    CHECK(hasPrefix(lines(r.errors), "org_units.csv:3: parent_id: parent_id makes a cycle"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("Importer: stage codes come from the settings given")
{
    auto dir = tempDir("stages");
    writeFile(dir / "customers.csv", "id,name,owner_rep_id,created_on\nC1,C,S1,2026-01-01\n");
    writeFile(dir / "opportunities.csv", "id,name,customer_id,owner_rep_id,amount,created_on,stage\n"
                                         "O1,A,C1,S1,1.00,2026-01-02,pitch\nO2,B,C1,S1,1.00,2026-01-02,lead\n");
    ExistingData known;
    known.reps.insert("S1");
    WorkspaceSettings s;
    s.stages = {StageDef{"pitch", "Pitch", Rational(20), std::nullopt, {}}};
    Dataset b;
    auto r = CsvImporter(s, known).read(dir, b);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "opportunities.csv:3: stage: unknown stage 'lead' (pitch, won, lost)");
    std::filesystem::remove_all(dir);
}

TEST_CASE("Importer: unknown column and unknown KPI code are warnings, not errors")
{
    auto dir = tempDir("warn");
    writeFile(dir / "products.csv", "id,name,category,colour,,\nP1,Widget,std,red,,\n");
    writeFile(dir / "kpi_values.csv", "rep_id,period,code,value\nS1,2026Q1,nps,7\nS1,2026Q1,revenue,7\n");
    ExistingData known;
    known.reps.insert("S1");
    Dataset b;
    auto r = CsvImporter(WorkspaceSettings{}, known).read(dir, b);
    CHECK(r.ok());
    const auto w = lines(r.warnings);
    CHECK(hasPrefix(w, "products.csv:1: colour: unknown column, ignored"));
    CHECK(hasPrefix(w, "products.csv:1: column 5 has no name, ignored"));
    CHECK(hasPrefix(w, "products.csv:1: column 6 has no name, ignored"));
    CHECK(hasPrefix(w, "kpi_values.csv:2: code: KPI 'nps' is not defined in the workspace settings"));
    CHECK(hasPrefix(w, "kpi_values.csv:3: code: KPI 'revenue' is computed from the data"));
    CHECK(b.products.size() == 1);
    CHECK(b.kpiValues.size() == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("Importer: progress is reported and a cancelled read keeps nothing")
{
    std::vector<double> fractions;
    std::atomic_bool cancel{false};
    CsvImporter importer(settingsWithCsat());
    importer.setProgressCallback([&](double f, const std::string&) { fractions.push_back(f); });
    Dataset b;
    auto r = importer.read(kData / "good", b);
    CHECK(r.ok());
    REQUIRE(!fractions.empty());
    CHECK(fractions.back() == 1.0);
    CHECK(std::is_sorted(fractions.begin(), fractions.end()));

    importer.setCancelFlag(&cancel);
    importer.setProgressCallback([&](double, const std::string&) { cancel = true; });
    r = importer.read(kData / "good", b);
    CHECK(r.cancelled);
    CHECK(!r.ok());
    CHECK(b.orgUnits.empty());
    CHECK(b.orders.empty());
}

TEST_CASE("Importer: a folder without interchange files, or a missing folder, is an error")
{
    auto dir = tempDir("empty");
    Dataset b;
    auto r = CsvImporter(WorkspaceSettings{}).read(dir, b);
    CHECK(!r.ok());
    r = CsvImporter(WorkspaceSettings{}).read(dir / "nope", b);
    CHECK(!r.ok());
    writeFile(dir / "reps.csv", "");
    r = CsvImporter(WorkspaceSettings{}).read(dir, b);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "reps.csv:1: the file is empty (a header row is needed)");
    std::filesystem::remove_all(dir);
}

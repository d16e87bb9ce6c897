// salesctl meeting-pack and receivables --xlsx on tests/data/daily, read back with openpyxl and pdftotext.
//
// The fixture (week 2026-W11 = Mon 2026-03-09 … Sun 2026-03-15, team t1 "Team One"):
// reps r1 Alice Wang (t1), r2 Bob Li (t1), r3 Carol Zhou moved from t1 to t2 effective 2026-03-09 (the move is
// made here with SqlDailyRepository::moveRep, so r3 was in t1 from its hire date to 03-08).
// Orders: o5 c1 r1 2025-10-01 600.00; o1 c1 r1 01-10 2000.00 (paid 500.00 on 02-01, 300.00 on 03-10);
// o3 c3 r3 03-02 1500.00 (earned in t1); o2 c2 r2 03-11 800.00 (c2's first order); o4 c3 r3 03-12 400.00 (t2).
// Terms 30 days (c3: 60). Targets: t1 revenue 2026-03 5000.00, r1 3000.00, r2 1000.00.

#include "CliRunner.h"
#include "ExportReadBack.h"

#include "storage/SqlDailyRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using nlohmann::json;
using sd::test::runSalesctl;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_cli";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

struct DailyDb
{
    QTemporaryDir dir;
    std::string db;

    DailyDb()
    {
        ensureApp();
        db = (dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        const std::string data = std::string(SALESDESK_TEST_DATA) + "/daily";
        auto r = runSalesctl({"--db", db, "import", data, "--workspace", data + "/workspace.json"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        sd::storage::Workspace ws(QString::fromStdString(db));
        sd::storage::SqlDailyRepository repo(ws);
        const auto closed = repo.moveRep("r3", "t2", sd::Date::parseOrThrow("2026-03-09"));
        REQUIRE(closed.orgUnitId == "t1");
        REQUIRE(closed.from == sd::Date::parseOrThrow("2024-01-01"));
        REQUIRE(closed.to == sd::Date::parseOrThrow("2026-03-08"));
        repo.addVisitPlans({{"r1", "2026-W11", "c1", {}}, {"r1", "2026-W11", "c3", {}}, {"r2", "2026-W11", "c2", {}},
                            {"r1", "2026-W12", "c2", {}}});
        repo.addCoachingNote({"n1", "r1", sd::Date::parseOrThrow("2026-03-06"), std::string("Manager"),
                              "Follow up the Acme proposal"});
        repo.addCoachingNote({"n2", "r1", sd::Date::parseOrThrow("2026-03-20"), {}, "After the week"});
        repo.saveTraining({"tr2", "r1", "Product basics", sd::TrainingKind::NewHire, {}, {}});
        repo.saveTraining({"tr1", "r1", "Consultative selling", sd::TrainingKind::Continuing,
                           sd::Date::parseOrThrow("2026-02-20"), std::string("revenue")});
        repo.addCustomerChange({"c1", sd::Date::parseOrThrow("2026-03-12"), "credit_limit", std::string("800.00"),
                                std::string("1000.00")});
    }

    sd::test::CliResult run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        return runSalesctl(args);
    }
};

const json& sheet(const json& book, const std::string& name)
{
    for (const auto& s : book["sheets"])
        if (s["name"] == name)
            return s;
    FAIL("no sheet " << name);
    static json none;
    return none;
}

double num(const json& cell)
{
    return cell.get<double>();
}

} // namespace

TEST_CASE("the meeting pack as xlsx: five sheets and one per rep, hand-worked figures", "[meeting-pack]")
{
    DailyDb w;
    const std::string xlsx = (w.dir.path() + QStringLiteral("/pack.xlsx")).toStdString();
    auto r = w.run({"meeting-pack", "--unit", "t1", "--week", "2026-W11", "--xlsx", xlsx, "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const json out = r.json();
    // r3 left t1 on the Monday, so only r1 and r2 are in the team during the week.
    CHECK(out["reps"] == json{"r1", "r2"});
    CHECK(out["from"] == "2026-03-09");
    CHECK(out["to"] == "2026-03-15");

    const json book = sd::test::readXlsx(xlsx);
    REQUIRE(book["sheets"].size() == 7);
    CHECK(book["sheets"][5]["name"] == "Alice Wang");
    CHECK(book["sheets"][6]["name"] == "Bob Li");

    // Sheet 1: only revenue has targets: 3 owners × 4 spans, from row 3.
    const auto& t = sheet(book, "1 Targets")["rows"];
    REQUIRE(t.size() == 15);
    CHECK(t[2][0] == "Owner");
    // March has 22 working days; 500000 cents / 22 = 22727 rest 6 → the first 6 working days (03-02 … 03-09) get
    // 22728. Week 11 = 03-09 … 03-13: 22728 + 4 × 22727 = 113636 → 1136.36. Actual: o2 800.00 (r3 left before it).
    CHECK(t[3][0] == "unit:t1");
    CHECK(t[3][4] == "2026-W11");
    CHECK(num(t[3][5]) == Approx(1136.36));
    CHECK(num(t[3][6]) == Approx(800.00));
    CHECK(num(t[3][7]) == Approx(80000.0 / 113636.0));
    CHECK(num(t[3][8]) == Approx(336.36));
    // Month to date 03-01 … 03-15: o3 1500.00 earned by r3 while in t1 stays with t1, + o2 800.00 = 2300.00
    // (o4, booked by r3 in t2, does not count) → 2300 / 5000 = 0.46, gap 2700.00.
    CHECK(t[4][4] == "2026-03");
    CHECK(num(t[4][6]) == Approx(2300.00));
    CHECK(num(t[4][7]) == Approx(0.46));
    CHECK(num(t[4][8]) == Approx(2700.00));
    // Quarter to date: + o1 2000.00 → 4300.00 against the March row (the only month with a target) = 0.86.
    CHECK(t[5][4] == "2026Q1");
    CHECK(num(t[5][5]) == Approx(5000.00));
    CHECK(num(t[5][6]) == Approx(4300.00));
    CHECK(num(t[5][7]) == Approx(0.86));
    // r1, week: 300000 / 22 = 13636 rest 8 → 03-02 … 03-11 get 13637: 3 × 13637 + 2 × 13636 = 68183 → 681.83; 0 done.
    CHECK(t[7][0] == "rep:r1");
    CHECK(num(t[7][5]) == Approx(681.83));
    CHECK(num(t[7][6]) == Approx(0.0));
    // r1 quarter: o1 2000.00 / 3000.00.
    CHECK(num(t[9][7]) == Approx(2.0 / 3.0));
    // r2 week: 100000 / 22 = 4545 rest 10 → 03-02 … 03-13 get 4546: 5 × 4546 = 227.30; actual 800.00.
    CHECK(t[11][0] == "rep:r2");
    CHECK(num(t[11][5]) == Approx(227.30));
    CHECK(num(t[11][6]) == Approx(800.00));

    // Sheet 2: c2 created 03-10, c2's first order o2 on 03-11, c1's credit limit changed on 03-12.
    const auto& c = sheet(book, "2 Customers")["rows"];
    REQUIRE(c.size() == 6);
    CHECK(c[3][0] == "2026-03-10");
    CHECK(c[3][1] == "c2");
    CHECK(c[3][4] == "New customer");
    CHECK(c[4][4] == "First order");
    CHECK(c[4][7] == "o2");
    CHECK(c[5][1] == "c1");
    CHECK(c[5][5] == "credit_limit");
    CHECK(c[5][6] == "800.00");
    CHECK(c[5][7] == "1000.00");

    // Sheet 3: r1 planned c1 and c3, visited c1 twice (a1, a2; a5 on 03-16 is next week), one call →
    // planned 2, done 1, completion 0.5; r2 planned c2 and visited it → 1 of 1.
    const auto& v = sheet(book, "3 Visits")["rows"];
    CHECK(v[3][0] == "r1");
    CHECK(num(v[3][2]) == 2);
    CHECK(num(v[3][3]) == 1);
    CHECK(num(v[3][4]) == Approx(0.5));
    CHECK(num(v[3][5]) == 0);
    CHECK(num(v[3][6]) == 2);
    CHECK(num(v[3][7]) == 1);
    CHECK(v[4][0] == "r2");
    CHECK(num(v[4][4]) == Approx(1.0));
    CHECK(v[7][1] == "c1");
    CHECK(v[7][4] == "2026-03-10, 2026-03-12");
    CHECK(v[8][1] == "c3");
    CHECK((v[8][4].is_null() || v[8][4] == ""));

    // Sheet 4: op1 lead → qualify on 03-10 (advanced), op2 created 03-11 (new), op3 in proposal since 01-20
    // (54 days before 03-15 ≥ 30: stalled); op4 belongs to r3, now in t2.
    const auto& o = sheet(book, "4 Opportunities")["rows"];
    CHECK(o[3][0] == "Won");
    CHECK(num(o[3][1]) == 0);
    CHECK(o[5][0] == "New");
    CHECK(num(o[5][1]) == 1);
    CHECK(num(o[5][2]) == Approx(500.00));
    CHECK(o[6][0] == "Advanced");
    CHECK(num(o[6][2]) == Approx(1000.00));
    CHECK(o[8][0] == "Stalled");
    CHECK(num(o[8][2]) == Approx(700.00));
    REQUIRE(o.size() == 15);
    CHECK(o[12][0] == "op1");
    CHECK(o[12][4] == "Advanced");
    CHECK(o[13][0] == "op2");
    CHECK(o[14][0] == "op3");
    CHECK(o[14][4] == "Stalled");

    // Sheet 5 as of 03-15: r1 collected 300.00 in the week; o1 2000 − 800 = 1200.00, due 02-09, 34 days → 31-60;
    // o5 600.00 due 2025-10-31, 135 days → 91-180; balance 1800.00, all overdue. March rate: due set o1 (1500.00
    // at 03-01) and o5 (600.00) = 2100.00, collected 300.00 → 1/7. r2: o2 800.00 current (due 04-10), nothing due
    // in March → rate empty.
    const auto& k = sheet(book, "5 Collections")["rows"];
    CHECK(k[3][0] == "r1");
    CHECK(num(k[3][2]) == Approx(300.00));
    CHECK(num(k[3][3]) == Approx(0.0));
    CHECK(num(k[3][5]) == Approx(1200.00));
    CHECK(num(k[3][7]) == Approx(600.00));
    CHECK(num(k[3][9]) == Approx(1800.00));
    CHECK(num(k[3][10]) == Approx(1800.00));
    CHECK(num(k[3][11]) == Approx(1.0 / 7.0));
    CHECK(num(k[4][3]) == Approx(800.00));
    CHECK(k[4][11].is_null());
    CHECK(k[5][0] == "t1");
    CHECK(num(k[5][9]) == Approx(2600.00));
    CHECK(num(k[5][10]) == Approx(1800.00));
    CHECK(k[8][0] == "o5");
    CHECK(num(k[8][5]) == 135);
    CHECK(k[9][0] == "o1");
    CHECK(num(k[9][5]) == 34);

    // Alice's 1:1 sheet: funnel op1 qualify 1000.00 × 25% + op3 proposal 700.00 × 50% = 600.00 weighted; appraisal
    // 2026Q1: revenue 2000/3000 → 66.67, visits 3 (a5 is in Q1) of 10 → 30: both open; the course that addresses
    // revenue comes first; the note of 03-20 is after the week.
    const auto& a = sheet(book, "Alice Wang")["rows"];
    std::string all;
    for (const auto& row : a)
        for (const auto& cell : row)
            if (cell.is_string())
                all += cell.get<std::string>() + "|";
    CHECK(all.find("Consultative selling|Continuing|2026-02-20|Revenue|") != std::string::npos);
    CHECK(all.find("Follow up the Acme proposal") != std::string::npos);
    CHECK(all.find("After the week") == std::string::npos);
    bool sawWeighted = false;
    bool sawRevenueItem = false;
    for (const auto& row : a) {
        if (row.size() > 3 && row[0] == "Total" && row[3].is_number()) {
            CHECK(num(row[3]) == Approx(600.00));
            CHECK(num(row[2]) == Approx(1700.00));
            sawWeighted = true;
        }
        if (row.size() > 5 && row[0] == "Revenue" && row[1].is_number() && row[4].is_number()) {
            CHECK(num(row[4]) == Approx(66.67).margin(0.005));
            CHECK(row[5] == "Consultative selling");
            sawRevenueItem = true;
        }
    }
    CHECK(sawWeighted);
    CHECK(sawRevenueItem);
}

TEST_CASE("the meeting pack as PDF: the five tables, then a 1:1 page per rep", "[meeting-pack]")
{
    DailyDb w;
    const std::string pdf = (w.dir.path() + QStringLiteral("/pack.pdf")).toStdString();
    auto r = w.run({"meeting-pack", "--unit", "t1", "--week", "2026-W11", "--pdf", pdf, "--lang", "en"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string text = sd::test::pdfText(pdf);
    CHECK(text.find("Targets and attainment") != std::string::npos);
    CHECK(text.find("Customer pro") != std::string::npos); // pdftotext writes the "fi" ligature
    CHECK(text.find("Visit plan and visits done") != std::string::npos);
    CHECK(text.find("Collection tracker") != std::string::npos);
    CHECK(text.find("1,136.36") != std::string::npos);
    CHECK(text.find("2,300.00") != std::string::npos);
    CHECK(text.find("Alice Wang") != std::string::npos);
    CHECK(text.find("Follow up the Acme proposal") != std::string::npos);
    CHECK(text.find("Consultative selling") != std::string::npos);
    // Four pages of tables, then one page per rep (form feeds separate pages).
    CHECK(std::count(text.begin(), text.end(), '\f') >= 6);
}

TEST_CASE("meeting-pack refuses bad input", "[meeting-pack]")
{
    DailyDb w;
    CHECK(w.run({"meeting-pack", "--unit", "t1", "--week", "2026-W11"}).exitCode == 2);
    CHECK(w.run({"meeting-pack", "--unit", "t1", "--week", "2026-03", "--xlsx", "x.xlsx"}).exitCode == 2);
    auto r = w.run({"meeting-pack", "--unit", "nope", "--week", "2026-W11", "--xlsx", "x.xlsx"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("nope") != std::string::npos);
}

TEST_CASE("salesctl receivables --xlsx: aging per customer, rep and unit, overdue list, credit risk", "[meeting-pack]")
{
    DailyDb w;
    const std::string xlsx = (w.dir.path() + QStringLiteral("/ar.xlsx")).toStdString();
    auto r = w.run({"receivables", "--as-of", "2026-03-15", "--xlsx", xlsx, "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["balance_total"] == "4500.00"); // the JSON is unchanged by --xlsx
    const json book = sd::test::readXlsx(xlsx);
    // Summary: current o2 800 + o3 1500 (due 05-01) + o4 400 = 2700; 31-60 o1 1200; 91-180 o5 600; total 4500.
    const auto& s = sheet(book, "Summary")["rows"];
    CHECK(num(s[4][2]) == Approx(2700.00));
    CHECK(num(s[4][4]) == Approx(1200.00));
    CHECK(num(s[4][6]) == Approx(600.00));
    CHECK(num(s[4][8]) == Approx(4500.00));
    const auto& reps = sheet(book, "Reps")["rows"];
    CHECK(reps[1][0] == "r1");
    CHECK(num(reps[1][8]) == Approx(1800.00));
    CHECK(reps[3][0] == "r3");
    CHECK(num(reps[3][8]) == Approx(1900.00));
    const auto& od = sheet(book, "Overdue")["rows"];
    REQUIRE(od.size() == 3);
    CHECK(od[1][0] == "o5");
    CHECK(od[2][0] == "o1");
    // c1: 1800.00 over its 1000.00 limit, and 600.00 more than 90 days past due.
    const auto& cf = sheet(book, "Credit risk")["rows"];
    REQUIRE(cf.size() == 2);
    CHECK(cf[1][0] == "c1");
    CHECK(num(cf[1][2]) == Approx(1800.00));
    CHECK(cf[1][4] == "yes");
    CHECK(cf[1][5] == "yes");
    CHECK(num(cf[1][6]) == Approx(600.00));
}

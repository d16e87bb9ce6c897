// salesctl incentive calc --xlsx / --pdf-dir on tests/data/incentive: the payroll workbook read back by openpyxl and
// compared value by value with the --json figures; a statement PDF's text (pdftotext). The figures themselves are
// worked by hand in test_incentive_cli.cpp: r1 total 1,300.00, r2 9,149.35 (commission 1,149.35 on A = 30,500.01,
// a = 30,500.01 / 20,000 = 1.5250005 → tier 3 at 8%), r3 0.00 (commission error: no target).

#include "CliRunner.h"
#include "ExportReadBack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdlib>

using nlohmann::json;
using sd::test::runSalesctl;

namespace {

struct ExportDb
{
    QTemporaryDir dir;
    std::string db;

    ExportDb()
    {
        db = (dir.path() + QStringLiteral("/w.sqlite")).toStdString();
        const std::string data = std::string(SALESDESK_TEST_DATA) + "/incentive";
        auto r = runSalesctl({"--db", db, "import", data, "--workspace", data + "/workspace.json"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    std::string path(const char* name) const
    {
        return QDir(dir.path()).filePath(QString::fromUtf8(name)).toStdString();
    }
};

double num(const json& v)
{
    return v.is_string() ? std::strtod(v.get<std::string>().c_str(), nullptr) : v.get<double>();
}

// The JSON component of a rep with this type, in order of appearance (the n-th of that type).
const json* findComponent(const json& reps, const std::string& repId, const std::string& type, int nth)
{
    for (const json& rep : reps) {
        if (rep.at("rep_id") != repId)
            continue;
        for (const json& c : rep.at("components"))
            if (c.at("type") == type && nth-- == 0)
                return &c;
    }
    return nullptr;
}

void sameFigure(const json& cell, const json& expected, double margin = 0.005)
{
    if (expected.is_null()) {
        CHECK(cell.is_null());
        return;
    }
    REQUIRE_FALSE(cell.is_null());
    CHECK(cell.get<double>() == Approx(num(expected)).margin(margin));
}

} // namespace

TEST_CASE("incentive payroll xlsx matches the JSON figures value by value", "[incentives]")
{
    ExportDb w;
    const std::string xlsx = w.path("payroll.xlsx");
    auto plain = runSalesctl({"--db", w.db, "incentive", "calc", "--period", "2026-10", "--json"});
    auto r = runSalesctl(
        {"--db", w.db, "--lang", "en", "incentive", "calc", "--period", "2026-10", "--json", "--xlsx", xlsx});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    // The JSON does not change with an export.
    CHECK(r.json() == plain.json());
    const json doc = r.json();
    const json& reps = doc.at("reps");

    const json book = sd::test::readXlsx(xlsx);
    REQUIRE(book.at("sheets").size() == 3);

    // Payroll: title, header, one row per rep, grand total.
    const json& payroll = book["sheets"][0];
    CHECK(payroll["name"] == "Payroll");
    const json& prow = payroll["rows"];
    CHECK(prow[1][0] == "Rep ID");
    CHECK(prow[1][9] == "Total");
    REQUIRE(prow.size() >= 2 + reps.size() + 1);
    for (size_t i = 0; i < reps.size(); ++i) {
        const json& row = prow[2 + i];
        CHECK(row[0] == reps[i].at("rep_id"));
        CHECK(row[1] == reps[i].at("name"));
        CHECK(row[3] == reps[i].at("plan"));
        sameFigure(row[9], reps[i].at("total"));
    }
    CHECK(prow[2][5].get<double>() == Approx(-1200.00)); // r1's clawback column
    CHECK(prow[4][4].get<double>() == Approx(0.0)); // r3's commission is an error: nothing paid …
    CHECK(prow[4][10].get<std::string>().find("no revenue target for 2026-10") != std::string::npos); // … and why
    const json& grand = prow[2 + reps.size()];
    CHECK(grand[0] == "Total");
    CHECK(grand[9].get<double>() == Approx(10449.35).margin(0.001)); // 1,300.00 + 9,149.35 + 0.00

    // Components: one row per rep and component, inputs and amount as in the JSON.
    const json& comps = book["sheets"][1]["rows"];
    CHECK(comps[0][3] == "Type");
    size_t expectedRows = 0;
    for (const json& rep : reps)
        expectedRows += rep.at("components").size();
    REQUIRE(comps.size() == expectedRows + 1);
    std::map<std::pair<std::string, std::string>, int> seen;
    for (size_t i = 1; i < comps.size(); ++i) {
        const json& row = comps[i];
        const std::string rep = row[0], type = row[3];
        INFO(rep << " " << type);
        const json* c = findComponent(reps, rep, type, seen[{rep, type}]++);
        REQUIRE(c != nullptr);
        sameFigure(row[12], c->at("amount"));
        if (type == "commission" || type == "bonus") {
            sameFigure(row[6], c->at("actual"));
            sameFigure(row[7], c->at("target"));
            sameFigure(row[8], c->at("attainment"), 0.00005);
        }
        if (type == "commission") {
            sameFigure(row[9], c->at("tier"), 0);
            sameFigure(row[10], c->at("rate"), 1e-9);
        }
        if (type == "contest")
            sameFigure(row[9], c->at("rank"), 0);
        if (c->contains("error"))
            CHECK(row[13] == c->at("error"));
    }

    // Lines: r2's commission lines share C = 1,149.35 and add up to it.
    const json& lines = book["sheets"][2]["rows"];
    double r2Shares = 0;
    int r2Lines = 0;
    for (size_t i = 1; i < lines.size(); ++i)
        if (lines[i][0] == "r2" && lines[i][2] == "commission") {
            r2Shares += lines[i][8].get<double>();
            ++r2Lines;
        }
    CHECK(r2Lines == 2);
    CHECK(r2Shares == Approx(1149.35).margin(0.001));
}

TEST_CASE("incentive statements as PDF explain the figures", "[incentives]")
{
    ExportDb w;
    const std::string dir = w.path("statements");
    auto r = runSalesctl({"--db", w.db, "--lang", "en", "incentive", "calc", "--period", "2026-10", "--pdf-dir", dir});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(QDir(QString::fromStdString(dir)).entryList(QDir::Files).size() == 3);

    const std::string bob = sd::test::pdfText(dir + "/incentive-2026-10-r2.pdf");
    CHECK(bob.find("Incentive statement") != std::string::npos);
    CHECK(bob.find("Bob") != std::string::npos);
    CHECK(bob.find("30,500.01") != std::string::npos); // A
    CHECK(bob.find("20,000.00") != std::string::npos); // T
    CHECK(bob.find("152.50%") != std::string::npos); // a = 1.5250005
    CHECK(bob.find("1,149.35") != std::string::npos); // C
    CHECK(bob.find("5,000.00") != std::string::npos); // bonus step 2
    CHECK(bob.find("9,149.35") != std::string::npos); // total
    CHECK(bob.find("O5") != std::string::npos); // a line

    const std::string carol = sd::test::pdfText(dir + "/incentive-2026-10-r3.pdf");
    CHECK(carol.find("no revenue target for 2026-10") != std::string::npos);
    CHECK(carol.find("最佳销售员") != std::string::npos);

    // A folder that cannot be created: a clear error, exit 1.
    QFile blocker(QString::fromStdString(w.path("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    r = runSalesctl({"--db", w.db, "incentive", "calc", "--period", "2026-10", "--pdf-dir", w.path("file") + "/sub"});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.empty());
}

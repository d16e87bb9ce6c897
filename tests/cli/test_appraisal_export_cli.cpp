// salesctl appraisal export over tests/data/kpi (its team renamed to Chinese): the workbook read back with openpyxl
// and compared value by value with `salesctl kpi score --json`; the cycle columns come from stored records; the PDF
// form's text read back with pdftotext. Hand-worked figures as in test_kpi_cli.cpp.

#include "CliRunner.h"
#include "ExportReadBack.h"

#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <filesystem>

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

// tests/data/kpi with team T1 named 华东一组, imported into dir/w.sqlite.
std::string importedDb(const QTemporaryDir& dir)
{
    const QString src = QStringLiteral(SALESDESK_TEST_DATA "/kpi");
    const QString data = dir.filePath(QStringLiteral("kpi"));
    QDir().mkpath(data);
    for (const QString& f : QDir(src).entryList(QDir::Files))
        QFile::copy(QDir(src).filePath(f), QDir(data).filePath(f));
    QFile org(QDir(data).filePath(QStringLiteral("org_units.csv")));
    QFile::setPermissions(org.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(org.open(QIODevice::WriteOnly | QIODevice::Truncate));
    org.write("id,parent_id,name,kind\nC,,华信公司,company\nT1,C,华东一组,team\n");
    org.close();
    const std::string db = dir.filePath(QStringLiteral("w.sqlite")).toStdString();
    auto r = runSalesctl({"--db", db, "import", data.toStdString(), "--workspace", (data + "/workspace.json").toStdString()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return db;
}

// r1 walked to sign-off with a calibration C → B; r5 left in manager review with a comment.
void storeCycle(const std::string& db)
{
    ensureApp();
    sd::storage::Workspace ws(QString::fromStdString(db));
    sd::storage::SqlAppraisalRepository repo(ws);
    using namespace sd;
    const auto fresh = [](const char* rep) {
        AppraisalRecord r;
        r.repId = rep;
        r.period = "2026Q3";
        return r;
    };
    AppraisalRecord r1 = fresh("r1");
    const std::vector<std::string> grades = {"S", "A", "B", "C", "D"};
    const auto save = [&repo](const CycleStep& s) {
        repo.save(s.record, s.event);
        return s.record;
    };
    r1 = save(advance(r1, {"li", "2026-10-10T09:00:00Z"}));
    r1 = save(setSelfComment(r1, "完成了销售任务", {"r1", "2026-10-11T09:00:00Z"}));
    r1 = save(advance(r1, {"li", "2026-10-12T09:00:00Z"}));
    r1 = save(setManagerComment(r1, "回款需加强", {"li", "2026-10-13T09:00:00Z"}));
    r1 = save(advance(r1, {"li", "2026-10-14T09:00:00Z"}));
    r1 = save(calibrate(r1, "B", "大客户签约在10月初，贡献在本季度", std::string("C"), grades, {"hr", "2026-10-15T08:00:00Z"}));
    r1 = save(advance(r1, {"hr", "2026-10-15T10:30:00Z"}));
    AppraisalRecord r5 = fresh("r5");
    r5 = save(advance(r5, {"li", "2026-10-10T09:00:00Z"}));
    r5 = save(advance(r5, {"li", "2026-10-10T09:05:00Z"}));
    save(setManagerComment(r5, "Steady quarter", {"li", "2026-10-13T09:00:00Z"}));
}

double num(const nlohmann::json& v)
{
    return v.is_string() ? std::stod(v.get<std::string>()) : v.get<double>();
}

// The sheet's item columns: the codes of the templates in workspace.json, in order (rep_q, then rep_senior's new
// ones); 6 fixed columns, 4 per code, then 360, total, scored grade, grade, note, comment, state, sign-off date.
const std::vector<std::string> kCodes = {"revenue",    "collection_rate", "visits",   "win_rate",
                                         "review_360", "complaints",      "behaviour"};
constexpr int kTail = 6 + 4 * 7;

const nlohmann::json* rowOf(const nlohmann::json& sheet, const std::string& repId)
{
    for (const auto& row : sheet["rows"])
        if (!row.empty() && row[0] == repId)
            return &row;
    return nullptr;
}

} // namespace

TEST_CASE("salesctl appraisal export: the sheet matches kpi score value by value", "[appraisal]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string db = importedDb(dir);
    storeCycle(db);

    auto score = runSalesctl({"--db", db, "kpi", "score", "--period", "2026Q3", "--json"});
    INFO(score.err);
    REQUIRE(score.exitCode == 0);
    const auto j = score.json();
    REQUIRE(j["reps"].size() == 2);

    const std::string xlsx = dir.filePath(QStringLiteral("sheet.xlsx")).toStdString();
    const std::string pdfDir = dir.filePath(QStringLiteral("forms")).toStdString();
    auto r = runSalesctl({"--db", db, "appraisal", "export", "--period", "2026Q3", "--xlsx", xlsx, "--pdf-dir", pdfDir,
                          "--lang", "en"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    const auto book = sd::test::readXlsx(xlsx);
    REQUIRE(book["sheets"].size() == 3); // summary, the one region-level unit (team T1 under the company), grades
    CHECK(book["sheets"][0]["name"] == "Summary");
    CHECK(book["sheets"][1]["name"] == "华东一组");
    CHECK(book["sheets"][2]["name"] == "Grade distribution");

    for (int s = 0; s < 2; ++s) {
        const auto& sheet = book["sheets"][s];
        CHECK(sheet["freeze"] == "C4");
        CHECK(sheet["rows"][2][0] == "Rep ID");
        CHECK(sheet["rows"][2][kTail + 1] == "Total");
        for (const auto& rep : j["reps"]) {
            const std::string id = rep["rep_id"];
            INFO("sheet " << s << " rep " << id);
            const auto* row = rowOf(sheet, id);
            REQUIRE(row != nullptr);
            CHECK((*row)[1] == rep["name"]);
            CHECK((*row)[2] == "华信公司 / 华东一组");
            CHECK((*row)[5] == rep["template"]);
            for (const auto& item : rep["items"]) {
                const auto at = std::find(kCodes.begin(), kCodes.end(), item["kpi"].get<std::string>());
                REQUIRE(at != kCodes.end());
                const int c = 6 + 4 * int(at - kCodes.begin());
                INFO("item " << item["kpi"]);
                for (const auto& [field, off] : {std::pair{"actual", 0}, {"target", 1}, {"attainment", 2}, {"score", 3}}) {
                    INFO(field);
                    if (item[field].is_null())
                        CHECK((*row)[c + off].is_null());
                    else
                        CHECK((*row)[c + off].get<double>() == Approx(num(item[field])).margin(1e-9));
                }
            }
            if (rep["review_360"].is_null())
                CHECK((*row)[kTail].is_null());
            else
                CHECK((*row)[kTail].get<double>() == Approx(num(rep["review_360"])).margin(1e-9));
            CHECK((*row)[kTail + 1].get<double>() == Approx(num(rep["total"])).margin(1e-9));
            CHECK((*row)[kTail + 2] == rep["grade"]);
        }
        const auto& formats = sheet["formats"][3];
        CHECK(formats[6] == "#,##0.00");  // revenue actual, money
        CHECK(formats[8] == "0.00%");     // attainment
        CHECK(formats[9] == "0.00");      // score
        CHECK(formats[10] == "0.00%");    // collection rate, a ratio
    }

    // Hand-worked figures: r1 revenue 90,000.00 of 100,000.00 → 0.9 → 90; total 76.13 → C, calibrated to B.
    const auto& summary = book["sheets"][0];
    const auto* r1 = rowOf(summary, "r1");
    REQUIRE(r1 != nullptr);
    CHECK((*r1)[6].get<double>() == Approx(90000.0));
    CHECK((*r1)[7].get<double>() == Approx(100000.0));
    CHECK((*r1)[8].get<double>() == Approx(0.9));
    CHECK((*r1)[9].get<double>() == Approx(90.0));
    CHECK((*r1)[10].get<double>() == Approx(0.8));   // collection rate 0.8
    CHECK((*r1)[12].get<double>() == Approx(0.8889)); // 0.8 / 0.9 = 0.88888… → 0.8889
    CHECK((*r1)[kTail + 1].get<double>() == Approx(76.13));
    CHECK((*r1)[kTail + 2] == "C");
    CHECK((*r1)[kTail + 3] == "B");
    CHECK((*r1)[kTail + 4] == "大客户签约在10月初，贡献在本季度");
    CHECK((*r1)[kTail + 5] == "回款需加强");
    CHECK((*r1)[kTail + 6] == "Signed off");
    CHECK((*r1)[kTail + 7] == "2026-10-15");
    // r5: (50·110 + 20·50 + 30·80)/100 = 89.00 → B, not calibrated, not signed off.
    const auto* r5 = rowOf(summary, "r5");
    REQUIRE(r5 != nullptr);
    CHECK((*r5)[kTail + 1].get<double>() == Approx(89.0));
    CHECK((*r5)[kTail + 3] == "B");
    CHECK((*r5)[kTail + 4].is_null());
    CHECK((*r5)[kTail + 5] == "Steady quarter");
    CHECK((*r5)[kTail + 6] == "Manager review");
    CHECK((*r5)[kTail + 7].is_null());

    // The grade distribution of T1: 2 graded, no S, no S+A (B and C before calibration).
    const auto& dist = book["sheets"][2]["rows"];
    CHECK(dist[2][0] == "T1");
    CHECK(dist[2][2].get<double>() == 2);
    CHECK(dist[2][8] == "yes");

    // One form per rep; r1's has the figures, the calibration and the signature lines.
    CHECK(std::filesystem::exists(pdfDir + "/2026Q3_r5.pdf"));
    const std::string text = sd::test::pdfText(pdfDir + "/2026Q3_r1.pdf");
    INFO(text);
    CHECK(text.find("华信公司") != std::string::npos);
    CHECK(text.find("Appraisal form 2026Q3") != std::string::npos);
    CHECK(text.find("Rep r1 (r1)") != std::string::npos);
    CHECK(text.find("90,000.00") != std::string::npos);
    CHECK(text.find("100,000.00") != std::string::npos);
    CHECK(text.find("88.89%") != std::string::npos);
    CHECK(text.find("76.13") != std::string::npos);
    CHECK(text.find("C → B") != std::string::npos);
    CHECK(text.find("回款需加强") != std::string::npos);
    CHECK(text.find("完成了销售任务") != std::string::npos);
    CHECK(text.find("2026-10-15 (hr)") != std::string::npos);
    CHECK(text.find("Employee") != std::string::npos);
    CHECK(text.find("Manager:") != std::string::npos);
}

TEST_CASE("salesctl appraisal export: bad input is refused and nothing is written", "[appraisal]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string db = importedDb(dir);
    const std::string xlsx = dir.filePath(QStringLiteral("x.xlsx")).toStdString();
    auto month = runSalesctl({"--db", db, "appraisal", "export", "--period", "2026-07", "--xlsx", xlsx});
    CHECK(month.exitCode == 2);
    CHECK(month.err.find("quarter") != std::string::npos);
    auto noOut = runSalesctl({"--db", db, "appraisal", "export", "--period", "2026Q3"});
    CHECK(noOut.exitCode == 2);
    auto badDir = runSalesctl({"--db", db, "appraisal", "export", "--period", "2026Q3", "--xlsx", "/nonexistent/x.xlsx"});
    CHECK(badDir.exitCode == 1);
    CHECK(badDir.err.find("export failed") != std::string::npos);
    auto owner = runSalesctl({"--db", db, "appraisal", "export", "--period", "2026Q3", "--xlsx", xlsx, "--owner",
                              "rep:nobody"});
    CHECK(owner.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(xlsx));
}

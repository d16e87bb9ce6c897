// Appraisal export benchmark: scores a quarter for every rep of a workspace, then writes the appraisal sheet twice,
// once through io::AppraisalExport (XlsxBook) and once with bare libxlsxwriter calls writing the same cells (same
// sheets, strings, numbers and formats), and prints the timings as JSON. docs/performance.md, "Appraisal".
//
//   appraisal_export_bench WORKSPACE.sqlite PERIOD OUT_DIR

#include "domain/Appraisal.h"
#include "domain/Review360.h"
#include "io/AppraisalExport.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"
#include "io/WorkspaceJson.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <map>
#include <string>

using namespace sd;
using Clock = std::chrono::steady_clock;

namespace {

// Process CPU seconds: the machine is shared, so wall time alone overstates the work.
double cpu()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

double num(const Rational& r, int places)
{
    double scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    return double(static_cast<long long>(r.roundedScaled(places))) / scale;
}

// The same cells as AppraisalExport::writeXlsx, written with libxlsxwriter directly.
void writeBare(const std::string& path, const io::AppraisalExport& ex, const AppraisalResult& res,
               const WorkspaceSettings& settings, const DatasetIndex& index)
{
    lxw_workbook* wb = workbook_new(path.c_str());
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format* pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.00%");
    lxw_format* number = workbook_add_format(wb);
    format_set_num_format(number, "0.00");
    lxw_format* integer = workbook_add_format(wb);
    format_set_num_format(integer, "#,##0");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    const auto& codes = ex.itemCodes();
    const std::string label = res.period.label();

    std::map<std::string, std::vector<const RepScorecard*>> regions;
    std::vector<const RepScorecard*> all;
    for (const RepScorecard& c : res.reps) {
        all.push_back(&c);
        const OrgUnit* region = ex.regionOf(*c.rep);
        regions[region ? region->name : std::string()].push_back(&c);
    }
    auto sheet = [&](const std::string& name, const std::vector<const RepScorecard*>& cards) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
        worksheet_write_string(ws, 0, 0, (label + " appraisal").c_str(), nullptr);
        lxw_col_t col = 0;
        for (const char* t : {"Rep ID", "Name", "Org path", "Role", "Level", "Template"})
            worksheet_write_string(ws, 2, col++, t, header);
        for (const std::string& code : codes) {
            worksheet_merge_range(ws, 1, col, 1, lxw_col_t(col + 3), code.c_str(), header);
            for (const char* t : {"Actual", "Target", "Attainment", "Score"})
                worksheet_write_string(ws, 2, col++, t, header);
        }
        for (const char* t : {"360 score", "Total", "Scored grade", "Grade", "Calibration note", "Manager comment",
                              "State", "Sign-off date"})
            worksheet_write_string(ws, 2, col++, t, header);
        worksheet_freeze_panes(ws, 3, 2);
        lxw_row_t row = 3;
        for (const RepScorecard* c : cards) {
            const Rep& r = *c->rep;
            worksheet_write_string(ws, row, 0, r.id.c_str(), nullptr);
            worksheet_write_string(ws, row, 1, r.name.c_str(), nullptr);
            worksheet_write_string(ws, row, 2, ex.orgPath(r).c_str(), nullptr);
            worksheet_write_string(ws, row, 3, std::string(toCode(r.role)).c_str(), nullptr);
            worksheet_write_string(ws, row, 4, std::string(toCode(r.level)).c_str(), nullptr);
            worksheet_write_string(ws, row, 5, c->kpiTemplate->code.c_str(), nullptr);
            lxw_col_t cc = 6;
            for (const std::string& code : codes) {
                const ItemScore* s = nullptr;
                for (const ItemScore& i : c->items)
                    if (i.kpi == code)
                        s = &i;
                if (s) {
                    lxw_format* f = s->unit == KpiUnit::Money ? money : s->unit == KpiUnit::Ratio ? pct : number;
                    if (s->actual)
                        worksheet_write_number(ws, row, cc, s->unit == KpiUnit::Money ? num(*s->actual / Rational(100), 2)
                                                                                        : num(*s->actual, 6), f);
                    if (s->target)
                        worksheet_write_number(ws, row, cc + 1, s->unit == KpiUnit::Money ? num(*s->target / Rational(100), 2)
                                                                                            : num(*s->target, 6), f);
                    if (s->attainment)
                        worksheet_write_number(ws, row, cc + 2, num(*s->attainment, 4), pct);
                    if (s->score)
                        worksheet_write_number(ws, row, cc + 3, num(*s->score, 2), number);
                }
                cc += 4;
            }
            std::optional<Rational> s360;
            for (const ItemScore& i : c->items)
                if (i.kpi == "review_360")
                    s360 = i.actual;
            if (!s360)
                s360 = review360(reviewsFor(index.data().reviews, r.id, label), settings.reviewWeights).score;
            if (s360)
                worksheet_write_number(ws, row, cc, num(*s360, 2), number);
            if (c->total.rounded)
                worksheet_write_number(ws, row, cc + 1, num(*c->total.rounded, 2), number);
            worksheet_write_string(ws, row, cc + 2, c->total.grade.value_or("").c_str(), nullptr);
            worksheet_write_string(ws, row, cc + 3, c->total.grade.value_or("").c_str(), nullptr);
            worksheet_write_string(ws, row, cc + 6, "Open", nullptr);
            ++row;
        }
        worksheet_autofilter(ws, 2, 0, row - 1, lxw_col_t(6 + 4 * codes.size() + 7));
    };
    sheet("Summary", all);
    for (const auto& [name, cards] : regions)
        sheet(name.empty() ? "Unassigned" : name, cards);
    lxw_worksheet* dist = workbook_add_worksheet(wb, "Grade distribution");
    lxw_row_t row = 2;
    for (const DistributionCheck& d : res.distribution) {
        worksheet_write_string(dist, row, 0, d.unitId.c_str(), nullptr);
        worksheet_write_string(dist, row, 1, d.unitName.c_str(), nullptr);
        worksheet_write_number(dist, row, 2, double(d.graded), integer);
        worksheet_write_string(dist, row, 3, d.topGrade.c_str(), nullptr);
        worksheet_write_number(dist, row, 4, double(d.countS), integer);
        worksheet_write_number(dist, row, 5, double(d.allowedS), integer);
        worksheet_write_number(dist, row, 6, double(d.countSA), integer);
        worksheet_write_number(dist, row, 7, double(d.allowedSA), integer);
        worksheet_write_string(dist, row, 8, d.passes() ? "yes" : "no", nullptr);
        ++row;
    }
    (void)date;
    workbook_close(wb);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: appraisal_export_bench WORKSPACE PERIOD OUT_DIR\n");
        return 2;
    }
    const std::string out = argv[3];
    auto t0 = Clock::now();
    storage::Workspace ws(QString::fromLocal8Bit(argv[1]));
    const WorkspaceSettings settings = io::loadSettings(ws);
    const Period period = Period::parseOrThrow(argv[2]);
    // As `salesctl kpi score` and `appraisal export` load: every part, activities of the period only.
    const FiscalCalendar cal = settings.calendar();
    const Dataset ds = ws.loadDataset(storage::PartAll, storage::DatasetWindow{period.firstDay(cal), period.lastDay(cal)});
    const DatasetIndex idx(ds);
    const auto records = storage::SqlAppraisalRepository(ws).records(argv[2]);
    const double load = since(t0);

    t0 = Clock::now();
    double c0 = cpu();
    const AppraisalEngine engine(idx, settings);
    // The parts the KPIs build on first use, timed one by one (CPU), then the scoring itself.
    const FiscalCalendar fc = settings.calendar();
    const Date from = period.firstDay(fc);
    const Date to = period.lastDay(fc);
    double c1 = cpu();
    if (!ds.orders.empty())
        idx.paymentsOfOrder(ds.orders.front());
    const double paymentGroupsCpu = cpu() - c1;
    c1 = cpu();
    engine.kpiActuals().actuals();
    const double actualsCpu = cpu() - c1;
    c1 = cpu();
    engine.kpiActuals().collectionRate("", from, to);
    const double collectionCpu = cpu() - c1;
    c1 = cpu();
    engine.kpiActuals().visits("", from, to);
    const double visitsCpu = cpu() - c1;
    c1 = cpu();
    const AppraisalResult res = engine.appraise(period);
    const double appraiseCpu = cpu() - c1;
    const double score = since(t0);
    const double scoreCpu = cpu() - c0;

    const io::AppraisalExport ex(idx, settings, res, records);
    t0 = Clock::now();
    c0 = cpu();
    ex.writeXlsx(out + "/appraisal-xlsxbook.xlsx");
    const double book = since(t0);
    const double bookCpu = cpu() - c0;
    t0 = Clock::now();
    c0 = cpu();
    writeBare(out + "/appraisal-bare.xlsx", ex, res, settings, idx);
    const double bare = since(t0);
    const double bareCpu = cpu() - c0;

    std::printf("{\"cpu_s\": {\"payments_by_order\": %.3f, \"actuals_engine\": %.3f, \"collection_scope\": %.3f, \"visit_counts\": %.3f, "
                "\"appraise\": %.3f}}\n",
                paymentGroupsCpu, actualsCpu, collectionCpu, visitsCpu, appraiseCpu);
    std::printf("{\"reps\": %zu, \"load_s\": %.3f, \"score_s\": %.3f, \"score_cpu_s\": %.3f, "
                "\"export_xlsxbook_s\": %.3f, \"export_xlsxbook_cpu_s\": %.3f, \"export_bare_libxlsxwriter_s\": %.3f, "
                "\"export_bare_cpu_s\": %.3f, \"ratio_wall\": %.2f, \"ratio_cpu\": %.2f}\n",
                res.reps.size(), load, score, scoreCpu, book, bookCpu, bare, bareCpu, book / bare, bookCpu / bareCpu);
    return 0;
}

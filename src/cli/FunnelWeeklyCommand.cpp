// salesctl funnel weekly --week 2026-W47 [--owner unit:ID|rep:ID] [--period P] [--xlsx F] [--pdf F] [--json]:
// the weekly change report of SPEC §4 (周漏斗复盘) with the stalled list, the biggest movers and the pipeline
// bridge, on screen and as the meeting's xlsx/PDF (docs/funnel.md, docs/cli.md).

#include "cli/FunnelCommandSupport.h"

#include "domain/FunnelWeekly.h"
#include "domain/WeeklyReview.h"
#include "io/FunnelWeeklyExport.h"
#include "io/XlsxBook.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/Workspace.h"

#include <cstdio>
#include <iomanip>
#include <sstream>

namespace sd::cli {

namespace {

Json lineJson(const WeeklyReviewLine& l)
{
    Json j;
    j["id"] = l.opportunity->id;
    j["name"] = l.opportunity->name;
    j["category"] = std::string(toCode(l.category));
    j["from_stage"] = l.fromStage.empty() ? Json(nullptr) : Json(l.fromStage);
    j["to_stage"] = l.toStage;
    j["customer"] = l.customerName;
    j["owner_rep_id"] = l.opportunity->ownerRepId;
    j["owner_name"] = l.ownerName;
    j["entered_on"] = l.enteredOn.toString();
    j["days_in_stage"] = countJson(l.daysInStage);
    j["amount"] = moneyJson(l.opportunity->amount.cents());
    return j;
}

Json bridgeJson(const PipelineBridge& b)
{
    Json j;
    j["period_last_day"] = b.periodLast.toString();
    j["start"] = Json{{"count", countJson(b.startCount)}, {"amount", moneyJson(b.startAmount.cents())}};
    for (BridgeKind k : kBridgeKinds) {
        const BridgeStep& st = b.step(k);
        j[std::string(toCode(k))] = Json{{"count", countJson(st.count)}, {"amount", moneyJson(st.amount.cents())}};
    }
    j["end"] = Json{{"count", countJson(b.endCount)}, {"amount", moneyJson(b.endAmount.cents())}};
    Json lines = Json::array();
    for (const BridgeLine& l : b.lines)
        lines.push_back(Json{
            {"id", l.opportunity->id}, {"kind", std::string(toCode(l.kind))}, {"amount", moneyJson(l.amount.cents())}});
    j["lines"] = lines;
    return j;
}

Json reportJson(const WeeklyReview& review, const Period& week, const FunnelInputs& in)
{
    const WeeklyReport& r = review.report;
    FunnelStages stages(in.settings);
    Json doc;
    doc["week"] = week.label();
    doc["monday"] = r.monday.toString();
    doc["start_as_of"] = r.start.toString();
    doc["end_as_of"] = r.end.toString();
    doc["owner"] = in.owner.toString();
    Json cats = Json::object();
    for (WeeklyCategory c : kWeeklyCategories) {
        const WeeklyCategoryFigures& f = r.category(c);
        Json ids = Json::array();
        for (const std::string& id : f.ids)
            ids.push_back(id);
        cats[std::string(toCode(c))]
            = Json{{"count", countJson(f.count)}, {"amount", moneyJson(f.amount.cents())}, {"ids", std::move(ids)}};
    }
    doc["categories"] = cats;
    Json st = Json::array();
    for (const WeeklyStageRow& row : r.stages) {
        Json j;
        j["code"] = row.code;
        j["count_start"] = countJson(row.countStart);
        j["amount_start"] = moneyJson(row.amountStart.cents());
        j["count_end"] = countJson(row.countEnd);
        j["amount_end"] = moneyJson(row.amountEnd.cents());
        st.push_back(j);
    }
    doc["stages"] = st;
    Json changes = Json::array();
    for (const WeeklyEntry& e : r.entries) {
        if (e.category == WeeklyCategory::Unchanged)
            continue;
        Json j;
        j["id"] = e.opportunity->id;
        j["category"] = std::string(toCode(e.category));
        j["from_stage"] = e.startPosition == FunnelStages::kUnknown ? Json(nullptr)
                                                                    : Json(std::string(stages.code(e.startPosition)));
        j["to_stage"] = std::string(stages.code(e.endPosition));
        j["owner_rep_id"] = e.opportunity->ownerRepId;
        j["amount"] = moneyJson(e.opportunity->amount.cents());
        changes.push_back(j);
    }
    doc["changes"] = changes;
    doc["closed_both_ends"] = countJson(r.closedBothEnds);
    if (r.unknownStage > 0)
        doc["unknown_stage_count"] = countJson(r.unknownStage);
    Json stalled = Json::array();
    for (const WeeklyReviewLine& l : review.stalled)
        stalled.push_back(lineJson(l));
    doc["stalled"] = stalled;
    Json movers = Json::array();
    for (const WeeklyReviewLine& l : review.movers)
        movers.push_back(lineJson(l));
    doc["movers"] = movers;
    if (review.bridge)
        doc["bridge"] = bridgeJson(*review.bridge);
    return doc;
}

void printText(const WeeklyReview& review, const Period& week, const FunnelInputs& in)
{
    const WeeklyReport& r = review.report;
    FunnelStages stages(in.settings);
    std::ostringstream out;
    out << trs("Weekly funnel review ") << week.label() << " (" << r.start.toString() << " → " << r.end.toString()
        << "), " << in.owner.toString() << "\n\n";
    out << std::left << std::setw(12) << trs("category") << std::right << std::setw(8) << trs("count") << std::setw(16)
        << trs("amount") << '\n';
    for (WeeklyCategory c : kWeeklyCategories) {
        const WeeklyCategoryFigures& f = r.category(c);
        out << std::left << std::setw(12) << toCode(c) << std::right << std::setw(8) << f.count << std::setw(16)
            << f.amount.toString() << '\n';
    }
    out << '\n'
        << std::left << std::setw(12) << trs("stage") << std::right << std::setw(8) << trs("start") << std::setw(16)
        << trs("amount") << std::setw(8) << trs("end") << std::setw(16) << trs("amount") << '\n';
    for (const WeeklyStageRow& row : r.stages)
        out << std::left << std::setw(12) << row.code << std::right << std::setw(8) << row.countStart << std::setw(16)
            << row.amountStart.toString() << std::setw(8) << row.countEnd << std::setw(16) << row.amountEnd.toString()
            << '\n';
    bool header = false;
    for (const WeeklyEntry& e : r.entries) {
        if (e.category == WeeklyCategory::Unchanged)
            continue;
        if (!header) {
            out << '\n' << trs("Changes") << '\n';
            header = true;
        }
        out << "  " << std::left << std::setw(10) << toCode(e.category) << ' ' << e.opportunity->id << "  "
            << (e.startPosition == FunnelStages::kUnknown ? std::string_view("-") : stages.code(e.startPosition))
            << " → " << stages.code(e.endPosition) << "  " << e.opportunity->amount.toString() << '\n';
    }
    if (review.bridge) {
        const PipelineBridge& b = *review.bridge;
        out << '\n' << trs("Pipeline bridge (expected to close by ") << b.periodLast.toString() << ")\n";
        out << std::left << std::setw(12) << "start" << std::right << std::setw(8) << b.startCount << std::setw(16)
            << b.startAmount.toString() << '\n';
        for (BridgeKind k : kBridgeKinds)
            out << std::left << std::setw(12) << toCode(k) << std::right << std::setw(8) << b.step(k).count
                << std::setw(16) << b.step(k).amount.toString() << '\n';
        out << std::left << std::setw(12) << "end" << std::right << std::setw(8) << b.endCount << std::setw(16)
            << b.endAmount.toString() << '\n';
    }
    std::string s = out.str();
    std::fwrite(s.data(), 1, s.size(), stdout);
}

// "华东区 (unit:east)".
std::string ownerDisplay(const DatasetIndex& idx, const OwnerRef& owner)
{
    std::string name;
    if (owner.kind == OwnerKind::Unit) {
        if (const OrgUnit* u = idx.unit(owner.id))
            name = u->name;
    } else if (const Rep* r = idx.rep(owner.id)) {
        name = r->name;
    }
    return name.empty() ? owner.toString() : name + " (" + owner.toString() + ")";
}

} // namespace

int runFunnelWeekly(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--week", "--owner", "--period", "--xlsx", "--pdf"});
    if (ctx.words().size() > 2)
        throw CliError(trs("unexpected argument: ") + ctx.words()[2], 2);
    const std::string weekText = ctx.requireOption("--week");
    const auto week = Period::parse(weekText);
    if (!week || week->kind() != PeriodKind::Week)
        throw CliError(trs("--week must be an ISO week like 2026-W47, not ") + weekText, 2);
    FunnelInputs in = loadFunnelInputs(ctx, storage::PartCustomers);
    WeeklyReport report = weeklyReport(in.ownerOpps, in.settings, week->yearNumber(), week->index());
    const FiscalCalendar cal = in.settings.calendar();
    Period period = Period::quarterOf(report.end, cal);
    if (const auto p = ctx.option("--period")) {
        const auto parsed = Period::parse(*p);
        if (!parsed || parsed->kind() == PeriodKind::Week)
            throw CliError(trs("--period must be a month, quarter or year like 2026Q1, not ") + *p, 2);
        period = *parsed;
    }
    std::vector<OpportunityChange> changes;
    {
        storage::Workspace ws(ctx.dbPath());
        changes = storage::SqlFunnelChangeRepository(ws).changes();
    }
    const Date start = report.start;
    const Date end = report.end;
    WeeklyReview review = weeklyReview(std::move(report), *in.index, in.settings);
    review.bridge = pipelineBridge(in.ownerOpps, changes, in.settings, start, end, period.lastDay(cal));

    io::WeeklyExportHeader header;
    header.weekLabel = week->label();
    header.ownerLabel = ownerDisplay(*in.index, in.owner);
    header.currency = in.settings.currency;
    try {
        if (const auto xlsx = ctx.option("--xlsx"))
            io::writeWeeklyReviewXlsx(review, in.settings, header, *xlsx);
        if (const auto pdf = ctx.option("--pdf"))
            io::writeWeeklyReviewPdf(review, in.settings, header, QString::fromStdString(*pdf));
    } catch (const io::ExportError& e) {
        throw CliError(e.what(), 1);
    }
    if (ctx.json())
        CliContext::printJson(reportJson(review, *week, in));
    else
        printText(review, *week, in);
    return 0;
}

} // namespace sd::cli

// salesctl funnel weekly --week 2026-W47 [--owner unit:ID|rep:ID] [--json]: the weekly change
// report of SPEC §4 (周漏斗复盘; docs/funnel.md, docs/cli.md).

#include "cli/FunnelCommandSupport.h"

#include "domain/FunnelWeekly.h"

#include <cstdio>
#include <iomanip>
#include <sstream>

namespace sd::cli {

namespace {

Json reportJson(const WeeklyReport& r, const Period& week, const FunnelInputs& in)
{
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
        cats[std::string(toCode(c))] = Json{{"count", countJson(f.count)}, {"amount", moneyJson(f.amount.cents())},
                                            {"ids", std::move(ids)}};
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
    return doc;
}

void printText(const WeeklyReport& r, const Period& week, const FunnelInputs& in)
{
    FunnelStages stages(in.settings);
    std::ostringstream out;
    out << trs("Weekly funnel review ") << week.label() << " (" << r.start.toString() << " → " << r.end.toString()
        << "), " << in.owner.toString() << "\n\n";
    out << std::left << std::setw(12) << trs("category") << std::right << std::setw(8) << trs("count")
        << std::setw(16) << trs("amount") << '\n';
    for (WeeklyCategory c : kWeeklyCategories) {
        const WeeklyCategoryFigures& f = r.category(c);
        out << std::left << std::setw(12) << toCode(c) << std::right << std::setw(8) << f.count << std::setw(16)
            << f.amount.toString() << '\n';
    }
    out << '\n' << std::left << std::setw(12) << trs("stage") << std::right << std::setw(8) << trs("start")
        << std::setw(16) << trs("amount") << std::setw(8) << trs("end") << std::setw(16) << trs("amount") << '\n';
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
    std::string s = out.str();
    std::fwrite(s.data(), 1, s.size(), stdout);
}

} // namespace

int runFunnelWeekly(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--week", "--owner"});
    if (ctx.words().size() > 2)
        throw CliError(trs("unexpected argument: ") + ctx.words()[2], 2);
    const std::string weekText = ctx.requireOption("--week");
    const auto week = Period::parse(weekText);
    if (!week || week->kind() != PeriodKind::Week)
        throw CliError(trs("--week must be an ISO week like 2026-W47, not ") + weekText, 2);
    FunnelInputs in = loadFunnelInputs(ctx, 0);
    const WeeklyReport r = weeklyReport(in.ownerOpps, in.settings, week->yearNumber(), week->index());
    if (ctx.json())
        CliContext::printJson(reportJson(r, *week, in));
    else
        printText(r, *week, in);
    return 0;
}

} // namespace sd::cli

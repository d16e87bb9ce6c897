// salesctl kpi score --period P [--owner unit:ID|rep:ID] [--json]: SPEC §6 scorecards (docs/cli.md).

#include "cli/CommandSupport.h"
#include "cli/Commands.h"

#include "domain/Appraisal.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <cstdio>
#include <iomanip>
#include <sstream>

namespace sd::cli {

namespace {

std::string_view toCode(Perspective p)
{
    switch (p) {
    case Perspective::Financial:
        return "financial";
    case Perspective::Customer:
        return "customer";
    case Perspective::Process:
        return "process";
    case Perspective::Learning:
        return "learning";
    }
    return "";
}

std::string_view toCode(ScoringRuleType t)
{
    switch (t) {
    case ScoringRuleType::Linear:
        return "linear";
    case ScoringRuleType::Threshold:
        return "threshold";
    case ScoringRuleType::Bands:
        return "bands";
    case ScoringRuleType::Direct:
        return "direct";
    case ScoringRuleType::Anchored:
        return "anchored";
    }
    return "";
}

// A KPI value in its unit: money as a money string (held in cents), a whole count as an integer,
// ratios to 4 decimals, scores to 2, anything else (and fractional counts) to 6; null when n/a.
Json valueJson(const std::optional<Rational>& v, KpiUnit unit)
{
    if (!v)
        return nullptr;
    switch (unit) {
    case KpiUnit::Money:
        return Money::fromExactCents(*v).toString();
    case KpiUnit::Count:
        if (v->isInteger())
            return static_cast<std::int64_t>(v->num());
        return ratioJson(v, 6);
    case KpiUnit::Ratio:
        return ratioJson(v, 4);
    case KpiUnit::Score:
        return ratioJson(v, 2);
    case KpiUnit::Value:
        return ratioJson(v, 6);
    }
    return nullptr;
}

std::string valueText(const std::optional<Rational>& v, KpiUnit unit)
{
    if (!v)
        return "n/a";
    switch (unit) {
    case KpiUnit::Money:
        return Money::fromExactCents(*v).toString();
    case KpiUnit::Count:
        return v->isInteger() ? v->toString() : v->toFixed(6);
    case KpiUnit::Ratio:
        return v->toFixed(4);
    case KpiUnit::Score:
        return v->toFixed(2);
    case KpiUnit::Value:
        return v->toString();
    }
    return "";
}

Json itemJson(const ItemScore& s)
{
    Json j;
    j["kpi"] = s.kpi;
    j["weight"] = ratioJson(s.weight, 6);
    j["perspective"] = std::string(toCode(s.perspective));
    j["rule"] = std::string(toCode(s.ruleType));
    j["unit"] = std::string(toCode(s.unit));
    j["lower_is_better"] = s.lowerIsBetter;
    j["actual"] = valueJson(s.actual, s.unit);
    j["target"] = valueJson(s.target, s.unit);
    j["attainment"] = ratioJson(s.attainment, 4);
    j["score"] = ratioJson(s.score, 2);
    j["applicable"] = s.applicable;
    j["reason"] = s.applicable ? Json(nullptr) : Json(std::string(toCode(s.reason)));
    return j;
}

Json scorecardJson(const RepScorecard& c, const KpiActuals& actuals, const Period& period)
{
    Json j;
    j["rep_id"] = c.rep->id;
    j["name"] = c.rep->name;
    j["unit_id"] = c.rep->orgUnitId;
    j["role"] = std::string(toCode(c.rep->role));
    j["level"] = std::string(toCode(c.rep->level));
    j["template"] = c.kpiTemplate->code;
    Json items = Json::array();
    for (const ItemScore& s : c.items)
        items.push_back(itemJson(s));
    j["items"] = items;
    j["applicable_weight"] = ratioJson(c.total.applicableWeight, 6);
    j["total"] = ratioJson(c.total.rounded, 2);
    j["grade"] = c.total.grade ? Json(*c.total.grade) : Json(nullptr);
    j["review_360"] = ratioJson(actuals.review360Score(c.rep->id, period.label()), 2);
    return j;
}

Json distributionJson(const DistributionCheck& d, const WorkspaceSettings& s)
{
    Json j;
    j["unit_id"] = d.unitId;
    j["name"] = d.unitName;
    j["graded"] = countJson(static_cast<std::int64_t>(d.graded));
    j["top_grade"] = d.topGrade;
    j["second_grade"] = d.secondGrade;
    j["s_count"] = countJson(static_cast<std::int64_t>(d.countS));
    j["sa_count"] = countJson(static_cast<std::int64_t>(d.countSA));
    j["s_share"] = ratioJson(d.shareS, 4);
    j["sa_share"] = ratioJson(d.shareSA, 4);
    j["max_s_share"] = ratioJson(s.maxShareS, 4);
    j["max_sa_share"] = ratioJson(s.maxShareSA, 4);
    j["allowed_s"] = countJson(static_cast<std::int64_t>(d.allowedS));
    j["allowed_sa"] = countJson(static_cast<std::int64_t>(d.allowedSA));
    j["s_ok"] = d.passesS;
    j["sa_ok"] = d.passesSA;
    j["passes"] = d.passes();
    return j;
}

void printText(const AppraisalResult& res, const FiscalCalendar& cal)
{
    std::ostringstream out;
    out << trs("KPI scores for ") << res.period.label() << " (" << res.period.firstDay(cal).toString() << " … "
        << res.period.lastDay(cal).toString() << ")\n";
    if (res.reps.empty())
        out << trs("nobody is appraised for this period (no matching template or no active rep)") << '\n';
    for (const RepScorecard& c : res.reps) {
        out << '\n'
            << c.rep->id << "  " << c.rep->name << "  [" << c.kpiTemplate->code << "]  " << trs("total ")
            << (c.total.rounded ? c.total.rounded->toFixed(2) : std::string("n/a")) << "  " << trs("grade ")
            << c.total.grade.value_or("n/a") << '\n';
        for (const ItemScore& s : c.items) {
            out << "  " << std::left << std::setw(18) << s.kpi << std::right << std::setw(6) << s.weight.toString()
                << std::setw(16) << valueText(s.actual, s.unit) << std::setw(16) << valueText(s.target, s.unit)
                << std::setw(10) << (s.attainment ? s.attainment->toFixed(4) : std::string("-")) << std::setw(9)
                << (s.score ? s.score->toFixed(2) : std::string("n/a"));
            if (!s.applicable)
                out << "  (" << trs("not applicable: ") << toCode(s.reason) << ')';
            out << '\n';
        }
    }
    if (!res.distribution.empty()) {
        out << '\n' << trs("Grade distribution per team") << '\n';
        for (const DistributionCheck& d : res.distribution)
            out << "  " << d.unitId << "  " << trs("graded ") << d.graded << "  " << d.topGrade << ' ' << d.countS
                << '/' << d.allowedS << "  " << d.topGrade << '+' << d.secondGrade << ' ' << d.countSA << '/'
                << d.allowedSA << "  " << (d.passes() ? trs("passes") : trs("FAILS")) << '\n';
    }
    std::string s = out.str();
    std::fwrite(s.data(), 1, s.size(), stdout);
}

} // namespace

int runKpi(const CliContext& ctx)
{
    const auto& words = ctx.words();
    if (words.size() < 2 || words[1] != "score")
        throw CliError(trs("usage: salesctl kpi score --period P [--owner unit:ID|rep:ID] [--json]"), 2);
    if (words.size() > 2)
        throw CliError(trs("unexpected argument: ") + words[2], 2);
    ctx.checkKnownOptions({"--period", "--owner"});
    const std::string label = ctx.requireOption("--period");
    const auto period = Period::parse(label);
    if (!period)
        throw CliError(trs("--period must be a period label (2026-03, 2026Q3, 2026, 2026-W47), not ") + label, 2);
    const auto owner = ctx.owner();

    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadWorkspaceSettings(ws);
    // KPIs count activities (visits) inside the period only.
    const FiscalCalendar calendar = settings.calendar();
    const Dataset ds = ws.loadDataset(storage::PartAll,
                                      storage::DatasetWindow{period->firstDay(calendar), period->lastDay(calendar)});
    const DatasetIndex idx(ds);
    checkOwner(idx, owner);
    const AppraisalEngine engine(idx, settings);
    const AppraisalResult res = engine.appraise(*period, owner);

    if (!ctx.json()) {
        printText(res, settings.calendar());
        return 0;
    }
    const FiscalCalendar cal = settings.calendar();
    Json doc;
    doc["period"] = period->label();
    doc["from"] = period->firstDay(cal).toString();
    doc["to"] = period->lastDay(cal).toString();
    doc["owner"] = owner ? Json(owner->toString()) : Json(nullptr);
    Json reps = Json::array();
    for (const RepScorecard& c : res.reps)
        reps.push_back(scorecardJson(c, engine.kpiActuals(), *period));
    doc["reps"] = reps;
    Json dist = Json::array();
    for (const DistributionCheck& d : res.distribution)
        dist.push_back(distributionJson(d, settings));
    doc["distribution"] = dist;
    CliContext::printJson(doc);
    return 0;
}

} // namespace sd::cli

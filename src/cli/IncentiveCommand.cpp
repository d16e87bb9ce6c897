// salesctl incentive calc: the incentive statements of SPEC §7 per rep (docs/cli.md, "incentive").

#include "cli/Commands.h"
#include "cli/CommandSupport.h"

#include "domain/Appraisal.h"
#include "domain/Incentives.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <cstdio>
#include <optional>
#include <sstream>

namespace sd::cli {

namespace {

// The dataset parts the period's plans need (the large workspace is big): orders and targets always,
// payments for collections, activities for a visits contest, KPI values for a manual contest metric;
// a grade bonus scores the appraisal, which reads everything.
unsigned partsFor(const WorkspaceSettings& settings, PeriodKind kind)
{
    unsigned parts = storage::PartOrg;
    for (const IncentivePlan& p : settings.incentivePlans) {
        if (p.period != kind)
            continue;
        parts |= storage::PartOrders | storage::PartTargets;
        for (const PlanComponent& c : p.components) {
            if (c.type == PlanComponent::Type::GradeBonus)
                return storage::PartAll;
            const bool usesMetric = c.type == PlanComponent::Type::Bonus || c.type == PlanComponent::Type::Contest;
            if ((c.type == PlanComponent::Type::Commission && c.base == Metric::Collections) ||
                (usesMetric && c.metric == "collections"))
                parts |= storage::PartPayments;
            if (c.type == PlanComponent::Type::Contest && c.metric == "visits")
                parts |= storage::PartActivities;
            else if (c.type == PlanComponent::Type::Contest && !metricFromCode(c.metric))
                parts |= storage::PartKpi;
        }
    }
    return parts;
}

// A figure in its metric's unit: money as a string, a count or manual value as a number.
Json figureJson(const Rational& value, bool money)
{
    if (money)
        return moneyJson(Money::fromExactCents(value).cents());
    if (value.isInteger())
        return countJson(static_cast<std::int64_t>(value.num()));
    return ratioJson(value, 4);
}

Json optFigure(const std::optional<std::int64_t>& v, bool money)
{
    return v ? figureJson(Rational(*v), money) : Json(nullptr);
}

Json linesJson(const ComponentResult& c)
{
    Json lines = Json::array();
    for (const IncentiveLine& l : c.lines) {
        Json j;
        j["id"] = l.id;
        j["order_id"] = l.orderId.empty() ? Json(nullptr) : Json(l.orderId);
        j["category"] = l.category;
        j["amount"] = moneyJson(l.amountCents);
        if (c.kind == ComponentKind::Clawback) {
            j["booked_period"] = l.bookedPeriod;
        } else {
            j["multiplier"] = ratioJson(l.multiplier, 6);
            j["share"] = moneyJson(l.shareCents);
            if (l.hypothetical)
                j["hypothetical"] = true;
        }
        lines.push_back(j);
    }
    return lines;
}

Json componentJson(const ComponentResult& c)
{
    Json j;
    j["type"] = std::string(toCode(c.kind));
    j["amount"] = c.amountCents ? moneyJson(*c.amountCents) : Json(nullptr);
    if (c.isError())
        j["error"] = c.error;
    switch (c.kind) {
    case ComponentKind::Commission: {
        j["base"] = c.metric;
        j["mode"] = c.mode == CommissionMode::Marginal ? "marginal" : "retroactive";
        j["actual"] = optFigure(c.actual, true);
        j["target"] = optFigure(c.target, true);
        j["attainment"] = ratioJson(c.attainment, 4);
        j["tier"] = c.attainment && c.tier > 0 ? Json(c.tier) : Json(nullptr);
        j["rate"] = ratioJson(c.rate, 6);
        j["effective_rate"] = ratioJson(c.effectiveRate, 6);
        j["threshold"] = ratioJson(c.threshold, 6);
        j["threshold_met"] = c.attainment ? Json(c.thresholdMet) : Json(nullptr);
        j["cap"] = c.cap ? moneyJson(c.cap->cents()) : Json(nullptr);
        j["cap_applied"] = c.capApplied;
        j["weighted_base"] = c.weightedBaseCents ? figureJson(*c.weightedBaseCents, true) : Json(nullptr);
        Json slices = Json::array();
        for (const TierSlice& s : c.slices)
            slices.push_back({{"from", ratioJson(s.from, 6)},
                              {"rate", ratioJson(s.rate, 6)},
                              {"base", figureJson(s.baseCents, true)},
                              {"commission", figureJson(s.commissionCents, true)}});
        j["tiers"] = slices;
        j["lines"] = linesJson(c);
        break;
    }
    case ComponentKind::Clawback:
        j["lines"] = linesJson(c);
        break;
    case ComponentKind::Bonus:
        j["metric"] = c.metric;
        j["actual"] = optFigure(c.actual, c.moneyMetric);
        j["target"] = optFigure(c.target, c.moneyMetric);
        j["attainment"] = ratioJson(c.attainment, 4);
        j["step"] = c.step > 0 ? Json(c.step) : Json(nullptr);
        break;
    case ComponentKind::GradeBonus:
        j["grade"] = c.grade.empty() ? Json(nullptr) : Json(c.grade);
        j["coefficient"] = ratioJson(c.coefficient, 6);
        j["base"] = moneyJson(c.gradeBase.cents());
        j["provisional"] = c.provisional;
        break;
    case ComponentKind::Contest:
        j["metric"] = c.metric;
        j["value"] = c.value ? figureJson(*c.value, c.moneyMetric) : Json(nullptr);
        j["rank"] = c.rank ? Json(*c.rank) : Json(nullptr);
        j["contestants"] = c.contestants;
        j["prize"] = c.amountCents ? moneyJson(*c.amountCents) : Json(nullptr);
        j["titles"] = c.titles;
        break;
    }
    return j;
}

Json statementJson(const IncentiveStatement& st)
{
    Json j;
    j["rep_id"] = st.repId;
    j["name"] = st.repName;
    j["plan"] = st.planCode;
    Json comps = Json::array();
    for (const ComponentResult& c : st.components)
        comps.push_back(componentJson(c));
    j["components"] = comps;
    j["total"] = moneyJson(st.totalCents);
    return j;
}

void printText(const std::string& period, const std::vector<IncentiveStatement>& statements)
{
    std::ostringstream out;
    out << trs("Incentives for ") << period << '\n';
    for (const IncentiveStatement& st : statements) {
        out << '\n' << st.repId << "  " << st.repName << "  [" << st.planCode << "]  " << trs("total ")
            << Money::fromCents(st.totalCents).toString() << '\n';
        for (const ComponentResult& c : st.components) {
            out << "  " << toCode(c.kind);
            if (!c.metric.empty())
                out << " (" << c.metric << ')';
            if (c.isError()) {
                out << "  " << trs("error: ") << c.error << '\n';
                continue;
            }
            out << "  " << Money::fromCents(*c.amountCents).toString();
            if (c.attainment)
                out << "  a=" << c.attainment->toFixed(4);
            if (c.kind == ComponentKind::Contest && c.rank)
                out << "  #" << *c.rank;
            for (const std::string& t : c.titles)
                out << "  " << t;
            if (c.kind == ComponentKind::GradeBonus)
                out << "  " << c.grade << " x" << (c.coefficient ? c.coefficient->toString() : std::string("?"));
            if (c.provisional)
                out << "  " << trs("(provisional)");
            out << '\n';
        }
    }
    const std::string s = out.str();
    std::fwrite(s.data(), 1, s.size(), stdout);
}

} // namespace

int runIncentive(const CliContext& ctx)
{
    const auto& words = ctx.words();
    if (words.size() < 2 || words[1] != "calc")
        throw CliError(trs("usage: salesctl incentive calc --period 2026-10|2026Q3 [--owner unit:ID|rep:ID] [--json]"),
                       2);
    if (words.size() > 2)
        throw CliError(trs("unexpected argument: ") + words[2], 2);
    ctx.checkKnownOptions({"--period", "--owner"});
    const std::string label = ctx.requireOption("--period");
    const auto period = Period::parse(label);
    if (!period || (period->kind() != PeriodKind::Month && period->kind() != PeriodKind::Quarter))
        throw CliError(trs("--period must be a month (2026-10) or a quarter (2026Q3), not ") + label, 2);
    const auto owner = ctx.owner();

    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadWorkspaceSettings(ws);
    const Dataset ds = ws.loadDataset(partsFor(settings, period->kind()));
    const DatasetIndex index(ds);
    checkOwner(index, owner);
    const ActualsEngine actuals(index, settings);
    const TargetLookup targets(ds.targets);

    // Grade bonuses read the quarter's appraisal grade. Sign-off is not stored yet, so every grade
    // is the current one and the bonus is provisional.
    std::optional<AppraisalEngine> appraisal;
    if (partsFor(settings, period->kind()) == storage::PartAll)
        appraisal.emplace(index, settings);
    GradeProvider grades = [&](const std::string& repId, const Period& quarter) -> std::optional<AppraisalGrade> {
        const Rep* rep = index.rep(repId);
        if (!appraisal)
            return std::nullopt;
        if (!rep || !isAppraised(*rep, quarter, settings))
            return std::nullopt;
        const KpiTemplate* tmpl = templateFor(*rep, settings.kpiTemplates);
        if (!tmpl)
            return std::nullopt;
        const RepScorecard card = appraisal->scoreRep(*rep, *tmpl, quarter);
        if (!card.total.grade)
            return std::nullopt;
        return AppraisalGrade{*card.total.grade, false};
    };
    const IncentiveEngine engine(actuals, targets, settings, grades);

    std::vector<IncentiveStatement> statements;
    for (const Rep* rep : engine.repsOnPlans(*period))
        if (!owner || index.repBelongsTo(*rep, *owner))
            statements.push_back(engine.statement(*rep, *period));

    if (!ctx.json()) {
        printText(period->label(), statements);
        return 0;
    }
    const FiscalCalendar cal = settings.calendar();
    Json doc;
    doc["period"] = period->label();
    doc["from"] = period->firstDay(cal).toString();
    doc["to"] = period->lastDay(cal).toString();
    doc["owner"] = owner ? Json(owner->toString()) : Json(nullptr);
    doc["currency"] = settings.currency;
    Json reps = Json::array();
    for (const IncentiveStatement& st : statements)
        reps.push_back(statementJson(st));
    doc["reps"] = reps;
    CliContext::printJson(doc);
    return 0;
}

} // namespace sd::cli

// salesctl incentive calc: the incentive statements of SPEC §7 per rep (docs/cli.md, "incentive").

#include "cli/CommandSupport.h"
#include "cli/Commands.h"

#include "domain/Incentives.h"
#include "io/IncentiveExport.h"
#include "io/IncentiveRun.h"
#include "io/XlsxBook.h"
#include "storage/Workspace.h"

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <sstream>

#include <spdlog/spdlog.h>

namespace sd::cli {

namespace {

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
            if (l.bookedApproved)
                j["booked_approved"] = true;
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
        out << '\n'
            << st.repId << "  " << st.repName << "  [" << st.planCode << "]  " << trs("total ")
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
        throw CliError(trs("usage: salesctl incentive calc --period 2026-10|2026Q3 [--owner unit:ID|rep:ID] [--xlsx F] "
                           "[--pdf-dir D] "
                           "[--json]"),
                       2);
    if (words.size() > 2)
        throw CliError(trs("unexpected argument: ") + words[2], 2);
    ctx.checkKnownOptions({"--period", "--owner", "--xlsx", "--pdf-dir"});
    const std::string label = ctx.requireOption("--period");
    const auto period = Period::parse(label);
    if (!period || (period->kind() != PeriodKind::Month && period->kind() != PeriodKind::Quarter))
        throw CliError(trs("--period must be a month (2026-10) or a quarter (2026Q3), not ") + label, 2);
    const auto owner = ctx.owner();

    using Clock = std::chrono::steady_clock;
    const auto seconds
        = [](Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); };
    const auto start = Clock::now();
    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadWorkspaceSettings(ws);
    const auto data = std::make_shared<const Dataset>(io::IncentiveRun::loadFor(ws, settings, *period));
    const double loadSeconds = seconds(start);
    auto phase = Clock::now();
    io::IncentiveRun run(data, settings);
    run.setAppraisalRecords(io::IncentiveRun::appraisalRecordsFor(ws, *period));
    run.setApprovedStatements(io::IncentiveRun::approvedStatementsFor(ws, *period));
    checkOwner(run.index(), owner);
    const double indexSeconds = seconds(phase);
    phase = Clock::now();
    std::vector<IncentiveStatement> statements = run.statements(*period, owner);
    spdlog::info("incentive calc {}: {} statements; load {:.3f} s, index {:.3f} s, statements {:.3f} s",
                 period->label(), statements.size(), loadSeconds, indexSeconds, seconds(phase));

    const std::optional<std::string> xlsx = ctx.option("--xlsx");
    const std::optional<std::string> pdfDir = ctx.option("--pdf-dir");
    if (xlsx || pdfDir) {
        const io::IncentivePayroll payroll = io::makePayroll(run, *period, statements);
        try {
            if (xlsx)
                io::writePayrollXlsx(*xlsx, payroll);
            if (pdfDir)
                io::writeStatementPdfs(*pdfDir, payroll);
        } catch (const io::ExportError& e) {
            throw CliError(e.what(), 1);
        }
    }

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

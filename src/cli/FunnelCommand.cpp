// salesctl funnel --as-of D [--from D --to D] [--period P] [--owner unit:ID|rep:ID] [--json]:
// the funnel figures of SPEC §4 (docs/funnel.md, docs/cli.md). `funnel weekly` is in FunnelWeeklyCommand.cpp.

#include "cli/Commands.h"
#include "cli/FunnelCommandSupport.h"

#include "domain/Actuals.h"
#include "domain/FunnelFigures.h"
#include "domain/FunnelHealth.h"
#include "domain/TargetLookup.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <set>
#include <sstream>

namespace sd::cli {

namespace {

struct FunnelResult
{
    Date asOf;
    DateWindow window;
    Period period;
    FunnelSnapshot snapshot;
    FunnelConversion conversion;
    FunnelVelocity velocity;
    std::vector<StageDuration> durations;
    FunnelCoverage coverage;
    std::vector<HealthFlag> health;
};

std::vector<HealthFlag> conversionHealth(const FunnelInputs& in, const DateWindow& window)
{
    const DatasetIndex& idx = *in.index;
    std::vector<std::string> subjects;
    std::set<std::string> teams;
    for (const Rep& r : in.dataset.reps) {
        if (!idx.repBelongsTo(r, in.owner))
            continue;
        subjects.push_back(r.id);
        teams.insert(r.orgUnitId);
    }
    std::unordered_map<std::string_view, std::string_view> teamOf;
    for (const std::string& t : teams)
        for (const Rep* r : idx.repsDirectlyIn(t))
            teamOf.emplace(r->id, r->orgUnitId);
    // The subjects' team mates may be outside the owner: count over the whole workspace (one pass).
    auto byOwner = conversionByOwner(in.allOpps, in.settings, window);
    std::vector<RepConversion> reps;
    for (const auto& [repId, team] : teamOf) {
        RepConversion rc{std::string(repId), std::string(team), {}};
        auto it = byOwner.find(rc.repId);
        if (it != byOwner.end())
            rc.conversion = it->second;
        reps.push_back(std::move(rc));
    }
    return conversionFlags(reps, subjects);
}

Json moneyValue(Money m)
{
    return moneyJson(m.cents());
}

Json optMoneyJson(const std::optional<Money>& m)
{
    return m ? moneyValue(*m) : Json(nullptr);
}

Json healthJson(const HealthFlag& f)
{
    Json j;
    j["kind"] = f.kind;
    if (f.kind == "conversion_below_team_median") {
        j["rep_id"] = f.repId;
        j["team_id"] = f.teamId;
        j["from"] = f.stage;
        j["to"] = f.other;
        j["rate"] = ratioJson(f.value);
        j["team_median"] = ratioJson(f.reference);
    } else {
        j["stage"] = f.stage;
        j["previous_stage"] = f.other;
        if (f.kind == "amount_above_previous") {
            j["value"] = moneyValue(Money::fromUnits(f.value));
            j["previous_value"] = moneyValue(Money::fromUnits(f.reference));
        } else {
            j["value"] = countJson(static_cast<std::int64_t>(f.value.num()));
            j["previous_value"] = countJson(static_cast<std::int64_t>(f.reference.num()));
        }
    }
    return j;
}

Json resultJson(const FunnelResult& r, const FunnelInputs& in)
{
    FunnelStages stages(in.settings);
    Json doc;
    doc["as_of"] = r.asOf.toString();
    doc["from"] = r.window.from.toString();
    doc["to"] = r.window.to.toString();
    doc["owner"] = in.owner.toString();

    Json st = Json::array();
    for (size_t i = 0; i < r.snapshot.stages.size(); ++i) {
        const StageFigures& f = r.snapshot.stages[i];
        const StageDef& def = in.settings.stages[i];
        Json j;
        j["code"] = f.code;
        j["name"] = def.name;
        j["probability"] = ratioJson(def.probability, 6);
        j["count"] = countJson(f.count);
        j["amount"] = moneyValue(f.amount);
        j["weighted"] = moneyValue(f.weighted);
        st.push_back(j);
    }
    doc["stages"] = st;
    doc["weighted_total"] = moneyValue(r.snapshot.weightedTotal);
    doc["weighted_forecast"] = moneyValue(r.snapshot.weightedTotal);
    doc["open_count"] = countJson(r.snapshot.openCount);
    doc["open_amount"] = moneyValue(r.snapshot.openAmount);
    doc["won_count"] = countJson(r.snapshot.wonCount);
    doc["lost_count"] = countJson(r.snapshot.lostCount);
    if (r.snapshot.unknownStageCount > 0)
        doc["unknown_stage_count"] = countJson(r.snapshot.unknownStageCount);

    Json conv = Json::array();
    for (const ConversionStep& s : r.conversion.steps) {
        Json j;
        j["from"] = s.from;
        j["to"] = s.to;
        j["rate"] = ratioJson(s.rate);
        j["reached_from"] = countJson(s.denominator);
        j["reached_to"] = countJson(s.numerator);
        conv.push_back(j);
    }
    doc["conversion"] = conv;
    doc["cohort"] = countJson(r.conversion.cohort);
    Json reached = Json::array();
    for (size_t i = 0; i < r.conversion.reached.size(); ++i)
        reached.push_back(Json{{"code", r.snapshot.stages[i].code}, {"count", countJson(r.conversion.reached[i])}});
    doc["reached"] = reached;
    doc["cohort_won"] = countJson(r.conversion.won);

    const FunnelVelocity& v = r.velocity;
    doc["win_rate"] = ratioJson(v.winRate);
    doc["won"] = countJson(v.tally.won);
    doc["lost"] = countJson(v.tally.lost);
    doc["avg_won_amount"] = optMoneyJson(v.avgWonAmount);
    doc["avg_cycle_days"] = ratioJson(v.avgCycleDays, 2);
    doc["open_count_at_to"] = countJson(v.openCountAtEnd);
    doc["velocity_per_day"] = optMoneyJson(v.perDay);

    Json durations = Json::array();
    for (const StageDuration& s : r.durations)
        durations.push_back(
            Json{{"code", s.code}, {"avg_days", ratioJson(s.avgDays, 2)}, {"moves", countJson(s.moves)}});
    doc["stage_days"] = durations;

    const FunnelCoverage& c = r.coverage;
    doc["coverage"] = ratioJson(c.ratio);
    Json cov;
    cov["period"] = r.period.label();
    cov["rest_from"] = c.restFirst.toString();
    cov["rest_to"] = c.restLast.toString();
    cov["open_count"] = countJson(c.openCount);
    cov["open_amount"] = moneyValue(c.openAmount);
    cov["target"] = optMoneyJson(c.target);
    cov["actual"] = moneyValue(c.actual);
    cov["gap"] = optMoneyJson(c.gap);
    cov["ratio"] = ratioJson(c.ratio);
    doc["coverage_detail"] = cov;

    Json health = Json::array();
    for (const HealthFlag& f : r.health)
        health.push_back(healthJson(f));
    doc["health"] = health;
    return doc;
}

std::string ratioText(const std::optional<Rational>& r, int places = 4)
{
    return r ? r->toFixed(places) : trs("n/a");
}

std::string moneyText(const std::optional<Money>& m)
{
    return m ? m->toString() : trs("n/a");
}

void printText(const FunnelResult& r, const FunnelInputs& in)
{
    std::ostringstream out;
    out << trs("Funnel of ") << in.owner.toString() << trs(" as of ") << r.asOf.toString() << '\n';
    out << std::left << std::setw(12) << trs("stage") << std::right << std::setw(8) << trs("count") << std::setw(16)
        << trs("amount") << std::setw(16) << trs("weighted") << std::setw(10) << trs("days") << '\n';
    for (size_t i = 0; i < r.snapshot.stages.size(); ++i) {
        const StageFigures& f = r.snapshot.stages[i];
        out << std::left << std::setw(12) << f.code << std::right << std::setw(8) << f.count << std::setw(16)
            << f.amount.toString() << std::setw(16) << f.weighted.toString() << std::setw(10)
            << ratioText(r.durations[i].avgDays, 2) << '\n';
    }
    out << std::left << std::setw(12) << trs("total") << std::right << std::setw(8) << r.snapshot.openCount
        << std::setw(16) << r.snapshot.openAmount.toString() << std::setw(16) << r.snapshot.weightedTotal.toString()
        << "\n\n";
    out << trs("Window ") << r.window.from.toString() << " … " << r.window.to.toString() << trs(", cohort ")
        << r.conversion.cohort << '\n';
    for (const ConversionStep& s : r.conversion.steps)
        out << "  " << s.from << " → " << s.to << "  " << ratioText(s.rate) << "  (" << s.numerator << '/'
            << s.denominator << ")\n";
    const FunnelVelocity& v = r.velocity;
    out << trs("Win rate ") << ratioText(v.winRate) << " (" << v.tally.won << trs(" won, ") << v.tally.lost
        << trs(" lost)") << '\n';
    out << trs("Average won amount ") << moneyText(v.avgWonAmount) << trs(", average cycle ")
        << ratioText(v.avgCycleDays, 2) << trs(" days") << '\n';
    out << trs("Velocity per day ") << moneyText(v.perDay) << '\n';
    const FunnelCoverage& c = r.coverage;
    out << trs("Coverage ") << r.period.label() << ": " << ratioText(c.ratio) << " (" << c.openAmount.toString();
    if (c.restFirst <= c.restLast)
        out << trs(" open, expected ") << c.restFirst.toString() << " … " << c.restLast.toString();
    else
        out << trs(" open, the period is over");
    out << trs("; target ") << moneyText(c.target) << trs(", actual ") << c.actual.toString() << ")\n";
    if (r.health.empty())
        out << trs("Health: no flags") << '\n';
    for (const HealthFlag& f : r.health) {
        if (f.kind == "conversion_below_team_median")
            out << trs("Health: ") << f.repId << " (" << f.teamId << ") " << f.stage << " → " << f.other << ' '
                << f.value.toFixed(4) << trs(" below half the team median ") << f.reference.toFixed(4) << '\n';
        else if (f.kind == "amount_above_previous")
            out << trs("Health: ") << f.stage << trs(" amount ") << Money::fromUnits(f.value).toString() << " > "
                << f.other << ' ' << Money::fromUnits(f.reference).toString() << '\n';
        else
            out << trs("Health: ") << f.stage << trs(" count ") << f.value.toString() << " > " << f.other << ' '
                << f.reference.toString() << '\n';
    }
    std::string s = out.str();
    std::fwrite(s.data(), 1, s.size(), stdout);
}

int runFunnelReport(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--as-of", "--from", "--to", "--period", "--owner"});
    if (ctx.words().size() > 1)
        throw CliError(trs("unexpected argument: ") + ctx.words()[1], 2);
    const Date asOf = parseDateOption("--as-of", ctx.requireOption("--as-of"));
    const auto fromText = ctx.option("--from");
    const auto toText = ctx.option("--to");
    if (fromText.has_value() != toText.has_value())
        throw CliError(trs("--from and --to go together: give both or neither"), 2);
    std::optional<Period> period;
    if (auto p = ctx.option("--period")) {
        period = Period::parse(*p);
        if (!period)
            throw CliError(trs("--period must be a period label (2026-03, 2026Q1, 2026, 2026-W47), not ") + *p, 2);
    }
    std::optional<DateWindow> window;
    if (fromText) {
        window = DateWindow{parseDateOption("--from", *fromText), parseDateOption("--to", *toText)};
        if (window->to < window->from)
            throw CliError(trs("--from must not be after --to"), 2);
    }

    FunnelInputs in = loadFunnelInputs(ctx, storage::PartOrders | storage::PartTargets);
    const FiscalCalendar cal = in.settings.calendar();
    if (!window)
        window = DateWindow{cal.yearStart(cal.fiscalYearOf(asOf)), asOf};
    if (!period)
        period = Period::quarterOf(asOf, cal);

    FunnelResult r;
    r.asOf = asOf;
    r.window = *window;
    r.period = *period;
    r.snapshot = funnelSnapshot(in.ownerOpps, in.settings, asOf);
    r.conversion = funnelConversion(in.ownerOpps, in.settings, *window);
    r.velocity = funnelVelocity(in.ownerOpps, in.settings, *window);
    r.durations = stageDurations(in.ownerOpps, in.settings, *window);

    // Coverage: revenue target of the period for the owner, actual from the period's first day to the as-of date.
    const Date periodFirst = period->firstDay(cal);
    const Date periodLast = period->lastDay(cal);
    const TargetLookup targets(in.dataset.targets);
    std::optional<Money> target;
    if (auto t = targets.targetFor(in.owner, Metric::Revenue, *period, cal))
        target = Money::fromCents(*t);
    Money actual;
    if (asOf >= periodFirst) {
        const ActualsEngine actuals(*in.index, in.settings);
        actual
            = Money::fromCents(actuals.ownerActual(Metric::Revenue, in.owner, periodFirst, std::min(asOf, periodLast)));
    }
    r.coverage = funnelCoverage(in.ownerOpps, in.settings, asOf, periodFirst, periodLast, target, actual);

    r.health = shapeFlags(r.snapshot);
    auto conv = conversionHealth(in, *window);
    r.health.insert(r.health.end(), conv.begin(), conv.end());

    if (ctx.json())
        CliContext::printJson(resultJson(r, in));
    else
        printText(r, in);
    return 0;
}

} // namespace

int runFunnel(const CliContext& ctx)
{
    if (ctx.words().size() > 1 && ctx.words()[1] == "weekly")
        return runFunnelWeekly(ctx);
    return runFunnelReport(ctx);
}

} // namespace sd::cli

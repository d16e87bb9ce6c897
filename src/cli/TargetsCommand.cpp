// salesctl targets decompose … (SPEC §3, INTERCHANGE.md "Command line"; fields in docs/cli.md).

#include "cli/Commands.h"
#include "cli/TargetsCommon.h"
#include "cli/TargetsInput.h"
#include "domain/Money.h"
#include "domain/TargetDecomposition.h"
#include "domain/TargetLifecycle.h"
#include "domain/TargetLookup.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <iostream>

namespace sd::cli {

namespace {

std::int64_t parseAmount(Metric metric, const std::string& text)
{
    if (isMoneyMetric(metric)) {
        auto m = Money::parse(text);
        if (!m)
            throw CliError(trs("--amount must be money with at most 2 decimals (1234.50), not ") + text, 2);
        return m->cents();
    }
    auto r = Rational::parse(text, 0);
    if (!r || !r->isInteger() || r->num() > INT64_MAX || r->num() < INT64_MIN)
        throw CliError(trs("--amount of new_customers must be a whole number, not ") + text, 2);
    return static_cast<std::int64_t>(r->num());
}

DecompositionRequest buildRequest(const CliContext& ctx, const DatasetIndex& index, const FiscalCalendar& cal)
{
    DecompositionRequest req;
    auto owner = ctx.owner();
    if (!owner)
        throw CliError(trs("missing required option --owner (unit:ID)"), 2);
    req.owner = *owner;
    req.metric = parseMetricOption(ctx.requireOption("--metric"));
    const std::string period = ctx.requireOption("--period");
    auto p = Period::parse(period);
    if (!p)
        throw CliError(trs("--period must be a fiscal year (2026) or quarter (2026Q1), not ") + period, 2);
    req.period = *p;
    if (auto amount = ctx.option("--amount")) {
        req.amount = parseAmount(req.metric, *amount);
    } else {
        // Decompose the owner's stored target for the period (explicit, else the sum of its months).
        const TargetLookup lookup(index.data().targets);
        auto stored = lookup.targetFor(req.owner, req.metric, req.period, cal);
        if (!stored)
            throw CliError(trs("no --amount given and ") + req.owner.toString() + trs(" has no ")
                               + std::string(toCode(req.metric)) + trs(" target for ") + req.period.label(),
                           1);
        req.amount = *stored;
    }

    const std::string method = ctx.option("--method").value_or("equal");
    auto m = orgMethodFromCode(method);
    if (!m)
        throw CliError(trs("--method must be equal, weights, history or capacity, not ") + method, 2);
    req.method = *m;
    auto weights = ctx.option("--weights");
    if (req.method == OrgMethod::Weights && !weights)
        throw CliError(trs("--method weights needs --weights FILE"), 2);
    if (req.method != OrgMethod::Weights && weights)
        throw CliError(trs("--weights FILE goes with --method weights"), 2);
    if (weights)
        req.weights = readWeightsFile(*weights, index);

    const std::string seasonality = ctx.option("--seasonality").value_or("equal");
    if (seasonality == "equal") {
        req.seasonality = SeasonalityMethod::Equal;
    } else if (seasonality == "history") {
        req.seasonality = SeasonalityMethod::History;
    } else {
        req.seasonality = SeasonalityMethod::Weights;
        req.seasonalityWeights = readSeasonalityFile(seasonality);
    }
    if (auto s = ctx.option("--existing-share"))
        req.existingShare = parseDecimalOption("--existing-share", *s);
    if (auto f = ctx.option("--over-assign"))
        req.overAssign = parseDecimalOption("--over-assign", *f);
    req.toReps = ctx.flag("--to-reps");
    return req;
}

std::string_view seasonalityCode(SeasonalityMethod s)
{
    switch (s) {
    case SeasonalityMethod::Equal:
        return "equal";
    case SeasonalityMethod::History:
        return "history";
    case SeasonalityMethod::Weights:
        return "weights";
    }
    return "equal";
}

// The rows of one node: the period (all, existing, new), then each month by date (a month period
// has no separate month rows).
struct Row
{
    std::string period;
    Segment segment;
    std::int64_t amount;
};

std::vector<Row> rowsOf(const Decomposition& d, const DecomposedNode& n)
{
    std::vector<Row> rows{{d.period.label(), Segment::All, n.amount},
                          {d.period.label(), Segment::Existing, n.existingTotal()},
                          {d.period.label(), Segment::New, n.freshTotal()}};
    if (d.period.kind() == PeriodKind::Month)
        return rows;
    for (std::size_t m = 0; m < d.months.size(); ++m) {
        const std::string label = d.months[m].label();
        rows.push_back({label, Segment::All, n.months[m]});
        rows.push_back({label, Segment::Existing, n.existing[m]});
        rows.push_back({label, Segment::New, n.fresh[m]});
    }
    return rows;
}

Json toJson(const Decomposition& d, const DecompositionRequest& req, std::optional<std::size_t> saved)
{
    Json doc;
    doc["owner"] = d.owner.toString();
    doc["metric"] = std::string(toCode(d.metric));
    doc["period"] = d.period.label();
    doc["amount"] = amountJson(d.metric, d.amount);
    doc["assigned"] = amountJson(d.metric, d.assigned);
    doc["method"] = std::string(toCode(req.method));
    doc["seasonality"] = std::string(seasonalityCode(req.seasonality));
    doc["existing_share"] = ratioJson(req.existingShare, 6);
    doc["over_assign"] = ratioJson(req.overAssign, 6);
    doc["to_reps"] = req.toReps;
    doc["notices"] = d.notices;
    doc["history_fallback"] = d.historyFellBack;
    Json months = Json::array();
    for (const Period& m : d.months)
        months.push_back(m.label());
    doc["months"] = months;
    Json totals = Json::array();
    for (const Row& r : rowsOf(d, d.total))
        totals.push_back({{"period", r.period},
                          {"segment", std::string(toCode(r.segment))},
                          {"amount", amountJson(d.metric, r.amount)}});
    doc["totals"] = totals;
    Json children = Json::array();
    for (const DecomposedNode& n : d.nodes) {
        for (const Row& r : rowsOf(d, n)) {
            Json c;
            c["owner"] = n.owner.toString();
            c["parent"] = n.parent ? n.parent->toString() : std::string();
            c["level"] = n.depth;
            c["period"] = r.period;
            c["segment"] = std::string(toCode(r.segment));
            c["amount"] = amountJson(d.metric, r.amount);
            children.push_back(std::move(c));
        }
    }
    doc["children"] = children;
    if (saved)
        doc["saved"] = *saved;
    return doc;
}

void printText(const Decomposition& d, std::optional<std::size_t> saved)
{
    std::cout << d.owner.toString() << "  " << toCode(d.metric) << "  " << d.period.label() << "  "
              << amountText(d.metric, d.amount);
    if (d.assigned != d.amount)
        std::cout << "  (" << trs("assigned") << " " << amountText(d.metric, d.assigned) << ")";
    std::cout << '\n';
    for (const std::string& n : d.notices)
        std::cout << trs("note: ") << n << '\n';
    std::size_t ownerWidth = 10;
    for (const DecomposedNode& n : d.nodes)
        ownerWidth = std::max(ownerWidth, n.owner.toString().size() + 2 * static_cast<std::size_t>(n.depth - 1));
    std::cout << '\n'
              << padRight(trs("owner"), ownerWidth) << "  " << padRight(trs("period"), 8) << padLeft(trs("all"), 18)
              << padLeft(trs("existing"), 18) << padLeft(trs("new"), 18) << '\n';
    auto printNode = [&](const DecomposedNode& n, const std::string& name) {
        const auto rows = rowsOf(d, n);
        for (std::size_t i = 0; i < rows.size(); i += 3)
            std::cout << padRight(i == 0 ? name : std::string(), ownerWidth) << "  " << padRight(rows[i].period, 8)
                      << padLeft(amountText(d.metric, rows[i].amount), 18)
                      << padLeft(amountText(d.metric, rows[i + 1].amount), 18)
                      << padLeft(amountText(d.metric, rows[i + 2].amount), 18) << '\n';
    };
    for (const DecomposedNode& n : d.nodes)
        printNode(n, std::string(2 * static_cast<std::size_t>(n.depth - 1), ' ') + n.owner.toString());
    printNode(d.total, trs("total"));
    if (saved)
        std::cout << '\n' << trs("saved targets: ") << *saved << '\n';
}

} // namespace

int runTargetsDecompose(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--owner", "--metric", "--period", "--amount", "--method", "--weights", "--seasonality",
                           "--existing-share", "--over-assign", "--to-reps", "--save"});
    if (ctx.words().size() != 2)
        throw CliError(trs("usage: salesctl targets decompose --owner unit:ID --metric M --period YEAR|QUARTER "
                           "--amount X --method equal|weights|history|capacity [--weights FILE] "
                           "[--seasonality equal|history|FILE] [--existing-share S] [--over-assign F] [--to-reps] "
                           "[--save] [--json]"),
                       2);
    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadTargetsSettings(ws);
    const Dataset ds = ws.loadDataset(storage::PartOrg | storage::PartCustomers | storage::PartOrders
                                      | storage::PartPayments | storage::PartTargets);
    const DatasetIndex index(ds);
    const ActualsEngine actuals(index, settings);
    const DecompositionRequest req = buildRequest(ctx, index, settings.calendar());
    const Decomposition d = TargetDecomposer(actuals, settings).decompose(req);

    std::optional<std::size_t> saved;
    if (ctx.flag("--save")) {
        // Through the lifecycle store: saved as drafts, refused as a whole when one of the nodes is approved.
        const FiscalCalendar cal = settings.calendar();
        std::vector<TargetPlan> drafts;
        for (const DecomposedNode& n : d.nodes) {
            const auto responsible
                = defaultResponsible(n.owner, ds.orgUnits, ds.reps, d.period.firstDay(cal), d.period.lastDay(cal));
            for (const Row& r : rowsOf(d, n))
                drafts.push_back(TargetPlan{TargetKey{n.owner, d.metric, r.period, r.segment}, r.amount,
                                            TargetState::Draft, responsible, defaultKpiCode(d.metric), std::nullopt,
                                            0});
        }
        storage::SqlTargetPlanRepository(ws).saveDrafts(drafts, storage::SqlTargetPlanRepository::currentUser(),
                                                        storage::SqlTargetPlanRepository::nowUtc());
        saved = drafts.size();
    }
    if (ctx.json())
        CliContext::printJson(toJson(d, req, saved));
    else
        printText(d, saved);
    return 0;
}

int runTargets(const CliContext& ctx)
{
    const std::string sub = ctx.words().size() > 1 ? ctx.words()[1] : std::string();
    if (sub == "decompose")
        return runTargetsDecompose(ctx);
    if (sub == "show")
        return runTargetsShow(ctx);
    throw CliError(trs("usage: salesctl targets decompose|show …"), 2);
}

} // namespace sd::cli

// salesctl targets show --period P [--today D] [--owner …] [--metric M] (SPEC §3 monitoring).

#include "cli/TargetsCommon.h"
#include "domain/TargetMonitor.h"
#include "storage/Workspace.h"

#include <iostream>

namespace sd::cli {

namespace {

Json toJson(const std::vector<TargetStatus>& rows, const Period& period, std::optional<Date> today)
{
    Json doc;
    doc["period"] = period.label();
    doc["today"] = today ? Json(today->toString()) : Json(nullptr);
    Json list = Json::array();
    for (const TargetStatus& s : rows) {
        Json t;
        t["owner"] = s.owner.toString();
        t["metric"] = std::string(toCode(s.metric));
        t["period"] = s.period.label();
        t["segment"] = std::string(toCode(s.segment));
        t["amount"] = amountJson(s.metric, s.target);
        t["actual"] = amountJson(s.metric, s.actual);
        t["attainment"] = ratioJson(s.attainment, 4);
        t["gap"] = amountJson(s.metric, s.gap);
        t["run_rate"] = s.runRate ? amountJson(s.metric, *s.runRate) : Json(nullptr);
        t["from"] = s.from.toString();
        t["to"] = s.to.toString();
        t["elapsed_working_days"] = s.elapsedWorkingDays;
        t["working_days"] = s.workingDays;
        list.push_back(std::move(t));
    }
    doc["targets"] = list;
    return doc;
}

void printText(const std::vector<TargetStatus>& rows, const Period& period, std::optional<Date> today)
{
    std::cout << trs("targets for ") << period.label();
    if (today)
        std::cout << trs(" as of ") << today->toString();
    std::cout << '\n';
    if (rows.empty()) {
        std::cout << trs("no targets") << '\n';
        return;
    }
    std::size_t ownerWidth = 10;
    for (const TargetStatus& s : rows)
        ownerWidth = std::max(ownerWidth, s.owner.toString().size());
    std::cout << padRight(trs("owner"), ownerWidth) << "  " << padRight(trs("metric"), 14)
              << padRight(trs("segment"), 9) << padLeft(trs("target"), 16) << padLeft(trs("actual"), 16)
              << padLeft(trs("attain."), 9) << padLeft(trs("gap"), 16) << padLeft(trs("run rate"), 16) << '\n';
    for (const TargetStatus& s : rows)
        std::cout << padRight(s.owner.toString(), ownerWidth) << "  " << padRight(std::string(toCode(s.metric)), 14)
                  << padRight(std::string(toCode(s.segment)), 9) << padLeft(amountText(s.metric, s.target), 16)
                  << padLeft(amountText(s.metric, s.actual), 16)
                  << padLeft(s.attainment ? s.attainment->toFixed(4) : std::string("-"), 9)
                  << padLeft(amountText(s.metric, s.gap), 16)
                  << padLeft(s.runRate ? amountText(s.metric, *s.runRate) : std::string("-"), 16) << '\n';
}

} // namespace

int runTargetsShow(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--period", "--today", "--owner", "--metric"});
    if (ctx.words().size() != 2)
        throw CliError(trs("usage: salesctl targets show --period P [--today D] [--owner unit:ID|rep:ID] [--metric M] "
                           "[--json]"),
                       2);
    const std::string label = ctx.requireOption("--period");
    auto period = Period::parse(label);
    if (!period)
        throw CliError(trs("--period must be 2026, 2026Q1, 2026-03 or 2026-W47, not ") + label, 2);
    std::optional<Date> today;
    if (auto t = ctx.option("--today")) {
        today = Date::parse(*t);
        if (!today)
            throw CliError(trs("--today must be a date YYYY-MM-DD, not ") + *t, 2);
    }
    std::optional<Metric> metric;
    if (auto m = ctx.option("--metric"))
        metric = parseMetricOption(*m);
    const auto owner = ctx.owner();

    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadTargetsSettings(ws);
    const Dataset ds = ws.loadDataset(storage::PartOrg | storage::PartCustomers | storage::PartOrders
                                      | storage::PartPayments | storage::PartTargets);
    const DatasetIndex index(ds);
    const ActualsEngine actuals(index, settings);
    const TargetLookup lookup(ds.targets);
    const TargetMonitor monitor(actuals, lookup, settings);
    const auto rows = monitor.statuses(*period, today, owner, metric);
    if (ctx.json())
        CliContext::printJson(toJson(rows, *period, today));
    else
        printText(rows, *period, today);
    return 0;
}

} // namespace sd::cli

#include "cli/TargetsCommon.h"
#include "cli/CommandSupport.h"

#include "domain/Money.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

namespace sd::cli {

WorkspaceSettings loadTargetsSettings(storage::Workspace& ws)
{
    return loadWorkspaceSettings(ws);
}

Json amountJson(Metric metric, std::int64_t value)
{
    return isMoneyMetric(metric) ? moneyJson(value) : countJson(value);
}

std::string amountText(Metric metric, std::int64_t value)
{
    return isMoneyMetric(metric) ? Money::fromCents(value).toString() : std::to_string(value);
}

Metric parseMetricOption(const std::string& text)
{
    auto m = metricFromCode(text);
    if (!m)
        throw CliError(trs("--metric must be revenue, gross_profit, collections or new_customers, not ") + text, 2);
    return *m;
}

std::string padLeft(const std::string& s, std::size_t width)
{
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string padRight(const std::string& s, std::size_t width)
{
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

} // namespace sd::cli

#include "domain/Kpi.h"

namespace sd {

std::string_view toCode(KpiUnit u)
{
    switch (u) {
    case KpiUnit::Money: return "money";
    case KpiUnit::Count: return "count";
    case KpiUnit::Ratio: return "ratio";
    case KpiUnit::Score: return "score";
    case KpiUnit::Value: return "value";
    }
    return "";
}

bool isBuiltinKpi(std::string_view code)
{
    return code == "revenue" || code == "gross_profit" || code == "collections" || code == "collection_rate"
        || code == "new_customers" || code == "win_rate" || code == "visits" || code == "review_360";
}

KpiUnit kpiUnit(std::string_view code)
{
    if (code == "revenue" || code == "gross_profit" || code == "collections")
        return KpiUnit::Money;
    if (code == "new_customers" || code == "visits")
        return KpiUnit::Count;
    if (code == "collection_rate" || code == "win_rate")
        return KpiUnit::Ratio;
    if (code == "review_360")
        return KpiUnit::Score;
    return KpiUnit::Value;
}

std::optional<Metric> kpiTargetMetric(std::string_view code)
{
    if (code == "revenue" || code == "gross_profit" || code == "collections" || code == "new_customers")
        return metricFromCode(code);
    return std::nullopt;
}

const KpiDef* findKpiDef(const WorkspaceSettings& settings, std::string_view code)
{
    for (const KpiDef& k : settings.kpis)
        if (k.code == code)
            return &k;
    return nullptr;
}

bool kpiLowerIsBetter(const WorkspaceSettings& settings, std::string_view code)
{
    const KpiDef* k = findKpiDef(settings, code);
    return k && k->lowerIsBetter;
}

} // namespace sd

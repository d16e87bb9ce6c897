#pragma once

// The KPI catalogue of SPEC §6: which codes are computed from the data, their units, which target
// metric feeds a "target" item, and whether lower is better. The engines built on it:
// KpiScoring.h (rules, totals, grades, distribution), Review360.h, KpiActuals.h, Appraisal.h.

#include "domain/Model.h"
#include "domain/Settings.h"

#include <optional>
#include <string_view>

namespace sd {

// What a KPI's values (actual and target) are measured in. Money is held in cents, so a fixed
// target of 500000 (currency units) is 50,000,000 cents.
enum class KpiUnit {
    Money, // revenue, gross_profit, collections
    Count, // new_customers, visits
    Ratio, // collection_rate, win_rate
    Score, // review_360 (0–100)
    Value, // a manual code: whatever was entered
};

std::string_view toCode(KpiUnit u);

// Whether the code is computed from the data (every code of SPEC §6's table but the manual ones).
bool isBuiltinKpi(std::string_view code);
KpiUnit kpiUnit(std::string_view code);
// The target metric a "target" item of this code reads (revenue, gross_profit, collections,
// new_customers); nullopt for every other code (targets only exist for those four metrics).
std::optional<Metric> kpiTargetMetric(std::string_view code);
// The workspace's definition of a code, if any.
const KpiDef* findKpiDef(const WorkspaceSettings& settings, std::string_view code);
// A KPI's `lower_is_better` from the workspace's definitions (false when undefined).
bool kpiLowerIsBetter(const WorkspaceSettings& settings, std::string_view code);

} // namespace sd

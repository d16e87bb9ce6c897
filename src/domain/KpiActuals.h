#pragma once

#include "domain/Actuals.h"
#include "domain/Kpi.h"
#include "domain/Receivables.h"
#include "domain/TargetLookup.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sd {

// The actual of every KPI code of SPEC §6 for one rep and period, and an item's target, in the
// KPI's unit (money in cents, see KpiUnit). nullopt means "not available" (the item is then not
// applicable): a ratio with nothing in its denominator, a manual code without a value, no reviews.
// The dataset index must outlive the engine.
class KpiActuals
{
public:
    KpiActuals(const DatasetIndex& index, const WorkspaceSettings& settings);

    std::optional<Rational> actual(std::string_view code, const Rep& rep, const Period& period) const;
    // The item's target for the rep: "target" reads the rep's target of the code's metric
    // (TargetLookup: explicit row, else the month rows inside the period); a fixed target is in the
    // KPI's unit (currency units for money, converted to cents here); none for direct/anchored.
    std::optional<Rational> target(const KpiTemplateItem& item, const Rep& rep, const Period& period) const;

    // The manual value for exactly (rep, period label, code).
    std::optional<Rational> manualValue(std::string_view repId, const std::string& periodLabel,
                                        std::string_view code) const;
    // The exact 360-degree score for the rep and period label.
    std::optional<Rational> review360Score(const std::string& repId, const std::string& periodLabel) const;
    std::int64_t visits(std::string_view repId, Date first, Date last) const;

    const ActualsEngine& actuals() const { return m_actuals; }
    const ReceivablesEngine& receivables() const { return m_receivables; }
    const TargetLookup& targets() const { return m_targets; }

private:
    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    ActualsEngine m_actuals;
    ReceivablesEngine m_receivables;
    TargetLookup m_targets;
    std::map<std::string, const KpiValue*, std::less<>> m_manual; // "rep|period|code"
    std::unordered_map<std::string_view, std::vector<const Activity*>> m_visits;
    std::map<std::string, std::vector<const Review*>, std::less<>> m_reviews; // "rep|period"
};

} // namespace sd

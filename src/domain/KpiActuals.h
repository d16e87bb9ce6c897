#pragma once

#include "domain/Actuals.h"
#include "domain/Kpi.h"
#include "domain/Receivables.h"
#include "domain/TargetLookup.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sd {

// The actual of every KPI code of SPEC §6 for one rep and period, and an item's target, in the
// KPI's unit (money in cents, see KpiUnit). nullopt means "not available" (the item is then not
// applicable): a ratio with nothing in its denominator, a manual code without a value, no reviews.
// The dataset index must outlive the engine.
// Builds only what the KPIs asked for need, on first use and once per period (thread-safely): the actuals engine
// when a money KPI is scored; new customers, visits and collection rates of every rep in one pass each over the
// orders and activities (the receivables engine and the per-rep order index are never built for scoring).
class KpiActuals
{
public:
    KpiActuals(const DatasetIndex& index, const WorkspaceSettings& settings);
    ~KpiActuals();
    KpiActuals(const KpiActuals&) = delete;
    KpiActuals& operator=(const KpiActuals&) = delete;

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
    // SPEC §5 collection rate over the orders whose rep_id is the rep, for [first, last] (the figures of
    // ReceivablesEngine::collectionRateOfRep, computed for every rep at once).
    CollectionRate collectionRate(std::string_view repId, Date first, Date last) const;

    const ActualsEngine& actuals() const;
    const ReceivablesEngine& receivables() const;
    const TargetLookup& targets() const { return m_targets; }

private:
    using ByRep = std::unordered_map<std::string_view, std::int64_t>;
    struct CollectionScope;
    const ByRep& visitCounts(Date first, Date last) const;
    const ByRep& newCustomerCounts(Date first, Date last) const;
    const CollectionScope& collectionScope(Date first, Date last) const;

    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    TargetLookup m_targets;
    std::map<std::string, const KpiValue*, std::less<>> m_manual; // "rep|period|code"
    std::map<std::string, std::vector<const Review*>, std::less<>> m_reviews; // "rep|period"

    mutable std::once_flag m_actualsOnce, m_receivablesOnce;
    mutable std::unique_ptr<ActualsEngine> m_actuals;
    mutable std::unique_ptr<ReceivablesEngine> m_receivables;
    mutable std::mutex m_periodMutex; // guards the per-period maps below (built once per period)
    mutable std::map<std::pair<Date, Date>, ByRep> m_visitCounts;
    mutable std::map<std::pair<Date, Date>, ByRep> m_newCustomers;
    mutable std::map<std::pair<Date, Date>, std::unique_ptr<CollectionScope>> m_collectionScopes;
};

} // namespace sd

#pragma once

#include "domain/Actuals.h"
#include "domain/Decomposition.h"
#include "domain/Seasonality.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sd {

// What to decompose and how (SPEC §3; `salesctl targets decompose`).
struct DecompositionRequest
{
    OwnerRef owner;
    Metric metric = Metric::Revenue;
    Period period; // a fiscal year, quarter or month (never a week)
    std::int64_t amount = 0; // cents, or a whole count for new_customers
    OrgMethod method = OrgMethod::Equal;
    std::map<OwnerRef, Rational> weights; // OrgMethod::Weights: one per child split (every level with toReps)
    SeasonalityMethod seasonality = SeasonalityMethod::Equal;
    std::vector<Rational> seasonalityWeights; // SeasonalityMethod::Weights: one per month of the period
    std::optional<Rational> existingShare; // given share for every child; else from history, else 70/30
    std::optional<Rational> overAssign; // e.g. 1.10: the children sum to round(amount × factor)
    bool toReps = false; // level by level down to every rep
};

// One node of the decomposed grid: its period figure, its months (in date order) and the
// segments of each month. months[i] = existing[i] + fresh[i]; amount = Σ months.
struct DecomposedNode
{
    OwnerRef owner;
    std::optional<OwnerRef> parent; // nullopt for the decomposed owner itself
    int depth = 0; // 1 = direct child of the owner
    bool leaf = false; // months split by seasonality (else sums of its children)
    std::int64_t amount = 0;
    std::vector<std::int64_t> months;
    std::vector<std::int64_t> existing;
    std::vector<std::int64_t> fresh;
    std::optional<Rational> existingShare; // the share used (leaves)

    std::int64_t existingTotal() const;
    std::int64_t freshTotal() const;
};

// The result: the owner's own grid (the sum of its direct children) and every node below it in
// tree order (depth first, children by ascending id), plus notices such as history fallbacks.
struct Decomposition
{
    OwnerRef owner;
    Metric metric = Metric::Revenue;
    Period period;
    std::int64_t amount = 0; // as requested
    std::int64_t assigned = 0; // what the children sum to (amount, or amount × over-assignment)
    std::vector<Period> months;
    DecomposedNode total;
    std::vector<DecomposedNode> nodes;
    std::vector<std::string> notices;
    bool historyFellBack = false; // some org split by history had all-zero history and went equal
};

// Decomposes a target over the org tree, the fiscal months and the customer segments (SPEC §3),
// exactly: children sum to the parent, months to the period, segments to the month. History
// weights and shares come from the engine's actuals; throws DomainError on bad input.
class TargetDecomposer
{
public:
    TargetDecomposer(const ActualsEngine& actuals, const WorkspaceSettings& settings);

    // The org children of an owner for a period: child units (ascending id), or for a unit without
    // child units its reps active in the period (ascending id); a rep has none.
    std::vector<OwnerRef> childrenOf(const OwnerRef& owner, const Period& period) const;
    // Σ level_factor × ramp_factor over the reps that would receive a share of the owner's target.
    Rational capacityOf(const OwnerRef& owner, const Period& period) const;

    Decomposition decompose(const DecompositionRequest& request) const;

private:
    struct Context;
    void splitNode(Context& ctx, const OwnerRef& owner, std::int64_t amount, int depth) const;
    void splitLeafInTime(Context& ctx, DecomposedNode& node) const;
    bool ownerExists(const OwnerRef& owner) const;

    const ActualsEngine& m_actuals;
    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    FiscalCalendar m_cal;
};

} // namespace sd

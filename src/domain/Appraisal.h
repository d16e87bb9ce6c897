#pragma once

// Who is appraised for a period, with which template, and the scored result per rep and the grade
// distribution per team (SPEC §6).

#include "domain/KpiActuals.h"
#include "domain/KpiScoring.h"

#include <optional>
#include <string>
#include <vector>

namespace sd {

// The template of a rep: one for its role and level wins over one for its role only (level null);
// among equals, the first in the settings. nullptr when the role has none.
const KpiTemplate* templateFor(const Rep& rep, const std::vector<KpiTemplate>& templates);

// Appraised for the period: hired on or before its last day, not left before its first day, and
// its role (and level) has a template.
bool isAppraised(const Rep& rep, const Period& period, const WorkspaceSettings& settings);

// One rep's scorecard.
struct RepScorecard
{
    const Rep* rep = nullptr;
    const KpiTemplate* kpiTemplate = nullptr;
    std::vector<ItemScore> items; // in template order
    ScoreTotal total;
};

// A period's appraisal over the reps of an owner.
struct AppraisalResult
{
    Period period;
    std::vector<RepScorecard> reps;              // appraised reps, ascending id
    std::vector<DistributionCheck> distribution; // per team (the reps' org unit), ascending unit id
};

// Scores reps over a dataset. The dataset index must outlive the engine.
class AppraisalEngine
{
public:
    AppraisalEngine(const DatasetIndex& index, const WorkspaceSettings& settings);

    RepScorecard scoreRep(const Rep& rep, const KpiTemplate& tmpl, const Period& period) const;
    // Every appraised rep belonging to the owner (all when none), and the distribution check per team.
    AppraisalResult appraise(const Period& period, const std::optional<OwnerRef>& owner = std::nullopt) const;

    const KpiActuals& kpiActuals() const { return m_actuals; }

private:
    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    KpiActuals m_actuals;
};

} // namespace sd

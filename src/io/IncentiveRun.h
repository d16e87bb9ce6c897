#pragma once

#include "domain/Actuals.h"
#include "domain/Appraisal.h"
#include "domain/DatasetIndex.h"
#include "domain/Incentives.h"
#include "domain/TargetLookup.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace sd::storage {
class Workspace;
}

namespace sd::io {

// Everything the incentives engine needs for one workspace snapshot, built once and shared by `salesctl incentive
// calc` and the app's Incentives view: the index, the §6 actuals, the targets, the appraisal engine that gives grade
// bonuses their grade (sign-off is not stored yet, so every grade is provisional) and the engine itself. One run is
// for one thread at a time (the engine caches); the dataset is kept alive by the run.
class IncentiveRun
{
public:
    IncentiveRun(std::shared_ptr<const Dataset> data, WorkspaceSettings settings);
    IncentiveRun(const IncentiveRun&) = delete;
    IncentiveRun& operator=(const IncentiveRun&) = delete;

    // The storage::DatasetPart bits a period of this kind needs under these plans: orders and targets always,
    // payments for collections, activities for a visits contest, KPI values for a manual contest metric, and
    // everything when a plan has a grade bonus (the appraisal reads it all).
    static unsigned partsFor(const WorkspaceSettings& settings, PeriodKind kind);

    // The rows a calculation of `period` needs (the parts of partsFor). A loader scoped to the period's orders (and
    // the booking months and first orders it looks back at) was tried: same figures, half the memory, but more CPU
    // than one sequential read of the orders (docs/performance.md, "Incentives").
    static Dataset loadFor(storage::Workspace& ws, const WorkspaceSettings& settings, const Period& period);

    const Dataset& data() const { return *m_data; }
    const DatasetIndex& index() const { return m_index; }
    const WorkspaceSettings& settings() const { return m_settings; }
    const IncentiveEngine& engine() const { return *m_engine; }

    // The statements of every rep on a plan for the period (ascending id), optionally only those under `owner`.
    // `progress(done, total)` is called after each rep; a raised `cancel` stops early (the list is then partial).
    std::vector<IncentiveStatement> statements(const Period& period, const std::optional<OwnerRef>& owner = {},
                                               const std::function<void(size_t, size_t)>& progress = {},
                                               const std::atomic_bool* cancel = nullptr) const;

private:
    std::optional<AppraisalGrade> grade(const std::string& repId, const Period& quarter) const;

    std::shared_ptr<const Dataset> m_data;
    WorkspaceSettings m_settings;
    DatasetIndex m_index;
    ActualsEngine m_actuals;
    TargetLookup m_targets;
    mutable std::optional<AppraisalEngine> m_appraisal; // built on the first grade asked
    std::unique_ptr<IncentiveEngine> m_engine;
};

} // namespace sd::io

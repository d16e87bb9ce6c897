#pragma once

#include "domain/Actuals.h"
#include "domain/Appraisal.h"
#include "domain/AppraisalCycle.h"
#include "domain/DatasetIndex.h"
#include "domain/Incentives.h"
#include "domain/StatementLifecycle.h"
#include "domain/TargetLookup.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace sd::storage {
class Workspace;
}

namespace sd::io {

// Everything the incentives engine needs for one workspace snapshot, built once and shared by `salesctl incentive
// calc` and the app's Incentives view: the index, the §6 actuals, the targets, the appraisal engine and the stored
// appraisal records that give grade bonuses their grade, and the engine itself. One run is
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

    // The rows a calculation of `period` needs (the parts of partsFor). Without payments or a grade bonus only the
    // orders that can matter are read (storage::IncentiveDataLoader): those of the period and of the booking periods
    // of its clawbacks, one earlier order of each customer ordering in the period, and the targets of those periods;
    // the figures are those of the whole workspace (docs/incentives.md, "What the command line reads").
    static Dataset loadFor(storage::Workspace& ws, const WorkspaceSettings& settings, const Period& period);
    // The stored appraisal records (storage::SqlAppraisalRepository) of the quarter plans' periods: what
    // setAppraisalRecords wants. Empty for a month.
    static std::vector<AppraisalRecord> appraisalRecordsFor(storage::Workspace& ws, const Period& period);

    // The appraisal cycle's records (SPEC §7 grade bonus): a signed-off record pays its final grade (the calibrated
    // one, else the scored one), not provisional; without a signed-off record the current grade (calibrated, else
    // scored) is paid provisionally. Set before the statements are computed.
    void setAppraisalRecords(std::vector<AppraisalRecord> records);

    // The approved statements of the periods before `period` (storage::SqlIncentiveStatementRepository): a clawback
    // takes back the order's share on the approved booking-period statement rather than a recalculation (SPEC §7).
    static std::vector<StatementSnapshot> approvedStatementsFor(storage::Workspace& ws, const Period& period);
    void setApprovedStatements(const std::vector<StatementSnapshot>& approved);

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
    std::vector<AppraisalRecord> m_records;
    std::map<std::pair<std::string, std::string>, std::map<std::string, std::int64_t>> m_approvedShares;
    std::unique_ptr<IncentiveEngine> m_engine;
};

} // namespace sd::io

#pragma once

#include "domain/Period.h"
#include "domain/StatementLifecycle.h"
#include "io/IncentiveExport.h"
#include "io/IncentiveRun.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sd::app {

// One period's incentive calculation as the Incentives view shows it: the statements (with the run that computed
// them, kept for what-if), the payroll that exports them, and per rep the lifecycle reconciliation with the stored
// statement (calculated/reviewed/approved, and the difference when an approved one would change).
struct IncentiveResult
{
    Period period;
    std::shared_ptr<io::IncentiveRun> run;
    io::IncentivePayroll payroll; // payroll.statements: every rep on a plan, ascending id
    std::vector<StatementSnapshot> calculated; // parallel: the snapshot of this calculation
    std::vector<StatementReconciliation> lifecycle; // parallel: what is stored now, and the differences

    int indexOf(const std::string& repId) const;
};

// Computes every statement of the period and reconciles it with the workspace's stored statements, writing the new
// and changed ones in one transaction (an approved statement is never overwritten). Runs on a worker thread: it
// opens its own connection to `workspacePath`. `progress(done, total)` after each rep. Throws DomainError (plans)
// or storage::StorageError.
std::shared_ptr<IncentiveResult> calculateIncentives(std::shared_ptr<const Dataset> data,
                                                     const WorkspaceSettings& settings, const Period& period,
                                                     const QString& workspacePath,
                                                     const std::function<void(size_t, size_t)>& progress = {},
                                                     const std::atomic_bool* cancel = nullptr);

// "2026-11-26T10:00:00Z" now, and the user name recorded as reviewer/approver.
std::string nowStamp();
std::string currentUser();

} // namespace sd::app

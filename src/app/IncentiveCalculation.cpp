#include "app/IncentiveCalculation.h"

#include "storage/SqlIncentiveStatementRepository.h"
#include "storage/Workspace.h"

#include <QDateTime>

#include <map>

namespace sd::app {

int IncentiveResult::indexOf(const std::string& repId) const
{
    for (size_t i = 0; i < payroll.statements.size(); ++i)
        if (payroll.statements[i].repId == repId)
            return int(i);
    return -1;
}

std::string nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

std::string currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? std::string("manager") : user.toStdString();
}

std::shared_ptr<IncentiveResult> calculateIncentives(std::shared_ptr<const Dataset> data,
                                                     const WorkspaceSettings& settings, const Period& period,
                                                     const QString& workspacePath,
                                                     const std::function<void(size_t, size_t)>& progress,
                                                     const std::atomic_bool* cancel)
{
    auto result = std::make_shared<IncentiveResult>();
    result->period = period;
    result->run = std::make_shared<io::IncentiveRun>(std::move(data), settings);
    storage::Workspace ws(workspacePath);
    result->run->setAppraisalRecords(io::IncentiveRun::appraisalRecordsFor(ws, period));
    result->run->setApprovedStatements(io::IncentiveRun::approvedStatementsFor(ws, period));
    std::vector<IncentiveStatement> statements = result->run->statements(period, std::nullopt, progress, cancel);
    result->payroll = io::makePayroll(*result->run, period, std::move(statements));

    storage::SqlIncentiveStatementRepository repo(ws);
    std::map<std::string, StatementSnapshot> stored;
    for (StatementSnapshot& s : repo.ofPeriod(period.label()))
        stored.emplace(s.repId, std::move(s));
    const std::string now = nowStamp();
    std::vector<StatementSnapshot> writes;
    for (const IncentiveStatement& st : result->payroll.statements) {
        StatementSnapshot snap = snapshotOf(st, now);
        const auto it = stored.find(st.repId);
        StatementReconciliation r
            = reconcile(it == stored.end() ? std::nullopt : std::optional<StatementSnapshot>(it->second), snap);
        if (r.writes())
            writes.push_back(r.keep);
        result->calculated.push_back(std::move(snap));
        result->lifecycle.push_back(std::move(r));
    }
    if (!writes.empty() && !(cancel && cancel->load()))
        repo.save(writes);
    return result;
}

} // namespace sd::app

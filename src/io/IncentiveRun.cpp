#include "io/IncentiveRun.h"

#include "storage/IncentiveDataLoader.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlIncentiveStatementRepository.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <set>

namespace sd::io {

unsigned IncentiveRun::partsFor(const WorkspaceSettings& settings, PeriodKind kind)
{
    unsigned parts = storage::PartOrg;
    for (const IncentivePlan& p : settings.incentivePlans) {
        if (p.period != kind)
            continue;
        parts |= storage::PartOrders | storage::PartTargets;
        for (const PlanComponent& c : p.components) {
            if (c.type == PlanComponent::Type::GradeBonus)
                return storage::PartAll;
            const bool usesMetric = c.type == PlanComponent::Type::Bonus || c.type == PlanComponent::Type::Contest;
            if ((c.type == PlanComponent::Type::Commission && c.base == Metric::Collections)
                || (usesMetric && c.metric == "collections"))
                parts |= storage::PartPayments;
            if (c.type == PlanComponent::Type::Contest && c.metric == "visits")
                parts |= storage::PartActivities;
            else if (c.type == PlanComponent::Type::Contest && !metricFromCode(c.metric))
                parts |= storage::PartKpi;
        }
    }
    return parts;
}

Dataset IncentiveRun::loadFor(storage::Workspace& ws, const WorkspaceSettings& settings, const Period& period)
{
    const unsigned parts = partsFor(settings, period.kind());
    constexpr unsigned scoped = storage::PartOrg | storage::PartOrders | storage::PartTargets | storage::PartActivities
                              | storage::PartKpi;
    if (!(parts & storage::PartOrders) || (parts & ~scoped) != 0)
        return ws.loadDataset(parts); // collections read payments of orders of any date; a grade needs everything
    const FiscalCalendar cal = settings.calendar();
    storage::IncentiveDataLoader loader(ws);
    storage::IncentiveDataLoader::Scope scope{period.firstDay(cal), period.lastDay(cal), {}, {}};
    std::set<std::string> labels;
    auto addPeriod = [&](const Period& p) {
        scope.ranges.emplace_back(p.firstDay(cal), p.lastDay(cal));
        labels.insert(p.label());
        if (p.kind() == PeriodKind::Quarter) // a quarter without its own target sums its months' (SPEC §3)
            for (Date m = p.firstDay(cal); m <= p.lastDay(cal); m = m.addMonths(1))
                labels.insert(Period::monthOf(m).label());
    };
    addPeriod(period);
    // The booking periods of the orders clawed back in the period: their statements are recomputed.
    std::set<std::string> booked;
    for (Date d : loader.bookingDatesOfCancellations(scope.first, scope.last)) {
        const Period p = period.kind() == PeriodKind::Month ? Period::monthOf(d) : Period::quarterOf(d, cal);
        if (booked.insert(p.label()).second)
            addPeriod(p);
    }
    scope.targetPeriods.assign(labels.begin(), labels.end());
    Dataset data = loader.load(scope);
    if (parts & (storage::PartActivities | storage::PartKpi)) {
        Dataset rest = ws.loadDataset(parts & (storage::PartActivities | storage::PartKpi));
        data.activities = std::move(rest.activities);
        data.kpiValues = std::move(rest.kpiValues);
        data.reviews = std::move(rest.reviews);
    }
    return data;
}

IncentiveRun::IncentiveRun(std::shared_ptr<const Dataset> data, WorkspaceSettings settings)
    : m_data(std::move(data))
    , m_settings(std::move(settings))
    , m_index(*m_data)
    , m_actuals(m_index, m_settings)
    , m_targets(m_data->targets)
{
    m_engine = std::make_unique<IncentiveEngine>(
        m_actuals, m_targets, m_settings,
        [this](const std::string& repId, const Period& quarter) { return grade(repId, quarter); });
    m_engine->setApprovedShares(
        [this](const std::string& repId, const std::string& period) -> const std::map<std::string, std::int64_t>* {
            const auto it = m_approvedShares.find({repId, period});
            return it == m_approvedShares.end() ? nullptr : &it->second;
        });
}

std::vector<AppraisalRecord> IncentiveRun::appraisalRecordsFor(storage::Workspace& ws, const Period& period)
{
    if (period.kind() != PeriodKind::Quarter)
        return {};
    return storage::SqlAppraisalRepository(ws).records(period.label());
}

void IncentiveRun::setAppraisalRecords(std::vector<AppraisalRecord> records) { m_records = std::move(records); }

std::vector<StatementSnapshot> IncentiveRun::approvedStatementsFor(storage::Workspace& ws, const Period& period)
{
    const std::string pattern = period.kind() == PeriodKind::Month ? "____-__" : "____Q_";
    return storage::SqlIncentiveStatementRepository(ws).approvedBefore(pattern, period.label());
}

void IncentiveRun::setApprovedStatements(const std::vector<StatementSnapshot>& approved)
{
    m_approvedShares.clear();
    for (const StatementSnapshot& s : approved)
        if (s.state == StatementState::Approved)
            m_approvedShares[{s.repId, s.period}] = s.bookedShares;
}

std::optional<AppraisalGrade> IncentiveRun::grade(const std::string& repId, const Period& quarter) const
{
    const std::string label = quarter.label();
    const auto rec = std::find_if(m_records.begin(), m_records.end(),
                                  [&](const AppraisalRecord& r) { return r.repId == repId && r.period == label; });
    const AppraisalRecord* record = rec == m_records.end() ? nullptr : &*rec;
    const bool signedOff = record && record->locked();
    // A calibrated grade is the appraisal's grade whatever the score says today.
    if (record && record->calibratedGrade)
        return AppraisalGrade{*record->calibratedGrade, signedOff};
    // Only a quarter plan with a grade bonus asks, and its period loaded every part (partsFor).
    if (!m_appraisal)
        m_appraisal.emplace(m_index, m_settings);
    const Rep* rep = m_index.rep(repId);
    if (!rep || !isAppraised(*rep, quarter, m_settings))
        return std::nullopt;
    const KpiTemplate* tmpl = templateFor(*rep, m_settings.kpiTemplates);
    if (!tmpl)
        return std::nullopt;
    const RepScorecard card = m_appraisal->scoreRep(*rep, *tmpl, quarter);
    if (!card.total.grade)
        return std::nullopt;
    return AppraisalGrade{*card.total.grade, signedOff};
}

std::vector<IncentiveStatement> IncentiveRun::statements(const Period& period, const std::optional<OwnerRef>& owner,
                                                         const std::function<void(size_t, size_t)>& progress,
                                                         const std::atomic_bool* cancel) const
{
    std::vector<const Rep*> reps;
    for (const Rep* rep : m_engine->repsOnPlans(period))
        if (!owner || m_index.repBelongsTo(*rep, *owner))
            reps.push_back(rep);
    std::vector<IncentiveStatement> out;
    out.reserve(reps.size());
    for (const Rep* rep : reps) {
        if (cancel && cancel->load())
            break;
        out.push_back(m_engine->statement(*rep, period));
        if (progress)
            progress(out.size(), reps.size());
    }
    return out;
}

} // namespace sd::io

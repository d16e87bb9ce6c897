#include "io/IncentiveRun.h"

#include "storage/Workspace.h"

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
    return ws.loadDataset(partsFor(settings, period.kind()));
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
}

std::optional<AppraisalGrade> IncentiveRun::grade(const std::string& repId, const Period& quarter) const
{
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
    return AppraisalGrade{*card.total.grade, false};
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

#include "domain/Appraisal.h"

#include <algorithm>
#include <map>

namespace sd {

const KpiTemplate* templateFor(const Rep& rep, const std::vector<KpiTemplate>& templates)
{
    const KpiTemplate* roleOnly = nullptr;
    for (const KpiTemplate& t : templates) {
        if (t.role != rep.role)
            continue;
        if (t.level) {
            if (*t.level == rep.level)
                return &t;
        } else if (!roleOnly) {
            roleOnly = &t;
        }
    }
    return roleOnly;
}

bool isAppraised(const Rep& rep, const Period& period, const WorkspaceSettings& settings)
{
    const FiscalCalendar cal = settings.calendar();
    return rep.isActiveIn(period.firstDay(cal), period.lastDay(cal)) && templateFor(rep, settings.kpiTemplates);
}

AppraisalEngine::AppraisalEngine(const DatasetIndex& index, const WorkspaceSettings& settings)
    : m_index(index)
    , m_settings(settings)
    , m_actuals(index, settings)
{
}

RepScorecard AppraisalEngine::scoreRep(const Rep& rep, const KpiTemplate& tmpl, const Period& period) const
{
    RepScorecard card;
    card.rep = &rep;
    card.kpiTemplate = &tmpl;
    for (const KpiTemplateItem& item : tmpl.items) {
        card.items.push_back(scoreItem(item, kpiUnit(item.kpi), kpiLowerIsBetter(m_settings, item.kpi),
                                       m_actuals.actual(item.kpi, rep, period), m_actuals.target(item, rep, period)));
    }
    card.total = totalOf(card.items, m_settings.grades);
    return card;
}

AppraisalResult AppraisalEngine::appraise(const Period& period, const std::optional<OwnerRef>& owner) const
{
    AppraisalResult out;
    out.period = period;
    std::vector<const Rep*> reps;
    for (const Rep& r : m_index.data().reps)
        reps.push_back(&r);
    std::sort(reps.begin(), reps.end(), [](const Rep* a, const Rep* b) { return a->id < b->id; });

    std::map<std::string, std::vector<std::string>> gradesByTeam;
    for (const Rep* r : reps) {
        if (owner && !m_index.repBelongsTo(*r, *owner))
            continue;
        if (!isAppraised(*r, period, m_settings))
            continue;
        out.reps.push_back(scoreRep(*r, *templateFor(*r, m_settings.kpiTemplates), period));
        auto& team = gradesByTeam[r->orgUnitId];
        if (out.reps.back().total.grade)
            team.push_back(*out.reps.back().total.grade);
    }
    for (const auto& [unitId, grades] : gradesByTeam) {
        DistributionCheck c = checkDistribution(grades, m_settings);
        c.unitId = unitId;
        if (const OrgUnit* u = m_index.unit(unitId))
            c.unitName = u->name;
        out.distribution.push_back(std::move(c));
    }
    return out;
}

} // namespace sd

#include "domain/KpiActuals.h"

#include "domain/Funnel.h"
#include "domain/Review360.h"

namespace sd {

namespace {

std::string manualKey(std::string_view rep, std::string_view period, std::string_view code)
{
    std::string k(rep);
    k += '|';
    k += period;
    k += '|';
    k += code;
    return k;
}

} // namespace

KpiActuals::KpiActuals(const DatasetIndex& index, const WorkspaceSettings& settings)
    : m_index(index)
    , m_settings(settings)
    , m_actuals(index, settings)
    , m_receivables(index, settings)
    , m_targets(index.data().targets)
{
    for (const KpiValue& v : index.data().kpiValues)
        m_manual[manualKey(v.repId, v.period, v.code)] = &v;
    for (const Activity& a : index.data().activities)
        if (a.kind == ActivityKind::Visit)
            m_visits[a.repId].push_back(&a);
    for (const Review& r : index.data().reviews)
        m_reviews[manualKey(r.subjectRepId, r.period, {})].push_back(&r);
}

std::optional<Rational> KpiActuals::manualValue(std::string_view repId, const std::string& periodLabel,
                                                std::string_view code) const
{
    auto it = m_manual.find(manualKey(repId, periodLabel, code));
    if (it == m_manual.end())
        return std::nullopt;
    return it->second->value;
}

std::optional<Rational> KpiActuals::review360Score(const std::string& repId, const std::string& periodLabel) const
{
    auto it = m_reviews.find(manualKey(repId, periodLabel, {}));
    if (it == m_reviews.end())
        return std::nullopt;
    return review360(it->second, m_settings.reviewWeights).score;
}

std::int64_t KpiActuals::visits(std::string_view repId, Date first, Date last) const
{
    auto it = m_visits.find(repId);
    if (it == m_visits.end())
        return 0;
    std::int64_t n = 0;
    for (const Activity* a : it->second)
        if (a->date >= first && a->date <= last)
            ++n;
    return n;
}

std::optional<Rational> KpiActuals::actual(std::string_view code, const Rep& rep, const Period& period) const
{
    const FiscalCalendar cal = m_settings.calendar();
    const Date first = period.firstDay(cal);
    const Date last = period.lastDay(cal);
    if (auto metric = kpiTargetMetric(code))
        return Rational(static_cast<long long>(m_actuals.repActual(*metric, rep.id, first, last)));
    if (code == "collection_rate")
        return m_receivables.collectionRateOfRep(rep.id, first, last).rate;
    if (code == "win_rate")
        return winRate(m_index.opportunitiesOfOwner(rep.id), first, last);
    if (code == "visits")
        return Rational(static_cast<long long>(visits(rep.id, first, last)));
    if (code == "review_360")
        return review360Score(rep.id, period.label());
    return manualValue(rep.id, period.label(), code);
}

std::optional<Rational> KpiActuals::target(const KpiTemplateItem& item, const Rep& rep, const Period& period) const
{
    switch (item.targetSource) {
    case KpiTemplateItem::TargetSource::None: return std::nullopt;
    case KpiTemplateItem::TargetSource::Fixed:
        return kpiUnit(item.kpi) == KpiUnit::Money ? item.fixedTarget * Rational(100) : item.fixedTarget;
    case KpiTemplateItem::TargetSource::OwnerTarget: {
        auto metric = kpiTargetMetric(item.kpi);
        if (!metric)
            return std::nullopt;
        auto t = m_targets.targetFor(OwnerRef{OwnerKind::Rep, rep.id}, *metric, period, m_settings.calendar());
        if (!t)
            return std::nullopt;
        return Rational(static_cast<long long>(*t));
    }
    }
    return std::nullopt;
}

} // namespace sd

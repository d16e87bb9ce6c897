#include "domain/UnitAttribution.h"

#include <algorithm>

namespace sd {

UnitAttribution::UnitAttribution(const DatasetIndex& index, const std::vector<UnitMembership>& past)
    : m_index(index)
{
    for (const UnitMembership& m : past)
        if (const Rep* r = index.rep(m.repId))
            m_past[r].push_back(m);
    for (auto& [rep, list] : m_past)
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
}

std::string_view UnitAttribution::unitOn(const Rep& rep, Date d) const
{
    if (m_past.empty())
        return rep.orgUnitId;
    const auto it = m_past.find(&rep);
    if (it != m_past.end())
        for (const UnitMembership& m : it->second)
            if (d >= m.from && d <= m.to)
                return m.orgUnitId;
    return rep.orgUnitId;
}

bool UnitAttribution::isUnder(std::string_view unitId, std::string_view ancestorId) const
{
    for (const OrgUnit* u = m_index.unit(unitId); u; u = u->parentId ? m_index.unit(*u->parentId) : nullptr)
        if (u->id == ancestorId)
            return true;
    return false;
}

bool UnitAttribution::inUnitOn(const Rep& rep, std::string_view unitId, Date d) const
{
    return isUnder(unitOn(rep, d), unitId);
}

std::vector<std::pair<Date, Date>> UnitAttribution::daysIn(const Rep& rep, std::string_view unitId, Date first,
                                                           Date last) const
{
    std::vector<std::pair<Date, Date>> out;
    if (last < first)
        return out;
    // Boundaries where the membership may change: the starts and the days after the ends of past rows.
    std::vector<Date> cuts{first};
    const auto it = m_past.find(&rep);
    if (it != m_past.end())
        for (const UnitMembership& m : it->second) {
            if (m.from > first && m.from <= last)
                cuts.push_back(m.from);
            if (m.to >= first && m.to < last)
                cuts.push_back(m.to.addDays(1));
        }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        const Date from = cuts[i];
        const Date to = i + 1 < cuts.size() ? cuts[i + 1].addDays(-1) : last;
        if (!inUnitOn(rep, unitId, from))
            continue;
        if (!out.empty() && out.back().second.addDays(1) == from)
            out.back().second = to;
        else
            out.emplace_back(from, to);
    }
    return out;
}

std::vector<const Rep*> UnitAttribution::repsDuring(std::string_view unitId, Date first, Date last) const
{
    std::vector<const Rep*> out;
    for (const Rep& r : m_index.data().reps)
        if (!daysIn(r, unitId, first, last).empty())
            out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const Rep* a, const Rep* b) { return a->id < b->id; });
    return out;
}

std::vector<UnitMembership> UnitAttribution::pastOf(std::string_view repId) const
{
    const Rep* r = m_index.rep(repId);
    const auto it = r ? m_past.find(r) : m_past.end();
    return it == m_past.end() ? std::vector<UnitMembership>{} : it->second;
}

} // namespace sd

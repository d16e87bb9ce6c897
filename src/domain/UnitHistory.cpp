#include "domain/UnitHistory.h"

#include <algorithm>

namespace sd {

std::string_view toCode(TrainingKind k)
{
    return k == TrainingKind::NewHire ? "new_hire" : "continuing";
}

std::optional<TrainingKind> trainingKindFromCode(std::string_view code)
{
    if (code == "new_hire")
        return TrainingKind::NewHire;
    if (code == "continuing")
        return TrainingKind::Continuing;
    return std::nullopt;
}

UnitHistory::UnitHistory(const DatasetIndex& index, const std::vector<UnitMembership>& past)
    : m_index(index)
{
    for (const UnitMembership& m : past)
        m_past[m.repId].push_back(m);
    for (auto& [rep, list] : m_past)
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
}

std::string_view UnitHistory::unitOn(const Rep& rep, Date d) const
{
    const auto it = m_past.find(rep.id);
    if (it != m_past.end())
        for (const UnitMembership& m : it->second)
            if (d >= m.from && d <= m.to)
                return m.orgUnitId;
    return rep.orgUnitId;
}

bool UnitHistory::under(std::string_view unitId, std::string_view ancestorId) const
{
    for (const OrgUnit* u = m_index.unit(unitId); u; u = u->parentId ? m_index.unit(*u->parentId) : nullptr)
        if (u->id == ancestorId)
            return true;
    return false;
}

bool UnitHistory::inUnitOn(const Rep& rep, std::string_view unitId, Date d) const
{
    return under(unitOn(rep, d), unitId);
}

std::vector<std::pair<Date, Date>> UnitHistory::daysIn(const Rep& rep, std::string_view unitId, Date first,
                                                       Date last) const
{
    std::vector<std::pair<Date, Date>> out;
    if (last < first)
        return out;
    // Boundaries where the membership may change: the starts and the days after the ends of past rows.
    std::vector<Date> cuts{first};
    const auto it = m_past.find(rep.id);
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

std::vector<const Rep*> UnitHistory::repsDuring(std::string_view unitId, Date first, Date last) const
{
    std::vector<const Rep*> out;
    for (const Rep& r : m_index.data().reps)
        if (!daysIn(r, unitId, first, last).empty())
            out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const Rep* a, const Rep* b) { return a->id < b->id; });
    return out;
}

std::int64_t UnitHistory::unitActual(const ActualsEngine& actuals, Metric metric, std::string_view unitId, Date first,
                                     Date last) const
{
    std::int64_t sum = 0;
    for (const Rep* r : repsDuring(unitId, first, last))
        for (const auto& [from, to] : daysIn(*r, unitId, first, last))
            sum += actuals.repActual(metric, r->id, from, to);
    return sum;
}

std::vector<UnitMembership> UnitHistory::pastOf(std::string_view repId) const
{
    const auto it = m_past.find(std::string(repId));
    return it == m_past.end() ? std::vector<UnitMembership>{} : it->second;
}

} // namespace sd

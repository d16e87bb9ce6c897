#include "domain/TargetLookup.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace sd {

TargetLookup::TargetLookup(const std::vector<Target>& targets)
    : m_targets(targets)
{
    m_rows.reserve(targets.size());
    for (const Target& t : targets)
        m_rows[key(t.owner, t.metric, t.period, t.segment)] = &t;
}

std::string TargetLookup::key(const OwnerRef& owner, Metric metric, const std::string& period, Segment segment)
{
    std::string k = owner.toString();
    k += '|';
    k += toCode(metric);
    k += '|';
    k += period;
    k += '|';
    k += toCode(segment);
    return k;
}

const Target* TargetLookup::explicitTarget(const OwnerRef& owner, Metric metric, const std::string& periodLabel,
                                           Segment segment) const
{
    auto it = m_rows.find(key(owner, metric, periodLabel, segment));
    return it == m_rows.end() ? nullptr : it->second;
}

std::optional<std::int64_t> TargetLookup::targetFor(const OwnerRef& owner, Metric metric, const Period& period,
                                                    const FiscalCalendar& cal, Segment segment) const
{
    if (const Target* t = explicitTarget(owner, metric, period.label(), segment))
        return t->amount;
    if (period.kind() != PeriodKind::Quarter && period.kind() != PeriodKind::Year)
        return std::nullopt;
    std::optional<std::int64_t> sum;
    for (const Period& m : period.months(cal))
        if (const Target* t = explicitTarget(owner, metric, m.label(), segment))
            sum = sum.value_or(0) + t->amount;
    return sum;
}

std::vector<TargetLookup::Key> TargetLookup::keysFor(const Period& period, const FiscalCalendar& cal) const
{
    std::set<std::string> labels{period.label()};
    if (period.kind() == PeriodKind::Quarter || period.kind() == PeriodKind::Year)
        for (const Period& m : period.months(cal))
            labels.insert(m.label());
    std::set<std::tuple<OwnerRef, int, int>> seen;
    std::vector<Key> out;
    for (const Target& t : m_targets) {
        if (!labels.count(t.period))
            continue;
        if (seen.insert({t.owner, static_cast<int>(t.metric), static_cast<int>(t.segment)}).second)
            out.push_back({t.owner, t.metric, t.segment});
    }
    std::sort(out.begin(), out.end(), [](const Key& a, const Key& b) {
        return std::tie(a.owner, a.metric, a.segment) < std::tie(b.owner, b.metric, b.segment);
    });
    return out;
}

} // namespace sd

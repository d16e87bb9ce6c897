#pragma once

#include "domain/Model.h"
#include "domain/Period.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace sd {

// Finds targets by (owner, metric, period, segment). SPEC §3: an owner's target for a period is
// its explicit target row for that period, else the sum of the rows of the months inside it that
// exist (a partial quarter); none at all means no target.
class TargetLookup
{
public:
    explicit TargetLookup(const std::vector<Target>& targets);

    // The explicit row only.
    const Target* explicitTarget(const OwnerRef& owner, Metric metric, const std::string& periodLabel,
                                 Segment segment = Segment::All) const;
    // Explicit row, else the sum of existing month rows inside the period; nullopt when none.
    std::optional<std::int64_t> targetFor(const OwnerRef& owner, Metric metric, const Period& period,
                                          const FiscalCalendar& cal, Segment segment = Segment::All) const;
    // Every (owner, metric, segment) that has a target for the period, explicit or from months.
    struct Key
    {
        OwnerRef owner;
        Metric metric;
        Segment segment;
    };
    std::vector<Key> keysFor(const Period& period, const FiscalCalendar& cal) const;

private:
    static std::string key(const OwnerRef& owner, Metric metric, const std::string& period, Segment segment);
    std::unordered_map<std::string, const Target*> m_rows;
    const std::vector<Target>& m_targets;
};

} // namespace sd

#pragma once

#include "domain/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// Targets, keyed by (owner, metric, period, segment). Every function throws StorageError on a
// database problem.
class TargetRepository
{
public:
    virtual ~TargetRepository() = default;
    // All targets, or those of one period label, by owner, metric, period, segment.
    virtual std::vector<Target> list(const std::optional<std::string>& period = std::nullopt) const = 0;
    virtual std::vector<Target> ofOwner(const OwnerRef& owner) const = 0;
    // Inserts or replaces the targets with the same keys, all in one transaction.
    virtual void upsert(const std::vector<Target>& targets) = 0;
    // Deletes the target with this key; returns whether there was one.
    virtual bool remove(const OwnerRef& owner, Metric metric, const std::string& period, Segment segment) = 0;
};

} // namespace sd::storage

#pragma once

#include "domain/StatementLifecycle.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// Stored incentive statements (the lifecycle snapshots of domain/StatementLifecycle.h), keyed by (rep, period).
// Every function throws StorageError on a database problem.
class IncentiveStatementRepository
{
public:
    virtual ~IncentiveStatementRepository() = default;
    virtual std::optional<StatementSnapshot> find(const std::string& repId, const std::string& period) const = 0;
    // Every stored statement of a period, ascending rep id.
    virtual std::vector<StatementSnapshot> ofPeriod(const std::string& period) const = 0;
    // The approved statements of periods whose label matches the LIKE pattern (`____-__` months, `____Q_` quarters)
    // and sorts before `period`: the booking periods a clawback in `period` may take back from.
    virtual std::vector<StatementSnapshot> approvedBefore(const std::string& periodKindPattern,
                                                          const std::string& period) const = 0;
    // Inserts or replaces the statements (header and components), all in one transaction.
    virtual void save(const std::vector<StatementSnapshot>& statements) = 0;
};

} // namespace sd::storage

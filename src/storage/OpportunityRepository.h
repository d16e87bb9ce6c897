#pragma once

#include "domain/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// The opportunities aggregate (an opportunity with its stage history) and the GUI's edits.
// Every function throws StorageError on a database problem or a missing opportunity.
class OpportunityRepository
{
public:
    virtual ~OpportunityRepository() = default;
    virtual std::vector<Opportunity> byOwner(const std::string& repId) const = 0; // by id, with history
    virtual std::optional<Opportunity> byId(const std::string& id) const = 0;     // with history
    // Moves the opportunity to `stage` on `enteredOn` and records it in the history (an empty history
    // first gets its implicit entry: the old stage on created_on). A date before the last entry throws.
    virtual void updateStage(const std::string& id, const std::string& stage, Date enteredOn) = 0;
    virtual void updateAmount(const std::string& id, Money amount) = 0;
    virtual void updateExpectedClose(const std::string& id, std::optional<Date> expectedCloseOn) = 0;
};

} // namespace sd::storage

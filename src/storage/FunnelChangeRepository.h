#pragma once

#include "domain/OpportunityChange.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// An edit of one opportunity field made in the app, before it is applied.
struct OpportunityEdit
{
    std::string opportunityId;
    ChangeField field = ChangeField::Stage;
    std::string newValue; // as OpportunityChange keeps values
    Date effectiveOn;     // the day the change takes effect (a stage entry's date)
    std::string changedBy;
    bool criteriaSkipped = false;
    std::string note;
    // The opportunity's row_version the edit was based on; when set and the row has moved on since, apply()
    // throws StaleEdit (RowVersion.h) carrying the field's current value.
    std::optional<long long> expectedVersion;
};

// A rep's forecast submission for a period and the manager's adjustment.
struct ForecastSubmission
{
    std::string repId;
    std::string period;
    Money amount;
    std::string submittedBy;
    std::string submittedAt;
    std::optional<Money> adjustedAmount;
    std::string adjustedBy;
    std::string adjustedAt;
};

// The funnel's change history (schema 3): opportunity edits with their recorded changes, forecast categories and
// forecast submissions. Every function throws StorageError on a database problem or a refused edit.
class FunnelChangeRepository
{
public:
    virtual ~FunnelChangeRepository() = default;
    // Every recorded change, in recorded order (opportunity id, then seq).
    virtual std::vector<OpportunityChange> changes() const = 0;
    virtual std::vector<OpportunityChange> changesOf(const std::string& opportunityId) const = 0;
    // Applies the edit to the opportunity (for a stage also a stage-history entry) and records the change, in one
    // transaction. Refuses an effective date before the opportunity's last stage entry (stage) or before the
    // last recorded change of the same field, and an unchanged value. Returns the change as recorded.
    virtual OpportunityChange apply(const OpportunityEdit& edit) = 0;
    // Takes back the opportunity's last recorded change (the undo of apply): the old value, the stage-history
    // rows it added and the change row. Refuses when it is not the last change of that opportunity.
    // With `expectedVersion`, refuses (StaleEdit) when the opportunity's row_version is no longer that one.
    virtual void revertLast(const std::string& opportunityId, std::optional<long long> expectedVersion = {}) = 0;
    // Forecast categories of the opportunities that have one (the others are in `pipeline`).
    virtual std::map<std::string, ForecastCategory> forecastCategories() const = 0;
    virtual std::vector<ForecastSubmission> submissions(const std::string& period) const = 0;
    virtual void submitForecast(const ForecastSubmission& submission) = 0; // replaces the rep's submission
    virtual void adjustForecast(const std::string& repId, const std::string& period, Money amount,
                                const std::string& by, const std::string& at) = 0;
};

} // namespace sd::storage

#pragma once

// One recorded change of an opportunity (the change history of the funnel: stage, amount or expected close
// date, old and new value, the day it took effect and who made it). Values are kept as text: a stage code,
// an amount in cents ("125000"), a date "YYYY-MM-DD" or "" for no date.

#include "domain/Date.h"
#include "domain/Money.h"

#include <optional>
#include <string>
#include <string_view>

namespace sd {

enum class ChangeField { Stage, Amount, ExpectedClose, ForecastCategory };
std::string_view toCode(ChangeField f);
std::optional<ChangeField> changeFieldFromCode(std::string_view code);

struct OpportunityChange
{
    std::string opportunityId;
    ChangeField field = ChangeField::Stage;
    std::string oldValue;
    std::string newValue;
    Date changedOn;              // the day the change took effect
    std::string changedBy;       // who made it (the operating-system user in the app)
    std::string recordedAt;      // ISO 8601 UTC timestamp of the write
    bool criteriaSkipped = false; // a stage move past unchecked exit criteria, confirmed by the user
    std::string note;            // e.g. the unchecked criteria
};

// The text of a value as the history keeps it.
std::string changeValue(Money amount);
std::string changeValue(const std::optional<Date>& date);

// Forecast categories of an opportunity (pipeline, best case, commit, closed).
enum class ForecastCategory { Pipeline, BestCase, Commit, Closed };
std::string_view toCode(ForecastCategory c);
std::optional<ForecastCategory> forecastCategoryFromCode(std::string_view code);

} // namespace sd

#include "domain/OpportunityChange.h"

namespace sd {

std::string_view toCode(ChangeField f)
{
    switch (f) {
    case ChangeField::Stage:
        return "stage";
    case ChangeField::Amount:
        return "amount";
    case ChangeField::ExpectedClose:
        return "expected_close_on";
    case ChangeField::ForecastCategory:
        return "forecast_category";
    }
    return "stage";
}

std::optional<ChangeField> changeFieldFromCode(std::string_view code)
{
    for (ChangeField f : {ChangeField::Stage, ChangeField::Amount, ChangeField::ExpectedClose,
                          ChangeField::ForecastCategory})
        if (toCode(f) == code)
            return f;
    return std::nullopt;
}

std::string changeValue(Money amount)
{
    return std::to_string(amount.cents());
}

std::string changeValue(const std::optional<Date>& date)
{
    return date ? date->toString() : std::string();
}

std::string_view toCode(ForecastCategory c)
{
    switch (c) {
    case ForecastCategory::Pipeline:
        return "pipeline";
    case ForecastCategory::BestCase:
        return "best_case";
    case ForecastCategory::Commit:
        return "commit";
    case ForecastCategory::Closed:
        return "closed";
    }
    return "pipeline";
}

std::optional<ForecastCategory> forecastCategoryFromCode(std::string_view code)
{
    for (ForecastCategory c :
         {ForecastCategory::Pipeline, ForecastCategory::BestCase, ForecastCategory::Commit, ForecastCategory::Closed})
        if (toCode(c) == code)
            return c;
    return std::nullopt;
}

} // namespace sd

#pragma once

// The dashboard summary as JSON, for the copy of the last figures the application keeps between sessions.

#include "domain/DashboardSummary.h"

#include <nlohmann/json_fwd.hpp>

namespace sd::io {

nlohmann::json dashboardSummaryToJson(const DashboardSummary& summary);
// Throws std::runtime_error naming the JSON path of the first member that is missing or malformed.
DashboardSummary dashboardSummaryFromJson(const nlohmann::json& json);

} // namespace sd::io

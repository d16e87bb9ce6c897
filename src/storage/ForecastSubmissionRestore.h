#pragma once

#include "storage/FunnelChangeRepository.h"

#include <optional>
#include <string>

namespace sd::storage {

class Workspace;

// Puts a rep's forecast submission for a period back exactly as it was (the undo of a submission or an adjustment):
// the row with its amount, who and when, and the manager's adjustment; `before` = nullopt removes the row. One
// transaction; throws StorageError on a database problem.
void restoreForecastSubmission(const Workspace& workspace, const std::string& repId, const std::string& period,
                               const std::optional<ForecastSubmission>& before);

} // namespace sd::storage

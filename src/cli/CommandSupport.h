#pragma once

// Helpers every command that reads a workspace shares.

#include "cli/CliContext.h"
#include "domain/DatasetIndex.h"
#include "domain/Settings.h"

#include <optional>

namespace sd::storage {
class Workspace;
}

namespace sd::cli {

// The workspace's settings (io::loadSettings); invalid stored settings become a CliError listing every issue.
WorkspaceSettings loadWorkspaceSettings(storage::Workspace& ws);
// Throws CliError (exit 1) when --owner names a unit or rep the workspace does not hold.
void checkOwner(const DatasetIndex& index, const std::optional<OwnerRef>& owner);

} // namespace sd::cli

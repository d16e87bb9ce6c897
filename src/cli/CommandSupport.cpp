#include "cli/CommandSupport.h"

#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

namespace sd::cli {

WorkspaceSettings loadWorkspaceSettings(storage::Workspace& ws)
{
    try {
        return io::loadSettings(ws);
    } catch (const io::SettingsError& e) {
        std::string msg = trs("the workspace settings are not valid: ") + e.what();
        for (const auto& issue : e.issues())
            msg += "\n  " + issue.toString();
        throw CliError(msg, 1);
    }
}

void checkOwner(const DatasetIndex& index, const std::optional<OwnerRef>& owner)
{
    if (!owner)
        return;
    const bool found
        = owner->kind == OwnerKind::Unit ? index.unit(owner->id) != nullptr : index.rep(owner->id) != nullptr;
    if (!found)
        throw CliError(trs("unknown owner: ") + owner->toString(), 1);
}

} // namespace sd::cli

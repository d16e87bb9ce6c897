// loadSettings()/saveSettings(): the workspace JSON kept by storage (its own object file, so that
// code using only the JSON functions links without the storage layer).

#include "io/WorkspaceJson.h"

#include "storage/Workspace.h"

namespace sd::io {

namespace {

std::string joinIssues(const std::string& head, const std::vector<JsonIssue>& issues)
{
    std::string s = head;
    for (const auto& i : issues)
        s += "\n  " + i.toString();
    return s;
}

} // namespace

WorkspaceSettings loadSettings(storage::Workspace& ws)
{
    auto r = parseWorkspaceJson(ws.loadSettingsJson());
    if (!r.ok())
        throw SettingsError(joinIssues("the settings stored in the workspace are not valid:", r.errors), r.errors);
    return r.settings;
}

void saveSettings(storage::Workspace& ws, const WorkspaceSettings& settings)
{
    auto issues = validateSettings(settings);
    if (!issues.empty())
        throw SettingsError(joinIssues("the settings are not valid:", issues), issues);
    ws.saveSettingsJson(writeWorkspaceJson(settings));
}

} // namespace sd::io

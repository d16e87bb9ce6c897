#pragma once

// The workspace JSON of INTERCHANGE.md ("Workspace JSON") ⇄ sd::WorkspaceSettings.

#include "domain/Settings.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sd::storage {
class Workspace;
}

namespace sd::io {

// A problem in a workspace JSON at a JSON path ("$.kpi_templates[0].items[2].weight").
struct JsonIssue
{
    std::string path;
    std::string message;
    std::string toString() const { return path + ": " + message; }
};

// The settings read from a workspace JSON, with every problem found. Use the settings only when ok().
struct WorkspaceJsonResult
{
    WorkspaceSettings settings;
    std::vector<JsonIssue> errors;
    std::vector<JsonIssue> warnings; // unknown keys
    bool ok() const { return errors.empty(); }
};

// Invalid settings where they cannot be reported any other way (load/save through a workspace).
class SettingsError : public std::runtime_error
{
public:
    SettingsError(const std::string& what, std::vector<JsonIssue> issues)
        : std::runtime_error(what)
        , m_issues(std::move(issues))
    {
    }
    const std::vector<JsonIssue>& issues() const { return m_issues; }

private:
    std::vector<JsonIssue> m_issues;
};

// Parses and validates a workspace JSON document; every key is optional (defaults as in SPEC.md).
// Decimals may be JSON numbers or strings and never go through a double; money is a string.
WorkspaceJsonResult parseWorkspaceJson(std::string_view text);
// As parseWorkspaceJson, from a file (an unreadable file is an error at path "$").
WorkspaceJsonResult readWorkspaceJsonFile(const std::filesystem::path& path);
// As readWorkspaceJsonFile, throwing SettingsError (with every issue) when the file is not valid.
WorkspaceSettings readSettingsFile(const std::filesystem::path& path);

// The checks of a settings value, with the JSON paths its workspace JSON would have
// (the settings editor uses them too). Empty when the settings are valid.
std::vector<JsonIssue> validateSettings(const WorkspaceSettings& settings);

// The complete workspace JSON of the settings (every key written); parse(write(s)) gives s back exactly.
std::string writeWorkspaceJson(const WorkspaceSettings& settings);

// The KPI codes the product computes itself (SPEC §6).
const std::vector<std::string>& builtinKpiCodes();

// The settings stored in a workspace (defaults when never saved). Throws SettingsError when the
// stored JSON is not valid.
WorkspaceSettings loadSettings(storage::Workspace& ws);
// Validates and stores the settings; throws SettingsError (nothing stored) when they are not valid.
void saveSettings(storage::Workspace& ws, const WorkspaceSettings& settings);

} // namespace sd::io

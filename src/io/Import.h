#pragma once

#include "io/CsvImporter.h"
#include "io/ImportReport.h"

#include <atomic>
#include <filesystem>
#include <optional>

namespace sd::storage {
class Workspace;
}

namespace sd::io {

struct ImportOptions
{
    std::optional<std::filesystem::path> workspaceJson; // settings to import with the folder
    ProgressCallback progress;
    std::atomic_bool* cancel = nullptr; // set from another thread to stop; nothing is written then
    bool dryRun = false;                // validate only
};

// Imports a CSV folder (and optionally a workspace JSON) into a workspace, all or nothing:
// the JSON is validated first, then every file is read and checked (the folder's stage codes
// against the JSON's stages when given, else the workspace's) while its checked rows stream into
// one open transaction; with any error, or when cancelled, that transaction (settings included)
// is rolled back and nothing is written. A re-import records what it changes in stored
// opportunities (funnel change history) and keeps approved targets (warning). docs/import.md.
// Safe to run on a worker thread with a Workspace opened on that thread. Throws StorageError
// and SettingsError (stored settings unreadable) only; data problems are in the report.
ImportReport importFolder(storage::Workspace& ws, const std::filesystem::path& dir, const ImportOptions& options = {});

// The ids (and org tree) a workspace holds, for the reference checks of CsvImporter.
ExistingData existingData(storage::Workspace& ws);

} // namespace sd::io

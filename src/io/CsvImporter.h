#pragma once

#include "domain/Dataset.h"
#include "domain/Settings.h"
#include "io/ImportReport.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sd::io {

// A set of ids that can be searched with a string_view.
struct IdHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using IdSet = std::unordered_set<std::string, IdHash, std::equal_to<>>;

// What the workspace already holds, so that references in a folder may point at stored rows.
struct ExistingData
{
    IdSet orgUnits, reps, products, customers, opportunities, orders, payments, activities;
    std::vector<OrgUnit> orgUnitRows; // the stored org tree, for the one-root check
};

// Reads and validates a CSV folder (INTERCHANGE.md "CSV folder") into a Dataset batch, without
// touching any database: every error of every file is reported as file:line: column: message.
// The batch may be written only when the report is ok(). Rules: docs/import.md.
class CsvImporter
{
public:
    explicit CsvImporter(WorkspaceSettings settings, ExistingData existing = {});

    void setProgressCallback(ProgressCallback cb) { m_progress = std::move(cb); }
    // When the flag turns true the read stops; the report is then cancelled().
    void setCancelFlag(std::atomic_bool* flag) { m_cancel = flag; }

    ImportReport read(const std::filesystem::path& dir, Dataset& batch);

    // The files of the folder, in the order they are read.
    static const std::vector<std::string>& fileNames();

private:
    WorkspaceSettings m_settings;
    ExistingData m_existing;
    ProgressCallback m_progress;
    std::atomic_bool* m_cancel = nullptr;
};

} // namespace sd::io

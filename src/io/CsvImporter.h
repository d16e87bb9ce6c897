#pragma once

#include "domain/Dataset.h"
#include "domain/Settings.h"
#include "io/CompactIdIndex.h"
#include "io/ImportReport.h"
#include "io/ImportSink.h"

#include <atomic>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
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

// A stored opportunity's figures, compared with its re-imported row (the funnel's change history).
struct StoredOpportunity
{
    std::int64_t amountCents = 0;
    std::int32_t expectedCloseDays = 0;
    bool hasExpectedClose = false;
    std::uint16_t stage = 0; // index in StoredData::stageCodes
};

// A target approved in the targets lifecycle (schema 2): a re-import keeps its figure.
struct ApprovedTarget
{
    std::int64_t amount = 0;
    int version = 0;
};

// What the workspace holds, in compact form (importFolder fills it from the workspace).
struct StoredData
{
    CompactIdIndex orgUnits, reps, products, customers, opportunities, orders;
    std::vector<StoredOpportunity> opportunityValues; // by index in `opportunities`, when read
    std::vector<std::string> stageCodes;
    // Key: owner_kind, owner_id, metric, period, segment joined by '\n'.
    std::unordered_map<std::string, ApprovedTarget> approvedTargets;
    std::string changedBy = "import"; // who a re-import's opportunity changes are recorded for
    Date changedOn;                  // and on which day

    void addOpportunity(std::string_view id, std::string_view stage, std::int64_t amountCents,
                        std::optional<Date> expectedClose);
};

// Reads and validates a CSV folder (INTERCHANGE.md "CSV folder") without touching any database, putting each
// checked row into a sink (a Dataset batch, or the open transaction of importFolder): every error of every file is
// reported as file:line: column: message. The rows may be kept only when the report is ok(). Rules: docs/import.md.
class CsvImporter
{
public:
    explicit CsvImporter(WorkspaceSettings settings, ExistingData existing = {});
    CsvImporter(WorkspaceSettings settings, StoredData stored, std::vector<OrgUnit> storedOrgUnits);

    void setProgressCallback(ProgressCallback cb) { m_progress = std::move(cb); }
    // When the flag turns true the read stops; the report is then cancelled().
    void setCancelFlag(std::atomic_bool* flag) { m_cancel = flag; }

    ImportReport read(const std::filesystem::path& dir, Dataset& batch);
    ImportReport read(const std::filesystem::path& dir, ImportSink& sink);

    // The files of the folder, in the order they are read.
    static const std::vector<std::string>& fileNames();

private:
    WorkspaceSettings m_settings;
    StoredData m_stored;
    std::vector<OrgUnit> m_storedOrgUnits;
    ProgressCallback m_progress;
    std::atomic_bool* m_cancel = nullptr;
};

} // namespace sd::io

#include "io/Import.h"

#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

namespace sd::io {

namespace {

void copyIds(storage::Workspace& ws, storage::Entity e, IdSet& out)
{
    auto ids = ws.ids(e);
    out.reserve(ids.size());
    for (auto& id : ids)
        out.insert(id);
}

} // namespace

ExistingData existingData(storage::Workspace& ws)
{
    using storage::Entity;
    ExistingData d;
    copyIds(ws, Entity::OrgUnit, d.orgUnits);
    copyIds(ws, Entity::Rep, d.reps);
    copyIds(ws, Entity::Product, d.products);
    copyIds(ws, Entity::Customer, d.customers);
    copyIds(ws, Entity::Opportunity, d.opportunities);
    copyIds(ws, Entity::Order, d.orders);
    copyIds(ws, Entity::Payment, d.payments);
    copyIds(ws, Entity::Activity, d.activities);
    d.orgUnitRows = ws.loadDataset(storage::PartOrg).orgUnits;
    return d;
}

ImportReport importFolder(storage::Workspace& ws, const std::filesystem::path& dir, const ImportOptions& options)
{
    std::optional<WorkspaceSettings> newSettings;
    std::vector<ImportIssue> jsonErrors, jsonWarnings;
    if (options.workspaceJson) {
        const std::string name = options.workspaceJson->filename().string();
        auto r = readWorkspaceJsonFile(*options.workspaceJson);
        for (const auto& e : r.errors)
            jsonErrors.push_back({name, 0, e.path, e.message});
        for (const auto& w : r.warnings)
            jsonWarnings.push_back({name, 0, w.path, w.message});
        if (r.ok())
            newSettings = std::move(r.settings);
    }
    if (options.progress)
        options.progress(0.0, "settings");
    // The stages (and KPI codes) the folder is checked against.
    WorkspaceSettings settings = newSettings ? *newSettings : loadSettings(ws);

    CsvImporter importer(settings, existingData(ws));
    importer.setProgressCallback(options.progress);
    importer.setCancelFlag(options.cancel);
    Dataset batch;
    ImportReport report = importer.read(dir, batch);
    // The JSON's problems come first.
    report.errors.insert(report.errors.begin(), jsonErrors.begin(), jsonErrors.end());
    report.errorCount += static_cast<long long>(jsonErrors.size());
    report.warnings.insert(report.warnings.begin(), jsonWarnings.begin(), jsonWarnings.end());
    report.warningCount += static_cast<long long>(jsonWarnings.size());

    if (options.cancel && options.cancel->load())
        report.cancelled = true;
    if (!report.ok() || options.dryRun)
        return report;

    if (options.progress)
        options.progress(1.0, "writing");
    std::optional<std::string> previousJson;
    if (newSettings) {
        previousJson = ws.loadSettingsJson();
        ws.saveSettingsJson(writeWorkspaceJson(*newSettings));
    }
    try {
        ws.applyImport(batch);
    } catch (...) {
        if (previousJson)
            ws.saveSettingsJson(*previousJson);
        throw;
    }
    report.written = true;
    return report;
}

} // namespace sd::io

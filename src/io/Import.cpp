#include "io/Import.h"

#include "io/ImportPipeline.h"
#include "io/WorkspaceJson.h"
#include "storage/Backup.h"
#include "storage/ImportWriter.h"
#include "storage/Workspace.h"

#include <QDate>

#include <exception>
#include <thread>

namespace sd::io {

namespace {

void copyIds(storage::Workspace& ws, storage::Entity e, IdSet& out)
{
    auto ids = ws.ids(e);
    out.reserve(ids.size());
    for (auto& id : ids)
        out.insert(id);
}

void copyIds(storage::Workspace& ws, storage::Entity e, CompactIdIndex& out)
{
    const auto ids = ws.ids(e);
    out.reserve(ids.size());
    for (const auto& id : ids)
        out.insert(id, 0);
}

// What the importer checks references, re-imported opportunities and approved targets against.
StoredData storedData(storage::Workspace& ws)
{
    using storage::Entity;
    StoredData d;
    copyIds(ws, Entity::OrgUnit, d.orgUnits);
    copyIds(ws, Entity::Rep, d.reps);
    copyIds(ws, Entity::Product, d.products);
    copyIds(ws, Entity::Customer, d.customers);
    copyIds(ws, Entity::Order, d.orders);
    // One keyed read of every stored opportunity: its ids for the references, its figures for the change history.
    storage::ImportWriter::readOpportunities(
        ws.database(), ws.dialect(),
        [&](std::string_view id, std::string_view stage, std::int64_t cents, std::optional<Date> close) {
            d.addOpportunity(id, stage, cents, close);
        });
    storage::ImportWriter::readApprovedTargets(ws.database(), ws.dialect(),
                                               [&](std::string_view key, std::int64_t amount, int version) {
                                                   d.approvedTargets.emplace(std::string(key),
                                                                             ApprovedTarget{amount, version});
                                               });
    const QDate today = QDate::currentDate();
    d.changedOn = Date::fromYmd(today.year(), today.month(), today.day());
    d.changedBy = "import";
    return d;
}

// Puts the checked rows into the open import transaction.
class WriterSink : public ImportSink
{
public:
    explicit WriterSink(storage::ImportWriter& writer)
        : m_w(writer)
    {
    }
    void orgUnit(const OrgUnit& row) override { m_w.put(row); }
    void rep(const Rep& row) override { m_w.put(row); }
    void product(const Product& row) override { m_w.put(row); }
    void customer(const Customer& row) override { m_w.put(row); }
    void opportunity(const Opportunity& row) override { m_w.put(row); }
    void stageEntry(const std::string& id, int seq, const StageEntry& e) override { m_w.putStageEntry(id, seq, e); }
    void order(const Order& row) override { m_w.put(row); }
    void orderCredit(const OrderCredit& row) override { m_w.put(row); }
    void payment(const Payment& row) override { m_w.put(row); }
    void activity(const Activity& row) override { m_w.put(row); }
    void target(const Target& row) override { m_w.put(row); }
    void kpiValue(const KpiValue& row) override { m_w.put(row); }
    void review(const Review& row) override { m_w.put(row); }
    void opportunityChange(const OpportunityChange& c) override { m_w.putChange(c); }

private:
    storage::ImportWriter& m_w;
};

// Checks only (a dry run, or settings that cannot be imported).
class DiscardSink : public ImportSink
{
public:
    void orgUnit(const OrgUnit&) override {}
    void rep(const Rep&) override {}
    void product(const Product&) override {}
    void customer(const Customer&) override {}
    void opportunity(const Opportunity&) override {}
    void stageEntry(const std::string&, int, const StageEntry&) override {}
    void order(const Order&) override {}
    void orderCredit(const OrderCredit&) override {}
    void payment(const Payment&) override {}
    void activity(const Activity&) override {}
    void target(const Target&) override {}
    void kpiValue(const KpiValue&) override {}
    void review(const Review&) override {}
};

std::uintmax_t folderBytes(const std::filesystem::path& dir)
{
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const auto& name : CsvImporter::fileNames()) {
        const auto size = std::filesystem::file_size(dir / name, ec);
        if (!ec)
            total += size;
    }
    return total;
}

// Reads and checks the folder on a second thread while this one, which owns the workspace connection, writes the
// checked rows into `sink` (docs/import.md "Speed and memory"). Cancel and progress are seen on this thread as before.
ImportReport readPipelined(CsvImporter& importer, const std::filesystem::path& dir, ImportSink& sink,
                           const ImportOptions& options)
{
    ImportPipeline pipeline;
    // The reader stops on a cancel from outside and when the writer fails.
    std::atomic_bool stop{options.cancel && options.cancel->load()};
    importer.setCancelFlag(&stop);
    importer.setProgressCallback([&pipeline](double f, const std::string& phase) { pipeline.progress(f, phase); });
    ImportReport report;
    std::exception_ptr readFailure;
    std::thread reader([&] {
        try {
            report = importer.read(dir, pipeline);
        } catch (...) {
            readFailure = std::current_exception();
        }
        pipeline.close();
    });
    auto poll = [&] {
        if (options.cancel && options.cancel->load())
            stop = true;
        if (options.progress)
            if (auto p = pipeline.takeProgress())
                options.progress(p->first, p->second);
    };
    try {
        pipeline.drainInto(sink, poll);
        poll();
    } catch (...) {
        stop = true;
        pipeline.abandon();
        reader.join();
        throw;
    }
    reader.join();
    if (readFailure)
        std::rethrow_exception(readFailure);
    return report;
}

// Above this size the secondary indexes of empty tables are built once after the rows.
constexpr std::uintmax_t kLargeFolderBytes = 4 * 1024 * 1024;

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

    CsvImporter importer(settings, storedData(ws), ws.loadDataset(storage::PartOrg).orgUnits);

    // Each checked row goes straight into the import's one transaction (all or nothing: any error, a cancel or a
    // failure rolls it back, settings included), so the folder is never held in memory (docs/import.md).
    const bool write = !options.dryRun && jsonErrors.empty();
    ImportReport report;
    std::optional<storage::ImportWriter> writer;
    try {
        if (write) {
            writer.emplace(ws.database(), ws.dialect());
            storage::ImportWriter::Options o;
            o.referencesChecked = true;
            o.large = folderBytes(dir) >= kLargeFolderBytes;
            std::function<void()> saveSettings;
            if (newSettings)
                saveSettings = [&] { ws.saveSettingsJson(writeWorkspaceJson(*newSettings)); };
            writer->begin(o, saveSettings);
            WriterSink sink(*writer);
            report = readPipelined(importer, dir, sink, options);
        } else {
            importer.setProgressCallback(options.progress);
            importer.setCancelFlag(options.cancel);
            DiscardSink sink;
            report = importer.read(dir, sink);
        }
        // The JSON's problems come first.
        report.errors.insert(report.errors.begin(), jsonErrors.begin(), jsonErrors.end());
        report.errorCount += static_cast<long long>(jsonErrors.size());
        report.warnings.insert(report.warnings.begin(), jsonWarnings.begin(), jsonWarnings.end());
        report.warningCount += static_cast<long long>(jsonWarnings.size());
        if (options.cancel && options.cancel->load())
            report.cancelled = true;
        if (!report.ok() || !writer)
            return report; // the writer's destructor rolls back
        if (options.progress)
            options.progress(1.0, "writing");
        writer->finish();
    } catch (const storage::StorageError& e) {
        writer.reset();
        throw storage::StorageError(storage::Backup::describeWriteFailure(ws.path(), e.what()));
    }
    report.written = true;
    return report;
}

} // namespace sd::io

#pragma once

// Internals of CsvImporter, shared by its per-entity source files.

#include "io/Csv.h"
#include "io/CsvImporter.h"

#include <QtGlobal>

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>

namespace sd::io::detail {

// Import messages go through Qt's translation (context "Import").
std::string trImport(const char* text);
// "'text'" for messages, shortened when long.
std::string inQuotes(std::string_view text);

// Ids defined in the folder, with the line that defines each (for duplicate reports).
using IdLines = CompactIdIndex;

struct ColumnSpec
{
    std::string_view name;
    bool required;
};

class ImportRun;

// One CSV file being read: header mapping, row iteration and typed cells that report their errors.
class FileCtx
{
public:
    FileCtx(ImportRun& run, std::string name, std::span<const ColumnSpec> cols);

    const std::string& name() const { return m_name; }
    // Opens the file and reads its header; false when there is nothing to read (errors reported).
    bool open(const std::filesystem::path& path);
    // The next record with the right number of fields; CSV problems of every record are reported.
    bool nextRow();
    int line() const { return m_reader.line(); }
    long long rows() const { return m_rows; }
    bool rowOk() const { return m_rowOk; }

    bool present(int col) const { return m_index[col] >= 0; }
    std::string_view cell(int col) const;
    bool isEmpty(int col) const { return cell(col).empty(); }

    void error(int col, const std::string& message);
    void errorAt(int line, int col, const std::string& message);
    void warning(int col, const std::string& message);

    // Typed cells: std::nullopt when empty (an error when the column is required) or invalid (an error).
    std::optional<std::string> text(int col);
    std::optional<std::string> id(int col);
    std::optional<Money> money(int col);
    std::optional<Date> date(int col);
    std::optional<Rational> decimal(int col);
    std::optional<long long> integer(int col, long long min, long long max);
    std::optional<bool> flag(int col);
    std::optional<Period> period(int col);
    template <class E>
    std::optional<E> code(int col, std::optional<E> (*fromCode)(std::string_view), const char* allowed)
    {
        std::string_view v = cell(col);
        if (v.empty()) {
            requiredEmpty(col);
            return std::nullopt;
        }
        auto e = fromCode(v);
        if (!e)
            error(col, trImport(QT_TRANSLATE_NOOP("Import", "unknown value ")) + inQuotes(v) + " (" + allowed + ")");
        return e;
    }

    // A reference that must resolve to a row of this folder or of the workspace.
    void checkRef(int col, const std::optional<std::string>& ref, const IdLines& folder, const CompactIdIndex& stored,
                  const char* what);
    // Records an id defined on this line; a duplicate is reported (on the second occurrence), false then.
    bool defineId(IdLines& ids, const std::string& id, int col);
    // Reports a natural key seen before in this file; `what` is translated only when reported.
    bool checkUnique(std::unordered_map<std::string, int>& seen, std::string key, int col, const char* what);

    const char* columnName(int col) const { return m_cols[col].name.data(); }

private:
    void requiredEmpty(int col);

    ImportRun& m_run;
    std::string m_name;
    std::span<const ColumnSpec> m_cols;
    std::vector<int> m_index; // spec column → field index, -1 when absent
    size_t m_fieldCount = 0;
    CsvReader m_reader;
    long long m_rows = 0;
    bool m_rowOk = true;
    bool m_usable = true;
    bool m_encodingHinted = false;
    std::uint64_t m_doneBefore = 0;
};

// A reference to check once a whole file is read (it may point at a later row of the same file).
struct DeferredRef
{
    int line;
    std::string id;
};

// What the stage-history check needs of an opportunity of the folder (by its index in ImportRun::opportunities).
struct OpportunityInfo
{
    std::int32_t createdOn = 0;
    std::int32_t firstEntered = 0, lastEntered = 0;
    int firstLine = 0, lastLine = 0;
    std::uint32_t entries = 0;
    std::uint16_t stage = 0, lastStage = 0; // in ImportRun::stageCodes
    bool valid = false;                     // the opportunity row was read without error
    bool broken = false;                    // one of its history rows has an error
};

// The state of one read of a folder.
class ImportRun
{
public:
    ImportRun(const WorkspaceSettings& settings, const StoredData& stored, const std::vector<OrgUnit>& storedOrgUnits,
              ImportSink& sink, ImportReport& report, const ProgressCallback& progress, std::atomic_bool* cancel)
        : settings(settings)
        , stored(stored)
        , storedOrgUnits(storedOrgUnits)
        , sink(sink)
        , report(report)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    const WorkspaceSettings& settings;
    const StoredData& stored;
    const std::vector<OrgUnit>& storedOrgUnits;
    ImportSink& sink;
    ImportReport& report;

    // Ids defined in this folder (payments and activities are freed after their file: nothing refers to them).
    IdLines orgUnits, reps, products, customers, opportunities, orders, payments, activities;
    std::vector<OpportunityInfo> opportunityInfo;
    std::vector<std::string> stageCodes;

    // Whether checked rows still go to the sink (after an error only a batch wants them).
    bool emitting() const { return report.errorCount == 0 || sink.keepsRowsAfterErrors(); }
    std::uint16_t stageCode(std::string_view code);

    std::uint64_t totalBytes = 0;
    std::uint64_t doneBytes = 0;

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void progress(std::uint64_t bytesDone, const std::string& phase) const;
    // A stage code that is a configured open stage, won or lost.
    bool knownStage(std::string_view code) const;

private:
    const ProgressCallback& m_progress;
    std::atomic_bool* m_cancel;
};

// One reader per file (CsvImporterOrg.cpp, CsvImporterSales.cpp, CsvImporterKpi.cpp).
void readOrgUnits(ImportRun& run, const std::filesystem::path& file);
void readReps(ImportRun& run, const std::filesystem::path& file);
void readProducts(ImportRun& run, const std::filesystem::path& file);
void readCustomers(ImportRun& run, const std::filesystem::path& file);
void readOpportunities(ImportRun& run, const std::filesystem::path& file);
void readStageHistory(ImportRun& run, const std::filesystem::path& file);
void readOrders(ImportRun& run, const std::filesystem::path& file);
void readOrderCredits(ImportRun& run, const std::filesystem::path& file);
void readPayments(ImportRun& run, const std::filesystem::path& file);
void readActivities(ImportRun& run, const std::filesystem::path& file);
void readTargets(ImportRun& run, const std::filesystem::path& file);
void readKpiValues(ImportRun& run, const std::filesystem::path& file);
void readReviews(ImportRun& run, const std::filesystem::path& file);

} // namespace sd::io::detail

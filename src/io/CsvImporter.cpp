#include "io/CsvImporter.h"

#include "io/CsvImporterDetail.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd::io {

namespace detail {

std::string trImport(const char* text) { return QCoreApplication::translate("Import", text).toStdString(); }

std::string inQuotes(std::string_view text)
{
    if (text.size() > 60)
        return "'" + std::string(text.substr(0, 57)) + "…'";
    return "'" + std::string(text) + "'";
}

FileCtx::FileCtx(ImportRun& run, std::string name, std::span<const ColumnSpec> cols)
    : m_run(run)
    , m_name(std::move(name))
    , m_cols(cols)
    , m_index(cols.size(), -1)
{
}

bool FileCtx::open(const std::filesystem::path& path)
{
    m_doneBefore = m_run.doneBytes;
    std::string why;
    if (!m_reader.open(path, &why)) {
        m_run.report.addError({m_name, 0, "", trImport(QT_TRANSLATE_NOOP("Import", "cannot read the file: ")) + why});
        return false;
    }
    if (!m_reader.next()) {
        m_run.report.addError({m_name, 1, "", trImport(QT_TRANSLATE_NOOP("Import", "the file is empty (a header row is needed)"))});
        return false;
    }
    for (const auto& p : m_reader.problems())
        m_run.report.addError({m_name, p.line, "", p.message});
    m_fieldCount = m_reader.size();
    std::vector<std::string> seen;
    for (size_t f = 0; f < m_reader.size(); ++f) {
        std::string_view h = m_reader.field(f);
        while (!h.empty() && (h.front() == ' ' || h.front() == '\t'))
            h.remove_prefix(1);
        while (!h.empty() && (h.back() == ' ' || h.back() == '\t'))
            h.remove_suffix(1);
        std::string name(h);
        if (name.empty()) { // spreadsheets often leave empty columns at the end
            m_run.report.addWarning({m_name, 1, "", trImport(QT_TRANSLATE_NOOP("Import", "column ")) + std::to_string(f + 1) + trImport(QT_TRANSLATE_NOOP("Import", " has no name, ignored"))});
            continue;
        }
        if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
            m_run.report.addError({m_name, 1, name, trImport(QT_TRANSLATE_NOOP("Import", "column appears twice in the header"))});
            m_usable = false;
            continue;
        }
        seen.push_back(name);
        bool known = false;
        for (size_t c = 0; c < m_cols.size(); ++c) {
            if (m_cols[c].name == name) {
                m_index[c] = int(f);
                known = true;
            }
        }
        if (!known)
            m_run.report.addWarning({m_name, 1, name, trImport(QT_TRANSLATE_NOOP("Import", "unknown column, ignored"))});
    }
    for (size_t c = 0; c < m_cols.size(); ++c) {
        if (m_cols[c].required && m_index[c] < 0) {
            m_run.report.addError({m_name, 1, std::string(m_cols[c].name), trImport(QT_TRANSLATE_NOOP("Import", "required column is missing"))});
            m_usable = false;
        }
    }
    return true;
}

bool FileCtx::nextRow()
{
    for (;;) {
        if ((m_rows & 4095) == 0) {
            if (m_run.cancelled())
                return false;
            if ((m_rows & 65535) == 0)
                m_run.progress(m_doneBefore + m_reader.bytesConsumed(), m_name);
        }
        if (!m_reader.next()) {
            m_run.doneBytes = m_doneBefore + m_reader.totalBytes();
            return false;
        }
        ++m_rows;
        m_rowOk = true;
        for (const auto& p : m_reader.problems()) {
            std::string col;
            if (p.field >= 0)
                for (size_t c = 0; c < m_cols.size(); ++c)
                    if (m_index[c] == p.field)
                        col = m_cols[c].name;
            m_run.report.addError({m_name, p.line, col, p.message});
            m_rowOk = false;
            if (!m_encodingHinted && p.message.rfind("invalid UTF-8", 0) == 0) {
                m_encodingHinted = true;
                m_run.report.addWarning({m_name, 0, "",
                                         trImport(QT_TRANSLATE_NOOP("Import", "the file is not valid UTF-8; a sheet saved by Excel as GBK/ANSI text "
                                            "must be saved again as \"CSV UTF-8\""))});
            }
        }
        if (!m_usable)
            continue; // a required column is missing: only the CSV text itself is checked
        if (m_reader.size() != m_fieldCount) {
            m_run.report.addError({m_name, line(), "",
                                   trImport(QT_TRANSLATE_NOOP("Import", "expected ")) + std::to_string(m_fieldCount) + trImport(QT_TRANSLATE_NOOP("Import", " fields, found ")) +
                                       std::to_string(m_reader.size())});
            continue;
        }
        return true;
    }
}

std::string_view FileCtx::cell(int col) const
{
    int f = m_index[col];
    return f < 0 ? std::string_view() : m_reader.field(size_t(f));
}

void FileCtx::error(int col, const std::string& message) { errorAt(line(), col, message); }

void FileCtx::errorAt(int line, int col, const std::string& message)
{
    m_rowOk = false;
    m_run.report.addError({m_name, line, col >= 0 ? std::string(m_cols[col].name) : std::string(), message});
}

void FileCtx::warning(int col, const std::string& message)
{
    m_run.report.addWarning({m_name, line(), col >= 0 ? std::string(m_cols[col].name) : std::string(), message});
}

void FileCtx::requiredEmpty(int col)
{
    if (m_cols[col].required)
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "required value is empty")));
}

std::optional<std::string> FileCtx::text(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    return std::string(v);
}

std::optional<std::string> FileCtx::id(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (space(v.front()) || space(v.back())) {
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "id has leading or trailing spaces: ")) + inQuotes(v));
        return std::nullopt;
    }
    return std::string(v);
}

std::optional<Money> FileCtx::money(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    auto m = Money::parse(v);
    if (m)
        return m;
    auto dot = v.find('.');
    bool digitsAfter = dot != std::string_view::npos && dot + 3 < v.size() &&
                       std::all_of(v.begin() + dot + 1, v.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digitsAfter && Money::parse(v.substr(0, dot + 3)))
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "more than two decimals: ")) + inQuotes(v));
    else
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "not an amount of money (digits, optional '-', at most two decimals): ")) + inQuotes(v));
    return std::nullopt;
}

std::optional<Date> FileCtx::date(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    auto d = Date::parse(v);
    if (!d)
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "not a date (YYYY-MM-DD): ")) + inQuotes(v));
    return d;
}

std::optional<Rational> FileCtx::decimal(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    auto r = Rational::parse(v, 6);
    if (!r) {
        if (Rational::parse(v))
            error(col, trImport(QT_TRANSLATE_NOOP("Import", "more than 6 decimals: ")) + inQuotes(v));
        else
            error(col, trImport(QT_TRANSLATE_NOOP("Import", "not a decimal number: ")) + inQuotes(v));
    }
    return r;
}

std::optional<long long> FileCtx::integer(int col, long long min, long long max)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    bool neg = v.front() == '-';
    std::string_view digits = neg ? v.substr(1) : v;
    if (digits.empty() || digits.size() > 15 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "not a whole number: ")) + inQuotes(v));
        return std::nullopt;
    }
    long long n = std::stoll(std::string(digits));
    if (neg)
        n = -n;
    if (n < min || n > max) {
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "out of range ")) + std::to_string(min) + "–" + std::to_string(max) + ": " + inQuotes(v));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> FileCtx::flag(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    if (v == "1")
        return true;
    if (v == "0")
        return false;
    error(col, trImport(QT_TRANSLATE_NOOP("Import", "must be 1 or 0: ")) + inQuotes(v));
    return std::nullopt;
}

std::optional<Period> FileCtx::period(int col)
{
    std::string_view v = cell(col);
    if (v.empty()) {
        requiredEmpty(col);
        return std::nullopt;
    }
    auto p = Period::parse(v);
    if (!p)
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "unknown period label (2026-03, 2026Q1, 2026, 2026-W47): ")) + inQuotes(v));
    return p;
}

void FileCtx::checkRef(int col, const std::optional<std::string>& ref, const IdLines& folder,
                       const CompactIdIndex& stored, const char* what)
{
    if (!ref)
        return;
    if (folder.contains(*ref) || stored.contains(*ref))
        return;
    error(col, trImport(QT_TRANSLATE_NOOP("Import", "unknown ")) + trImport(what) + " " + inQuotes(*ref));
}

bool FileCtx::defineId(IdLines& ids, const std::string& id, int col)
{
    auto [index, inserted] = ids.insert(id, line());
    if (!inserted)
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "duplicate id ")) + inQuotes(id) + trImport(QT_TRANSLATE_NOOP("Import", " (first on line ")) + std::to_string(ids.line(index)) + ")");
    return inserted;
}

bool FileCtx::checkUnique(std::unordered_map<std::string, int>& seen, std::string key, int col, const char* what)
{
    auto [it, inserted] = seen.emplace(std::move(key), line());
    if (!inserted)
        error(col, trImport(QT_TRANSLATE_NOOP("Import", "duplicate ")) + trImport(what) + trImport(QT_TRANSLATE_NOOP("Import", " (first on line ")) + std::to_string(it->second) + ")");
    return inserted;
}

void ImportRun::progress(std::uint64_t bytesDone, const std::string& phase) const
{
    if (!m_progress)
        return;
    double f = totalBytes == 0 ? 1.0 : double(bytesDone) / double(totalBytes);
    m_progress(std::clamp(f, 0.0, 1.0), phase);
}

bool ImportRun::knownStage(std::string_view code) const
{
    return code == "won" || code == "lost" || settings.stageIndex(code) > 0;
}

std::uint16_t ImportRun::stageCode(std::string_view code)
{
    for (size_t i = 0; i < stageCodes.size(); ++i)
        if (stageCodes[i] == code)
            return static_cast<std::uint16_t>(i);
    stageCodes.emplace_back(code);
    return static_cast<std::uint16_t>(stageCodes.size() - 1);
}

} // namespace detail

void BatchSink::opportunity(const Opportunity& row)
{
    m_opportunityIndex.emplace(row.id, m_batch.opportunities.size());
    m_batch.opportunities.push_back(row);
}

void BatchSink::stageEntry(const std::string& opportunityId, int, const StageEntry& entry)
{
    auto it = m_opportunityIndex.find(opportunityId);
    if (it != m_opportunityIndex.end())
        m_batch.opportunities[it->second].history.push_back(entry);
}

void StoredData::addOpportunity(std::string_view id, std::string_view stage, std::int64_t amountCents,
                                std::optional<Date> expectedClose)
{
    const auto [index, added] = opportunities.insert(id, 0);
    if (!added)
        return;
    StoredOpportunity v;
    v.amountCents = amountCents;
    v.hasExpectedClose = expectedClose.has_value();
    v.expectedCloseDays = expectedClose ? expectedClose->days() : 0;
    auto code = std::find(stageCodes.begin(), stageCodes.end(), stage);
    if (code == stageCodes.end())
        code = stageCodes.insert(stageCodes.end(), std::string(stage));
    v.stage = static_cast<std::uint16_t>(code - stageCodes.begin());
    if (opportunityValues.size() <= static_cast<size_t>(index))
        opportunityValues.resize(static_cast<size_t>(index) + 1);
    opportunityValues[static_cast<size_t>(index)] = v;
}

namespace detail {

} // namespace detail

CsvImporter::CsvImporter(WorkspaceSettings settings, ExistingData existing)
    : m_settings(std::move(settings))
    , m_storedOrgUnits(std::move(existing.orgUnitRows))
{
    auto copy = [](const IdSet& from, CompactIdIndex& to) {
        to.reserve(from.size());
        for (const auto& id : from)
            to.insert(id, 0);
    };
    copy(existing.orgUnits, m_stored.orgUnits);
    copy(existing.reps, m_stored.reps);
    copy(existing.products, m_stored.products);
    copy(existing.customers, m_stored.customers);
    copy(existing.opportunities, m_stored.opportunities);
    copy(existing.orders, m_stored.orders);
}

CsvImporter::CsvImporter(WorkspaceSettings settings, StoredData stored, std::vector<OrgUnit> storedOrgUnits)
    : m_settings(std::move(settings))
    , m_stored(std::move(stored))
    , m_storedOrgUnits(std::move(storedOrgUnits))
{
}

const std::vector<std::string>& CsvImporter::fileNames()
{
    static const std::vector<std::string> names = {
        "org_units.csv", "reps.csv",          "products.csv", "customers.csv",  "opportunities.csv",
        "stage_history.csv", "orders.csv",    "order_credits.csv", "payments.csv", "activities.csv",
        "targets.csv",   "kpi_values.csv",    "reviews.csv"};
    return names;
}

ImportReport CsvImporter::read(const std::filesystem::path& dir, Dataset& batch)
{
    batch = Dataset{};
    BatchSink sink(batch);
    ImportReport report = read(dir, sink);
    if (report.cancelled)
        batch = Dataset{};
    return report;
}

ImportReport CsvImporter::read(const std::filesystem::path& dir, ImportSink& sink)
{
    using Reader = void (*)(detail::ImportRun&, const std::filesystem::path&);
    static const Reader readers[] = {
        detail::readOrgUnits,  detail::readReps,         detail::readProducts, detail::readCustomers,
        detail::readOpportunities, detail::readStageHistory, detail::readOrders, detail::readOrderCredits,
        detail::readPayments,  detail::readActivities,   detail::readTargets,  detail::readKpiValues,
        detail::readReviews};

    ImportReport report;
    detail::ImportRun run(m_settings, m_stored, m_storedOrgUnits, sink, report, m_progress, m_cancel);

    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        report.addError({dir.string(), 0, "", detail::trImport(QT_TRANSLATE_NOOP("Import", "not a folder"))});
        return report;
    }
    const auto& names = fileNames();
    std::vector<bool> present(names.size());
    bool any = false;
    for (size_t i = 0; i < names.size(); ++i) {
        auto p = dir / names[i];
        present[i] = std::filesystem::is_regular_file(p, ec);
        if (present[i]) {
            any = true;
            run.totalBytes += std::filesystem::file_size(p, ec);
        }
    }
    if (!any) {
        report.addError({dir.string(), 0, "", detail::trImport(QT_TRANSLATE_NOOP("Import", "no CSV file of the interchange format in this folder"))});
        return report;
    }
    for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
        std::string n = it->path().filename().string();
        if (it->path().extension() == ".csv" && std::find(names.begin(), names.end(), n) == names.end())
            report.addWarning({n, 0, "", detail::trImport(QT_TRANSLATE_NOOP("Import", "not a file of the interchange format, ignored"))});
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (!present[i])
            continue;
        if (run.cancelled())
            break;
        run.progress(run.doneBytes, names[i]);
        readers[i](run, dir / names[i]);
    }
    if (run.cancelled()) {
        report.cancelled = true;
        return report;
    }
    run.progress(run.totalBytes, detail::trImport(QT_TRANSLATE_NOOP("Import", "checked")));
    report.sortIssues(names);
    return report;
}

} // namespace sd::io

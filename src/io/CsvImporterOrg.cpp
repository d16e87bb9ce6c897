// org_units.csv, reps.csv, products.csv, customers.csv.

#include "io/CsvImporterDetail.h"

#include <map>

namespace sd::io::detail {

namespace {

bool has(const IdLines& a, const CompactIdIndex& b, std::string_view id)
{
    return a.contains(id) || b.contains(id);
}

// Exactly one root and no cycle, over the stored tree with this folder's rows on top.
void checkOrgTree(ImportRun& run, FileCtx& ctx, const std::map<std::string, std::pair<std::optional<std::string>, int>>& rows)
{
    std::map<std::string, std::optional<std::string>> parent;
    for (const auto& u : run.storedOrgUnits)
        parent[u.id] = u.parentId;
    for (const auto& [id, row] : rows)
        parent[id] = row.first;
    std::vector<std::string> roots;
    for (const auto& [id, p] : parent)
        if (!p)
            roots.push_back(id);
    auto lineOf = [&](const std::string& id) {
        auto it = rows.find(id);
        return it == rows.end() ? 0 : it->second.second;
    };
    if (roots.empty() && !parent.empty()) {
        ctx.errorAt(1, 1, trImport(QT_TRANSLATE_NOOP("Import", "no root unit: exactly one org unit must have an empty parent_id")));
    } else if (roots.size() > 1) {
        // Report on the folder's roots after the first (by line), or all of them when the stored root differs.
        std::vector<std::pair<int, std::string>> byLine;
        for (const auto& r : roots)
            byLine.emplace_back(lineOf(r), r);
        std::sort(byLine.begin(), byLine.end());
        for (size_t i = 1; i < byLine.size(); ++i) {
            const auto& [line, id] = byLine[i];
            std::string other = byLine[0].second;
            ctx.errorAt(line > 0 ? line : 1, 1,
                        trImport(QT_TRANSLATE_NOOP("Import", "a second root unit ")) + inQuotes(id) + trImport(QT_TRANSLATE_NOOP("Import", " (root ")) + inQuotes(other) +
                            trImport(QT_TRANSLATE_NOOP("Import", " already has no parent): exactly one root")));
        }
    }
    // Cycles: walk up from every unit of the folder.
    for (const auto& [id, row] : rows) {
        std::string cur = id;
        size_t steps = 0;
        while (steps <= parent.size()) {
            auto it = parent.find(cur);
            if (it == parent.end() || !it->second)
                break;
            cur = *it->second;
            ++steps;
            if (cur == id) {
                ctx.errorAt(row.second, 1, trImport(QT_TRANSLATE_NOOP("Import", "parent_id makes a cycle through unit ")) + inQuotes(id));
                break;
            }
        }
    }
}

} // namespace

void readOrgUnits(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, ParentId, Name, Kind };
    static const ColumnSpec cols[] = {{"id", true}, {"parent_id", false}, {"name", true}, {"kind", true}};
    FileCtx ctx(run, "org_units.csv", cols);
    if (!ctx.open(file))
        return;
    std::vector<DeferredRef> parents;
    std::map<std::string, std::pair<std::optional<std::string>, int>> rows;
    while (ctx.nextRow()) {
        OrgUnit u;
        auto id = ctx.id(Id);
        auto parent = ctx.id(ParentId);
        auto name = ctx.text(Name);
        auto kind = ctx.code(Kind, orgKindFromCode, "company, region, team");
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.orgUnits, *id, Id);
            if (parent && *parent == *id)
                ctx.error(ParentId, trImport(QT_TRANSLATE_NOOP("Import", "a unit cannot be its own parent")));
            else if (unique)
                rows[*id] = {parent, ctx.line()};
        }
        if (parent)
            parents.push_back({ctx.line(), *parent});
        if (!ctx.rowOk() || !unique)
            continue;
        if (run.emitting())
            run.sink.orgUnit(OrgUnit{*id, parent, *name, *kind});
    }
    for (const auto& p : parents)
        if (!has(run.orgUnits, run.stored.orgUnits, p.id))
            ctx.errorAt(p.line, ParentId, trImport(QT_TRANSLATE_NOOP("Import", "unknown org unit ")) + inQuotes(p.id));
    if (!run.cancelled())
        checkOrgTree(run, ctx, rows);
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readReps(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, Name, OrgUnitId, RoleCol, LevelCol, HireDate, ManagerId, Active, LeftOn };
    static const ColumnSpec cols[] = {{"id", true},    {"name", true},      {"org_unit_id", true},
                                      {"role", true},  {"level", true},     {"hire_date", true},
                                      {"manager_id", false}, {"active", false}, {"left_on", false}};
    FileCtx ctx(run, "reps.csv", cols);
    if (!ctx.open(file))
        return;
    std::vector<DeferredRef> managers;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto name = ctx.text(Name);
        auto unit = ctx.id(OrgUnitId);
        auto role = ctx.code(RoleCol, roleFromCode, "senior_manager, regional_manager, rep");
        auto level = ctx.code(LevelCol, levelFromCode, "junior, mid, senior");
        auto hired = ctx.date(HireDate);
        auto manager = ctx.id(ManagerId);
        auto active = ctx.flag(Active);
        auto leftOn = ctx.date(LeftOn);
        ctx.checkRef(OrgUnitId, unit, run.orgUnits, run.stored.orgUnits, "org unit");
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.reps, *id, Id);
            if (manager && *manager == *id)
                ctx.error(ManagerId, trImport(QT_TRANSLATE_NOOP("Import", "a rep cannot be their own manager")));
        }
        if (manager)
            managers.push_back({ctx.line(), *manager});
        if (hired && leftOn && *leftOn < *hired)
            ctx.error(LeftOn, trImport(QT_TRANSLATE_NOOP("Import", "left_on is before hire_date")));
        if (!ctx.rowOk() || !unique)
            continue;
        Rep r;
        r.id = *id;
        r.name = *name;
        r.orgUnitId = *unit;
        r.role = *role;
        r.level = *level;
        r.hireDate = *hired;
        r.managerId = manager;
        r.active = active.value_or(true);
        r.leftOn = leftOn;
        if (run.emitting())
            run.sink.rep(std::move(r));
    }
    for (const auto& m : managers)
        if (!has(run.reps, run.stored.reps, m.id))
            ctx.errorAt(m.line, ManagerId, trImport(QT_TRANSLATE_NOOP("Import", "unknown rep ")) + inQuotes(m.id));
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readProducts(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, Name, Category };
    static const ColumnSpec cols[] = {{"id", true}, {"name", true}, {"category", true}};
    FileCtx ctx(run, "products.csv", cols);
    if (!ctx.open(file))
        return;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto name = ctx.text(Name);
        auto category = ctx.text(Category);
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.products, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        if (run.emitting())
            run.sink.product(Product{*id, *name, *category});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readCustomers(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, Name, OwnerRepId, Industry, CreatedOn, PaymentTerms, CreditLimit, Birthday, FoundedOn };
    static const ColumnSpec cols[] = {{"id", true},          {"name", true},
                                      {"owner_rep_id", true}, {"industry", false},
                                      {"created_on", true},  {"payment_terms_days", false},
                                      {"credit_limit", false}, {"birthday", false},
                                      {"founded_on", false}};
    FileCtx ctx(run, "customers.csv", cols);
    if (!ctx.open(file))
        return;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto name = ctx.text(Name);
        auto owner = ctx.id(OwnerRepId);
        auto industry = ctx.text(Industry);
        auto created = ctx.date(CreatedOn);
        auto terms = ctx.integer(PaymentTerms, 0, 3650);
        auto limit = ctx.money(CreditLimit);
        auto birthday = ctx.date(Birthday);
        auto founded = ctx.date(FoundedOn);
        ctx.checkRef(OwnerRepId, owner, run.reps, run.stored.reps, "rep");
        if (limit && limit->isNegative())
            ctx.error(CreditLimit, trImport(QT_TRANSLATE_NOOP("Import", "credit_limit is negative")));
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.customers, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        Customer c;
        c.id = *id;
        c.name = *name;
        c.ownerRepId = *owner;
        c.industry = industry;
        c.createdOn = *created;
        c.paymentTermsDays = terms ? int(*terms) : 30;
        c.creditLimit = limit;
        c.birthday = birthday;
        c.foundedOn = founded;
        if (run.emitting())
            run.sink.customer(std::move(c));
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

} // namespace sd::io::detail

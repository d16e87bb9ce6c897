// opportunities.csv, stage_history.csv, orders.csv, order_credits.csv, payments.csv, activities.csv.

#include "io/CsvImporterDetail.h"

#include <map>

namespace sd::io::detail {

namespace {

std::string stageList(const WorkspaceSettings& s)
{
    std::string list;
    for (const auto& st : s.stages)
        list += st.code + ", ";
    return list + "won, lost";
}

} // namespace

void readOpportunities(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, Name, CustomerId, OwnerRepId, Amount, CreatedOn, ExpectedCloseOn, Stage };
    static const ColumnSpec cols[] = {{"id", true},          {"name", true},       {"customer_id", true},
                                      {"owner_rep_id", true}, {"amount", true},     {"created_on", true},
                                      {"expected_close_on", false}, {"stage", true}};
    FileCtx ctx(run, "opportunities.csv", cols);
    if (!ctx.open(file))
        return;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto name = ctx.text(Name);
        auto customer = ctx.id(CustomerId);
        auto owner = ctx.id(OwnerRepId);
        auto amount = ctx.money(Amount);
        auto created = ctx.date(CreatedOn);
        auto expected = ctx.date(ExpectedCloseOn);
        auto stage = ctx.text(Stage);
        ctx.checkRef(CustomerId, customer, run.customers, run.existing.customers, "customer");
        ctx.checkRef(OwnerRepId, owner, run.reps, run.existing.reps, "rep");
        if (amount && amount->isNegative())
            ctx.error(Amount, trImport(QT_TRANSLATE_NOOP("Import", "amount is negative")));
        if (stage && !run.knownStage(*stage))
            ctx.error(Stage, trImport(QT_TRANSLATE_NOOP("Import", "unknown stage ")) + inQuotes(*stage) + " (" + stageList(run.settings) + ")");
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.opportunities, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        Opportunity o;
        o.id = *id;
        o.name = *name;
        o.customerId = *customer;
        o.ownerRepId = *owner;
        o.amount = *amount;
        o.createdOn = *created;
        o.expectedCloseOn = expected;
        o.stage = *stage;
        run.opportunityIndex.emplace(o.id, run.batch.opportunities.size());
        run.batch.opportunities.push_back(std::move(o));
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readStageHistory(ImportRun& run, const std::filesystem::path& file)
{
    enum { OpportunityId, Stage, EnteredOn };
    static const ColumnSpec cols[] = {{"opportunity_id", true}, {"stage", true}, {"entered_on", true}};
    FileCtx ctx(run, "stage_history.csv", cols);
    if (!ctx.open(file))
        return;
    // Per opportunity (index in the batch): the lines of its rows, for the first/last checks.
    std::vector<std::vector<int>> lines(run.batch.opportunities.size());
    std::vector<bool> broken(run.batch.opportunities.size());
    constexpr size_t npos = size_t(-1);
    std::string lastId;
    size_t lastIdx = npos;
    while (ctx.nextRow()) {
        auto oppId = ctx.id(OpportunityId);
        auto stage = ctx.text(Stage);
        auto entered = ctx.date(EnteredOn);
        if (stage && !run.knownStage(*stage))
            ctx.error(Stage, trImport(QT_TRANSLATE_NOOP("Import", "unknown stage ")) + inQuotes(*stage) + " (" + stageList(run.settings) + ")");
        if (!oppId)
            continue;
        if (*oppId != lastId) { // rows of one opportunity usually follow each other
            auto it = run.opportunityIndex.find(*oppId);
            lastIdx = it == run.opportunityIndex.end() ? npos : it->second;
            lastId = *oppId;
        }
        if (lastIdx == npos) {
            if (run.opportunities.find(std::string_view(*oppId)) == run.opportunities.end())
                ctx.error(OpportunityId,
                          trImport(QT_TRANSLATE_NOOP("Import", "unknown opportunity ")) + inQuotes(*oppId) +
                              trImport(QT_TRANSLATE_NOOP("Import", " (a stage history is imported with its opportunity: list it in opportunities.csv)")));
            continue; // the opportunity row itself has errors, reported there
        }
        const size_t idx = lastIdx;
        if (!ctx.rowOk()) {
            broken[idx] = true;
            continue;
        }
        auto& history = run.batch.opportunities[idx].history;
        if (!history.empty() && *entered < history.back().enteredOn) {
            ctx.error(EnteredOn, trImport(QT_TRANSLATE_NOOP("Import", "history dates go backwards for opportunity ")) + inQuotes(*oppId) + ": " +
                                     entered->toString() + trImport(QT_TRANSLATE_NOOP("Import", " after ")) + history.back().enteredOn.toString() +
                                     trImport(QT_TRANSLATE_NOOP("Import", " (line ")) + std::to_string(lines[idx].back()) + ")");
            broken[idx] = true;
        }
        history.push_back(StageEntry{*stage, *entered});
        lines[idx].push_back(ctx.line());
    }
    for (size_t i = 0; i < lines.size() && !run.cancelled(); ++i) {
        if (lines[i].empty() || broken[i])
            continue;
        const auto& o = run.batch.opportunities[i];
        if (o.history.front().enteredOn != o.createdOn)
            ctx.errorAt(lines[i].front(), EnteredOn,
                        trImport(QT_TRANSLATE_NOOP("Import", "the first history row of opportunity ")) + inQuotes(o.id) + trImport(QT_TRANSLATE_NOOP("Import", " must be on its created_on ")) +
                            o.createdOn.toString() + trImport(QT_TRANSLATE_NOOP("Import", ", not ")) + o.history.front().enteredOn.toString());
        if (o.history.back().stage != o.stage)
            ctx.errorAt(lines[i].back(), Stage,
                        trImport(QT_TRANSLATE_NOOP("Import", "the last history row of opportunity ")) + inQuotes(o.id) + trImport(QT_TRANSLATE_NOOP("Import", " must be its stage ")) +
                            inQuotes(o.stage) + trImport(QT_TRANSLATE_NOOP("Import", ", not ")) + inQuotes(o.history.back().stage));
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readOrders(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, CustomerId, RepId, ProductId, OrderDate, Amount, GrossProfit, OpportunityId, CancelledOn };
    static const ColumnSpec cols[] = {{"id", true},         {"customer_id", true}, {"rep_id", true},
                                      {"product_id", true}, {"order_date", true},  {"amount", true},
                                      {"gross_profit", true}, {"opportunity_id", false}, {"cancelled_on", false}};
    FileCtx ctx(run, "orders.csv", cols);
    if (!ctx.open(file))
        return;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto customer = ctx.id(CustomerId);
        auto rep = ctx.id(RepId);
        auto product = ctx.id(ProductId);
        auto date = ctx.date(OrderDate);
        auto amount = ctx.money(Amount);
        auto gp = ctx.money(GrossProfit);
        auto opp = ctx.id(OpportunityId);
        auto cancelled = ctx.date(CancelledOn);
        ctx.checkRef(CustomerId, customer, run.customers, run.existing.customers, "customer");
        ctx.checkRef(RepId, rep, run.reps, run.existing.reps, "rep");
        ctx.checkRef(ProductId, product, run.products, run.existing.products, "product");
        ctx.checkRef(OpportunityId, opp, run.opportunities, run.existing.opportunities, "opportunity");
        if (date && cancelled && *cancelled < *date)
            ctx.error(CancelledOn, trImport(QT_TRANSLATE_NOOP("Import", "cancelled_on ")) + cancelled->toString() + trImport(QT_TRANSLATE_NOOP("Import", " is before order_date ")) +
                                       date->toString());
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.orders, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        run.batch.orders.push_back(Order{*id, *customer, *rep, *product, *date, *amount, *gp, opp, cancelled});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readOrderCredits(ImportRun& run, const std::filesystem::path& file)
{
    enum { OrderId, RepId, Share, Overlay };
    static const ColumnSpec cols[] = {{"order_id", true}, {"rep_id", true}, {"share", true}, {"overlay", false}};
    FileCtx ctx(run, "order_credits.csv", cols);
    if (!ctx.open(file))
        return;
    struct Sum
    {
        Rational total;
        int lastLine = 0;
        bool broken = false;
    };
    std::map<std::string, Sum> sums; // order id → its non-overlay shares
    std::unordered_map<std::string, int> seen;
    while (ctx.nextRow()) {
        auto order = ctx.id(OrderId);
        auto rep = ctx.id(RepId);
        auto share = ctx.decimal(Share);
        auto overlay = ctx.flag(Overlay);
        ctx.checkRef(OrderId, order, run.orders, run.existing.orders, "order");
        ctx.checkRef(RepId, rep, run.reps, run.existing.reps, "rep");
        if (share && (!share->isPositive() || *share > Rational(1)))
            ctx.error(Share, trImport(QT_TRANSLATE_NOOP("Import", "share must be more than 0 and at most 1: ")) + inQuotes(ctx.cell(Share)));
        const bool isOverlay = overlay.value_or(false);
        if (order && rep)
            ctx.checkUnique(seen, *order + '\n' + *rep + (isOverlay ? "\n1" : "\n0"), RepId,
                            "credit (same order, rep and overlay)");
        if (!order)
            continue;
        auto& s = sums[*order];
        if (!ctx.rowOk()) {
            s.broken = true;
            continue;
        }
        if (!isOverlay) {
            s.total += *share;
            s.lastLine = ctx.line();
        } else if (s.lastLine == 0) {
            s.lastLine = -ctx.line(); // only overlays so far
        }
        run.batch.orderCredits.push_back(OrderCredit{*order, *rep, *share, isOverlay});
    }
    for (const auto& [order, s] : sums) {
        if (s.broken || s.total == Rational(1))
            continue;
        int line = s.lastLine < 0 ? -s.lastLine : s.lastLine;
        ctx.errorAt(line, Share,
                    trImport(QT_TRANSLATE_NOOP("Import", "the non-overlay shares of order ")) + inQuotes(order) + trImport(QT_TRANSLATE_NOOP("Import", " sum to ")) + s.total.toString() +
                        trImport(QT_TRANSLATE_NOOP("Import", ", must be exactly 1")));
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readPayments(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, OrderId, PaidOn, Amount };
    static const ColumnSpec cols[] = {{"id", true}, {"order_id", true}, {"paid_on", true}, {"amount", true}};
    FileCtx ctx(run, "payments.csv", cols);
    if (!ctx.open(file))
        return;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto order = ctx.id(OrderId);
        auto paid = ctx.date(PaidOn);
        auto amount = ctx.money(Amount);
        ctx.checkRef(OrderId, order, run.orders, run.existing.orders, "order");
        if (amount && !amount->isPositive())
            ctx.error(Amount, trImport(QT_TRANSLATE_NOOP("Import", "a payment must be more than 0: ")) + inQuotes(ctx.cell(Amount)));
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.payments, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        run.batch.payments.push_back(Payment{*id, *order, *paid, *amount});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readActivities(ImportRun& run, const std::filesystem::path& file)
{
    enum { Id, RepId, CustomerId, Kind, DateCol, OpportunityId, Note };
    static const ColumnSpec cols[] = {{"id", true},   {"rep_id", true}, {"customer_id", true},
                                      {"kind", true}, {"date", true},   {"opportunity_id", false},
                                      {"note", false}};
    FileCtx ctx(run, "activities.csv", cols);
    if (!ctx.open(file))
        return;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto rep = ctx.id(RepId);
        auto customer = ctx.id(CustomerId);
        auto kind = ctx.code(Kind, activityKindFromCode, "visit, call, meeting, demo, email");
        auto date = ctx.date(DateCol);
        auto opp = ctx.id(OpportunityId);
        auto note = ctx.text(Note);
        ctx.checkRef(RepId, rep, run.reps, run.existing.reps, "rep");
        ctx.checkRef(CustomerId, customer, run.customers, run.existing.customers, "customer");
        ctx.checkRef(OpportunityId, opp, run.opportunities, run.existing.opportunities, "opportunity");
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.activities, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        run.batch.activities.push_back(Activity{*id, *rep, *customer, *kind, *date, opp, note});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

} // namespace sd::io::detail

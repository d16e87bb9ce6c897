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

namespace {

// Records what a re-import changes in a stored opportunity's stage, amount or expected close date.
void recordChanges(ImportRun& run, const Opportunity& o)
{
    const std::int32_t index = run.stored.opportunities.find(o.id);
    if (index == CompactIdIndex::npos || static_cast<size_t>(index) >= run.stored.opportunityValues.size())
        return;
    const StoredOpportunity& before = run.stored.opportunityValues[static_cast<size_t>(index)];
    auto change = [&](ChangeField field, std::string oldValue, std::string newValue) {
        if (oldValue == newValue)
            return;
        OpportunityChange c;
        c.opportunityId = o.id;
        c.field = field;
        c.oldValue = std::move(oldValue);
        c.newValue = std::move(newValue);
        c.changedOn = run.stored.changedOn;
        c.changedBy = run.stored.changedBy;
        c.note = "CSV import";
        run.sink.opportunityChange(c);
    };
    change(ChangeField::Stage, run.stored.stageCodes[before.stage], o.stage);
    change(ChangeField::Amount, changeValue(Money::fromCents(before.amountCents)), changeValue(o.amount));
    change(ChangeField::ExpectedClose,
           changeValue(before.hasExpectedClose ? std::optional<Date>(Date::fromDays(before.expectedCloseDays))
                                               : std::nullopt),
           changeValue(o.expectedCloseOn));
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
    Opportunity o;
    while (ctx.nextRow()) {
        auto id = ctx.id(Id);
        auto name = ctx.text(Name);
        auto customer = ctx.id(CustomerId);
        auto owner = ctx.id(OwnerRepId);
        auto amount = ctx.money(Amount);
        auto created = ctx.date(CreatedOn);
        auto expected = ctx.date(ExpectedCloseOn);
        auto stage = ctx.text(Stage);
        ctx.checkRef(CustomerId, customer, run.customers, run.stored.customers, "customer");
        ctx.checkRef(OwnerRepId, owner, run.reps, run.stored.reps, "rep");
        if (amount && amount->isNegative())
            ctx.error(Amount, trImport(QT_TRANSLATE_NOOP("Import", "amount is negative")));
        if (stage && !run.knownStage(*stage))
            ctx.error(Stage, trImport(QT_TRANSLATE_NOOP("Import", "unknown stage ")) + inQuotes(*stage) + " (" + stageList(run.settings) + ")");
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.opportunities, *id, Id);
            if (run.opportunityInfo.size() < run.opportunities.size())
                run.opportunityInfo.resize(run.opportunities.size());
        }
        if (!ctx.rowOk() || !unique)
            continue;
        OpportunityInfo& info = run.opportunityInfo[static_cast<size_t>(run.opportunities.find(*id))];
        info.valid = true;
        info.createdOn = created->days();
        info.stage = run.stageCode(*stage);
        o.id = *id;
        o.name = *name;
        o.customerId = *customer;
        o.ownerRepId = *owner;
        o.amount = *amount;
        o.createdOn = *created;
        o.expectedCloseOn = expected;
        o.stage = *stage;
        if (run.emitting()) {
            run.sink.opportunity(o);
            recordChanges(run, o);
        }
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
    constexpr std::int32_t npos = CompactIdIndex::npos;
    std::string lastId;
    std::int32_t lastIdx = npos;
    while (ctx.nextRow()) {
        auto oppId = ctx.id(OpportunityId);
        auto stage = ctx.text(Stage);
        auto entered = ctx.date(EnteredOn);
        if (stage && !run.knownStage(*stage))
            ctx.error(Stage, trImport(QT_TRANSLATE_NOOP("Import", "unknown stage ")) + inQuotes(*stage) + " (" + stageList(run.settings) + ")");
        if (!oppId)
            continue;
        if (*oppId != lastId) { // rows of one opportunity usually follow each other
            lastIdx = run.opportunities.find(*oppId);
            lastId = *oppId;
        }
        if (lastIdx == npos) {
            ctx.error(OpportunityId,
                      trImport(QT_TRANSLATE_NOOP("Import", "unknown opportunity ")) + inQuotes(*oppId) +
                          trImport(QT_TRANSLATE_NOOP("Import", " (a stage history is imported with its opportunity: list it in opportunities.csv)")));
            continue;
        }
        OpportunityInfo& info = run.opportunityInfo[static_cast<size_t>(lastIdx)];
        if (!info.valid)
            continue; // the opportunity row itself has errors, reported there
        if (!ctx.rowOk()) {
            info.broken = true;
            continue;
        }
        if (info.entries > 0 && entered->days() < info.lastEntered) {
            ctx.error(EnteredOn, trImport(QT_TRANSLATE_NOOP("Import", "history dates go backwards for opportunity ")) + inQuotes(*oppId) + ": " +
                                     entered->toString() + trImport(QT_TRANSLATE_NOOP("Import", " after ")) + Date::fromDays(info.lastEntered).toString() +
                                     trImport(QT_TRANSLATE_NOOP("Import", " (line ")) + std::to_string(info.lastLine) + ")");
            info.broken = true;
        }
        if (info.entries == 0) {
            info.firstEntered = entered->days();
            info.firstLine = ctx.line();
        }
        info.lastEntered = entered->days();
        info.lastLine = ctx.line();
        info.lastStage = run.stageCode(*stage);
        if (run.emitting())
            run.sink.stageEntry(*oppId, static_cast<int>(info.entries), StageEntry{*stage, *entered});
        ++info.entries;
    }
    for (size_t i = 0; i < run.opportunityInfo.size() && !run.cancelled(); ++i) {
        const OpportunityInfo& info = run.opportunityInfo[i];
        if (info.entries == 0 || info.broken || !info.valid)
            continue;
        const std::string id(run.opportunities.id(static_cast<std::int32_t>(i)));
        if (info.firstEntered != info.createdOn)
            ctx.errorAt(info.firstLine, EnteredOn,
                        trImport(QT_TRANSLATE_NOOP("Import", "the first history row of opportunity ")) + inQuotes(id) + trImport(QT_TRANSLATE_NOOP("Import", " must be on its created_on ")) +
                            Date::fromDays(info.createdOn).toString() + trImport(QT_TRANSLATE_NOOP("Import", ", not ")) + Date::fromDays(info.firstEntered).toString());
        if (info.lastStage != info.stage)
            ctx.errorAt(info.lastLine, Stage,
                        trImport(QT_TRANSLATE_NOOP("Import", "the last history row of opportunity ")) + inQuotes(id) + trImport(QT_TRANSLATE_NOOP("Import", " must be its stage ")) +
                            inQuotes(run.stageCodes[info.stage]) + trImport(QT_TRANSLATE_NOOP("Import", ", not ")) + inQuotes(run.stageCodes[info.lastStage]));
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
        ctx.checkRef(CustomerId, customer, run.customers, run.stored.customers, "customer");
        ctx.checkRef(RepId, rep, run.reps, run.stored.reps, "rep");
        ctx.checkRef(ProductId, product, run.products, run.stored.products, "product");
        ctx.checkRef(OpportunityId, opp, run.opportunities, run.stored.opportunities, "opportunity");
        if (date && cancelled && *cancelled < *date)
            ctx.error(CancelledOn, trImport(QT_TRANSLATE_NOOP("Import", "cancelled_on ")) + cancelled->toString() + trImport(QT_TRANSLATE_NOOP("Import", " is before order_date ")) +
                                       date->toString());
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.orders, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        if (run.emitting())
            run.sink.order(Order{*id, *customer, *rep, *product, *date, *amount, *gp, opp, cancelled});
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
        ctx.checkRef(OrderId, order, run.orders, run.stored.orders, "order");
        ctx.checkRef(RepId, rep, run.reps, run.stored.reps, "rep");
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
        if (run.emitting())
            run.sink.orderCredit(OrderCredit{*order, *rep, *share, isOverlay});
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
        ctx.checkRef(OrderId, order, run.orders, run.stored.orders, "order");
        if (amount && !amount->isPositive())
            ctx.error(Amount, trImport(QT_TRANSLATE_NOOP("Import", "a payment must be more than 0: ")) + inQuotes(ctx.cell(Amount)));
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.payments, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        if (run.emitting())
            run.sink.payment(Payment{*id, *order, *paid, *amount});
    }
    run.payments.clear(); // nothing refers to a payment
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
        ctx.checkRef(RepId, rep, run.reps, run.stored.reps, "rep");
        ctx.checkRef(CustomerId, customer, run.customers, run.stored.customers, "customer");
        ctx.checkRef(OpportunityId, opp, run.opportunities, run.stored.opportunities, "opportunity");
        bool unique = true;
        if (id) {
            unique = ctx.defineId(run.activities, *id, Id);
        }
        if (!ctx.rowOk() || !unique)
            continue;
        if (run.emitting())
            run.sink.activity(Activity{*id, *rep, *customer, *kind, *date, opp, note});
    }
    run.activities.clear(); // nothing refers to an activity
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

} // namespace sd::io::detail

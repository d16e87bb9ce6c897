// salesctl receivables --as-of D [--owner unit:ID|rep:ID] [--xlsx F] [--json]: aging of SPEC §5 (docs/cli.md).

#include "cli/CommandSupport.h"
#include "cli/Commands.h"

#include "domain/Money.h"
#include "domain/Receivables.h"
#include "io/ReceivablesExport.h"
#include "io/WorkspaceJson.h"
#include "io/XlsxBook.h"
#include "storage/Workspace.h"

#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace sd::cli {

namespace {

void putBuckets(Json& obj, const AgingTotals& aging)
{
    for (AgingBucket b : allAgingBuckets())
        obj[std::string(toCode(b))] = moneyJson(aging[b]);
}

Json groupJson(const char* idKey, const AgingGroup& g)
{
    Json j;
    j[idKey] = g.id;
    j["name"] = g.name;
    putBuckets(j, g.aging);
    j["total"] = moneyJson(g.aging.total());
    return j;
}

Json receivableJson(const Receivable& r)
{
    Json j;
    j["order_id"] = r.order->id;
    j["customer_id"] = r.order->customerId;
    j["rep_id"] = r.order->repId;
    j["order_date"] = r.order->orderDate.toString();
    j["due_date"] = r.dueDate.toString();
    j["days_past_due"] = r.daysPastDue;
    j["bucket"] = std::string(toCode(r.bucket));
    j["amount"] = moneyJson(r.amountCents);
    j["paid"] = moneyJson(r.paidCents);
    j["balance"] = moneyJson(r.balanceCents);
    return j;
}

Json reportJson(const ReceivablesReport& rep, const std::optional<OwnerRef>& owner)
{
    Json doc;
    doc["as_of"] = rep.asOf.toString();
    doc["owner"] = owner ? Json(owner->toString()) : Json(nullptr);
    Json total = Json::object();
    putBuckets(total, rep.total);
    doc["total"] = total;
    doc["balance_total"] = moneyJson(rep.total.total());

    Json customers = Json::array();
    for (const AgingGroup& g : rep.customers)
        customers.push_back(groupJson("id", g));
    doc["customers"] = customers;
    Json reps = Json::array();
    for (const AgingGroup& g : rep.reps)
        reps.push_back(groupJson("rep_id", g));
    doc["reps"] = reps;
    Json units = Json::array();
    for (const AgingGroup& g : rep.units)
        units.push_back(groupJson("id", g));
    doc["units"] = units;

    Json overdue = Json::array();
    for (const Receivable& r : rep.overdue)
        overdue.push_back(receivableJson(r));
    doc["overdue"] = overdue;

    Json flags = Json::array();
    for (const CreditFlag& f : rep.creditFlags) {
        Json j;
        j["customer_id"] = f.customerId;
        j["name"] = f.customerName;
        j["balance"] = moneyJson(f.balanceCents);
        j["credit_limit"] = f.creditLimitCents ? moneyJson(*f.creditLimitCents) : Json(nullptr);
        j["over_credit_limit"] = f.overCreditLimit;
        j["over_90_days"] = f.overdue90;
        j["over_90_amount"] = moneyJson(f.over90Cents);
        flags.push_back(j);
    }
    doc["credit_flags"] = flags;

    Json cr;
    cr["period"] = rep.collectionPeriod.label();
    cr["due"] = moneyJson(rep.collectionRate.dueCents);
    cr["collected"] = moneyJson(rep.collectionRate.collectedCents);
    cr["due_orders"] = countJson(static_cast<std::int64_t>(rep.collectionRate.dueOrders));
    cr["rate"] = ratioJson(rep.collectionRate.rate, 4);
    doc["collection_rate"] = cr;
    return doc;
}

void printText(const ReceivablesReport& rep)
{
    std::ostringstream out;
    out << trs("Receivables as of ") << rep.asOf.toString() << "\n\n";
    out << std::left << std::setw(14) << trs("customer");
    for (AgingBucket b : allAgingBuckets())
        out << std::right << std::setw(14) << toCode(b);
    out << std::right << std::setw(15) << trs("total") << '\n';
    auto row = [&](const std::string& label, const AgingTotals& a) {
        out << std::left << std::setw(14) << label;
        for (AgingBucket b : allAgingBuckets())
            out << std::right << std::setw(14) << Money::fromCents(a[b]).toString();
        out << std::right << std::setw(15) << Money::fromCents(a.total()).toString() << '\n';
    };
    for (const AgingGroup& g : rep.customers)
        row(g.id, g.aging);
    row(trs("TOTAL"), rep.total);

    if (!rep.overdue.empty()) {
        out << '\n' << trs("Overdue orders") << '\n';
        for (const Receivable& r : rep.overdue)
            out << "  " << r.order->id << "  " << r.order->customerId << "  " << trs("due ") << r.dueDate.toString()
                << "  " << r.daysPastDue << trs(" days") << "  " << Money::fromCents(r.balanceCents).toString() << '\n';
    }
    if (!rep.creditFlags.empty()) {
        out << '\n' << trs("Credit risk") << '\n';
        for (const CreditFlag& f : rep.creditFlags) {
            out << "  " << f.customerId << "  " << Money::fromCents(f.balanceCents).toString();
            if (f.overCreditLimit)
                out << "  " << trs("over credit limit ") << Money::fromCents(*f.creditLimitCents).toString();
            if (f.overdue90)
                out << "  " << trs("over 90 days past due: ") << Money::fromCents(f.over90Cents).toString();
            out << '\n';
        }
    }
    out << '\n' << trs("Collection rate ") << rep.collectionPeriod.label() << ": ";
    if (rep.collectionRate.rate)
        out << rep.collectionRate.rate->toFixed(4) << " ("
            << Money::fromCents(rep.collectionRate.collectedCents).toString() << " / "
            << Money::fromCents(rep.collectionRate.dueCents).toString() << ")\n";
    else
        out << trs("n/a (nothing due)") << '\n';
    std::string s = out.str();
    std::fwrite(s.data(), 1, s.size(), stdout);
}

} // namespace

int runReceivables(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--as-of", "--owner", "--xlsx"});
    if (ctx.words().size() > 1)
        throw CliError(trs("unexpected argument: ") + ctx.words()[1], 2);
    const std::string asOfText = ctx.requireOption("--as-of");
    const auto asOf = Date::parse(asOfText);
    if (!asOf)
        throw CliError(trs("--as-of must be a date YYYY-MM-DD, not ") + asOfText, 2);
    const auto owner = ctx.owner();

    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadWorkspaceSettings(ws);
    const Dataset ds
        = ws.loadDataset(storage::PartOrg | storage::PartCustomers | storage::PartOrders | storage::PartPayments);
    const DatasetIndex idx(ds);
    checkOwner(idx, owner);
    const ReceivablesEngine engine(idx, settings);
    const ReceivablesReport rep = engine.report(*asOf, owner);
    if (const auto xlsx = ctx.option("--xlsx")) {
        std::string ownerLabel = idx.root() ? idx.root()->name : std::string();
        if (owner)
            ownerLabel = (owner->kind == OwnerKind::Unit ? idx.unit(owner->id)->name : idx.rep(owner->id)->name) + " ("
                + owner->toString() + ")";
        try {
            io::writeReceivablesXlsx(rep, ownerLabel, settings.currency, *xlsx);
        } catch (const io::ExportError& e) {
            throw CliError(e.what(), 1);
        }
    }
    if (ctx.json())
        CliContext::printJson(reportJson(rep, owner));
    else
        printText(rep);
    return 0;
}

} // namespace sd::cli

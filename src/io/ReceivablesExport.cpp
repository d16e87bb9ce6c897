#include "io/ReceivablesExport.h"

#include "io/MeetingPackExport.h"
#include "io/XlsxBook.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

std::string tx(const char* text)
{
    return QCoreApplication::translate("Receivables", text).toStdString();
}

std::vector<std::string> agingHeader(const std::string& idTitle)
{
    std::vector<std::string> h{idTitle, tx(QT_TRANSLATE_NOOP("Receivables", "Name"))};
    for (AgingBucket b : allAgingBuckets())
        h.push_back(packBucketName(b).toStdString());
    h.push_back(tx(QT_TRANSLATE_NOOP("Receivables", "Total")));
    return h;
}

void agingCells(XlsxBook::Sheet& sh, int row, const AgingTotals& a, CellStyle style = CellStyle::Money)
{
    int col = 2;
    for (AgingBucket b : allAgingBuckets())
        sh.money(row, col++, Money::fromCents(a[b]), style);
    sh.money(row, col, Money::fromCents(a.total()), CellStyle::MoneyBold);
}

void groupSheet(XlsxBook& book, const std::string& name, const std::string& idTitle,
                const std::vector<AgingGroup>& groups, const AgingTotals* total)
{
    auto& sh = book.addSheet(name);
    sh.header(0, agingHeader(idTitle));
    sh.freeze(1, 1);
    int row = 0;
    for (const AgingGroup& g : groups) {
        ++row;
        sh.text(row, 0, g.id);
        sh.text(row, 1, g.name);
        agingCells(sh, row, g.aging);
    }
    sh.autoFilter(0, row, 0, 8);
    if (total) { // units nest, so their rows have no total
        ++row;
        sh.text(row, 0, tx(QT_TRANSLATE_NOOP("Receivables", "Total")), CellStyle::Bold);
        agingCells(sh, row, *total, CellStyle::MoneyBold);
    }
    sh.columnWidths({12, 24, 14, 14, 14, 14, 14, 14, 15});
}

} // namespace

void writeReceivablesXlsx(const ReceivablesReport& rep, const std::string& ownerLabel, const std::string& currency,
                          const std::string& path)
{
    XlsxBook book(path);
    auto& sum = book.addSheet(tx(QT_TRANSLATE_NOOP("Receivables", "Summary")));
    sum.mergeText(0, 0, 7,
                  QCoreApplication::translate("Receivables", "Receivables as of %1")
                      .arg(QString::fromStdString(rep.asOf.toString()))
                      .toStdString());
    sum.text(1, 0, ownerLabel + " · " + currency);
    sum.header(3, agingHeader(tx(QT_TRANSLATE_NOOP("Receivables", "Owner"))));
    sum.text(4, 0, ownerLabel);
    agingCells(sum, 4, rep.total);
    sum.text(6, 0, tx(QT_TRANSLATE_NOOP("Receivables", "Collection rate")), CellStyle::Bold);
    sum.text(6, 1, rep.collectionPeriod.label());
    sum.header(7,
               {tx(QT_TRANSLATE_NOOP("Receivables", "Due")), tx(QT_TRANSLATE_NOOP("Receivables", "Collected")),
                tx(QT_TRANSLATE_NOOP("Receivables", "Orders due")), tx(QT_TRANSLATE_NOOP("Receivables", "Rate"))});
    sum.money(8, 0, Money::fromCents(rep.collectionRate.dueCents));
    sum.money(8, 1, Money::fromCents(rep.collectionRate.collectedCents));
    sum.integer(8, 2, static_cast<long long>(rep.collectionRate.dueOrders));
    sum.ratio(8, 3, rep.collectionRate.rate);
    sum.columnWidths({16, 16, 14, 14, 14, 14, 14, 14, 15});

    groupSheet(book, tx(QT_TRANSLATE_NOOP("Receivables", "Customers")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Customer")), rep.customers, &rep.total);
    groupSheet(book, tx(QT_TRANSLATE_NOOP("Receivables", "Reps")), tx(QT_TRANSLATE_NOOP("Receivables", "Rep")),
               rep.reps, &rep.total);
    groupSheet(book, tx(QT_TRANSLATE_NOOP("Receivables", "Units")), tx(QT_TRANSLATE_NOOP("Receivables", "Unit")),
               rep.units, nullptr);

    auto& od = book.addSheet(tx(QT_TRANSLATE_NOOP("Receivables", "Overdue")));
    od.header(0,
              {tx(QT_TRANSLATE_NOOP("Receivables", "Order")), tx(QT_TRANSLATE_NOOP("Receivables", "Customer")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Rep")), tx(QT_TRANSLATE_NOOP("Receivables", "Order date")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Due date")), tx(QT_TRANSLATE_NOOP("Receivables", "Days past due")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Aging")), tx(QT_TRANSLATE_NOOP("Receivables", "Amount")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Paid")), tx(QT_TRANSLATE_NOOP("Receivables", "Balance"))});
    od.freeze(1);
    int row = 0;
    for (const Receivable& r : rep.overdue) {
        ++row;
        od.text(row, 0, r.order->id);
        od.text(row, 1, r.order->customerId);
        od.text(row, 2, r.order->repId);
        od.date(row, 3, r.order->orderDate);
        od.date(row, 4, r.dueDate);
        od.integer(row, 5, r.daysPastDue);
        od.text(row, 6, packBucketName(r.bucket).toStdString());
        od.money(row, 7, Money::fromCents(r.amountCents));
        od.money(row, 8, Money::fromCents(r.paidCents));
        od.money(row, 9, Money::fromCents(r.balanceCents));
    }
    od.autoFilter(0, row, 0, 9);
    od.columnWidths({12, 12, 10, 12, 12, 13, 14, 14, 14, 14});

    auto& cf = book.addSheet(tx(QT_TRANSLATE_NOOP("Receivables", "Credit risk")));
    cf.header(0,
              {tx(QT_TRANSLATE_NOOP("Receivables", "Customer")), tx(QT_TRANSLATE_NOOP("Receivables", "Name")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Balance")), tx(QT_TRANSLATE_NOOP("Receivables", "Credit limit")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Over credit limit")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Over 90 days")),
               tx(QT_TRANSLATE_NOOP("Receivables", "Amount over 90 days"))});
    cf.freeze(1);
    row = 0;
    for (const CreditFlag& f : rep.creditFlags) {
        ++row;
        cf.text(row, 0, f.customerId);
        cf.text(row, 1, f.customerName);
        cf.money(row, 2, Money::fromCents(f.balanceCents));
        if (f.creditLimitCents)
            cf.money(row, 3, Money::fromCents(*f.creditLimitCents));
        else
            cf.blank(row, 3);
        cf.text(row, 4,
                f.overCreditLimit ? tx(QT_TRANSLATE_NOOP("Receivables", "yes"))
                                  : tx(QT_TRANSLATE_NOOP("Receivables", "no")));
        cf.text(row, 5,
                f.overdue90 ? tx(QT_TRANSLATE_NOOP("Receivables", "yes")) : tx(QT_TRANSLATE_NOOP("Receivables", "no")));
        cf.money(row, 6, Money::fromCents(f.over90Cents));
    }
    cf.columnWidths({12, 24, 14, 14, 16, 14, 18});
    book.close();
}

} // namespace sd::io

#include "io/MeetingPackExport.h"

#include "io/XlsxBook.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

std::string tx(const char* text)
{
    return QCoreApplication::translate("MeetingPack", text).toStdString();
}

std::string s(const QString& q)
{
    return q.toStdString();
}

// A target sheet figure: money in cents, or a count for new_customers; nullopt leaves the cell empty.
void figure(XlsxBook::Sheet& sh, int row, int col, Metric m, std::optional<std::int64_t> value)
{
    if (!value)
        sh.blank(row, col);
    else if (isMoneyMetric(m))
        sh.money(row, col, Money::fromCents(*value));
    else
        sh.integer(row, col, *value);
}

// A KPI value in its unit (money in cents).
void kpiValue(XlsxBook::Sheet& sh, int row, int col, KpiUnit unit, const std::optional<Rational>& v)
{
    if (!v)
        sh.blank(row, col);
    else if (unit == KpiUnit::Money)
        sh.money(row, col, Money::fromExactCents(*v));
    else if (unit == KpiUnit::Ratio)
        sh.ratio(row, col, *v);
    else
        sh.decimal(row, col, *v);
}

int title(XlsxBook::Sheet& sh, const std::string& text, const std::string& sub, int lastCol)
{
    sh.mergeText(0, 0, lastCol, text);
    sh.text(1, 0, sub);
    return 2;
}

void targetsSheet(XlsxBook& book, const MeetingPack& pack, const std::string& sub)
{
    auto& sh = book.addSheet(tx(QT_TRANSLATE_NOOP("MeetingPack", "1 Targets")));
    int row = title(sh, tx(QT_TRANSLATE_NOOP("MeetingPack", "Targets and attainment")), sub, 8);
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Owner")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Metric")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Span")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Period")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Target")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Actual")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Gap"))});
    sh.freeze(row + 1);
    const int head = row;
    for (const PackTargetRow& t : pack.targets) {
        ++row;
        sh.text(row, 0, t.owner.toString());
        sh.text(row, 1, t.name);
        sh.text(row, 2, s(packMetricName(t.metric)));
        sh.text(row, 3, s(packSpanName(t.span)));
        sh.text(row, 4, t.period);
        figure(sh, row, 5, t.metric, t.target);
        figure(sh, row, 6, t.metric, t.actual);
        sh.ratio(row, 7, t.attainment);
        figure(sh, row, 8, t.metric, t.gap);
    }
    sh.autoFilter(head, row, 0, 8);
    sh.columnWidths({14, 18, 14, 16, 10, 15, 15, 11, 15});
}

void customersSheet(XlsxBook& book, const MeetingPack& pack, const std::string& sub)
{
    auto& sh = book.addSheet(tx(QT_TRANSLATE_NOOP("MeetingPack", "2 Customers")));
    int row = title(sh, tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer profile changes")), sub, 7);
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Date")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Change")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Field")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Before")), tx(QT_TRANSLATE_NOOP("MeetingPack", "After"))});
    sh.freeze(row + 1);
    for (const PackCustomerChange& c : pack.customerChanges) {
        ++row;
        sh.date(row, 0, c.date);
        sh.text(row, 1, c.customerId);
        sh.text(row, 2, c.customerName);
        sh.text(row, 3, c.repId);
        sh.text(row, 4, s(packChangeName(c.kind)));
        sh.text(row, 5, c.field);
        sh.text(row, 6, c.oldValue.value_or(""));
        sh.text(row, 7, c.newValue.value_or(""));
    }
    sh.columnWidths({11, 12, 24, 10, 14, 14, 18, 18});
}

void visitsSheet(XlsxBook& book, const MeetingPack& pack, const std::string& sub)
{
    auto& sh = book.addSheet(tx(QT_TRANSLATE_NOOP("MeetingPack", "3 Visits")));
    int row = title(sh, tx(QT_TRANSLATE_NOOP("MeetingPack", "Visit plan and visits done")), sub, 9);
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Planned")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Planned and visited")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Completion")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Visited without plan")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Visits")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Calls")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Meetings")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Demos"))});
    sh.freeze(row + 1);
    for (const PackVisitRow& v : pack.visits) {
        ++row;
        sh.text(row, 0, v.repId);
        sh.text(row, 1, v.repName);
        sh.integer(row, 2, v.planned);
        sh.integer(row, 3, v.plannedDone);
        sh.ratio(row, 4, v.completion);
        sh.integer(row, 5, v.unplanned);
        sh.integer(row, 6, v.visits);
        sh.integer(row, 7, v.calls);
        sh.integer(row, 8, v.meetings);
        sh.integer(row, 9, v.demos);
    }
    row += 2;
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Planned")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Visit dates"))});
    for (const PackVisitDetail& d : pack.visitDetails) {
        ++row;
        sh.text(row, 0, d.repId);
        sh.text(row, 1, d.customerId);
        sh.text(row, 2, d.customerName);
        sh.text(row, 3,
                d.planned ? tx(QT_TRANSLATE_NOOP("MeetingPack", "yes")) : tx(QT_TRANSLATE_NOOP("MeetingPack", "no")));
        std::string dates;
        for (Date dt : d.visitDates)
            dates += (dates.empty() ? "" : ", ") + dt.toString();
        sh.text(row, 4, dates);
    }
    sh.columnWidths({10, 18, 22, 12, 24, 12, 9, 9, 9, 9});
}

void opportunitiesSheet(XlsxBook& book, const MeetingPack& pack, const WorkspaceSettings& settings,
                        const std::string& sub)
{
    auto& sh = book.addSheet(tx(QT_TRANSLATE_NOOP("MeetingPack", "4 Opportunities")));
    int row = title(sh, tx(QT_TRANSLATE_NOOP("MeetingPack", "Opportunity tracker and the week's changes")), sub, 8);
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Change")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Count")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Amount"))});
    for (WeeklyCategory c : kWeeklyCategories) {
        ++row;
        const auto& f = pack.opportunities.category(c);
        sh.text(row, 0, s(packCategoryName(c)));
        sh.integer(row, 1, f.count);
        sh.money(row, 2, f.amount);
    }
    row += 2;
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Opportunity")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Owner")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Change")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Stage at start")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Stage at end")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Amount")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Expected close"))});
    const int head = row;
    for (const WeeklyEntry& e : pack.opportunities.entries) {
        ++row;
        const Opportunity& o = *e.opportunity;
        sh.text(row, 0, o.id);
        sh.text(row, 1, o.name);
        sh.text(row, 2, o.customerId);
        sh.text(row, 3, o.ownerRepId);
        sh.text(row, 4, s(packCategoryName(e.category)));
        sh.text(row, 5, e.startPosition == FunnelStages::kUnknown ? "" : s(packStageName(settings, e.startPosition)));
        sh.text(row, 6, s(packStageName(settings, e.endPosition)));
        sh.money(row, 7, o.amount);
        if (o.expectedCloseOn)
            sh.date(row, 8, *o.expectedCloseOn);
        else
            sh.blank(row, 8);
    }
    sh.autoFilter(head, row, 0, 8);
    sh.columnWidths({12, 24, 12, 10, 12, 16, 16, 14, 13});
}

void collectionRow(XlsxBook::Sheet& sh, int row, const PackCollectionRow& c, CellStyle money)
{
    sh.text(row, 0, c.repId, money == CellStyle::MoneyBold ? CellStyle::Bold : CellStyle::Text);
    sh.text(row, 1, c.repName, money == CellStyle::MoneyBold ? CellStyle::Bold : CellStyle::Text);
    sh.money(row, 2, Money::fromCents(c.collectedWeek), money);
    int col = 3;
    for (AgingBucket b : allAgingBuckets())
        sh.money(row, col++, Money::fromCents(c.aging[b]), money);
    sh.money(row, col++, Money::fromCents(c.aging.total()), money);
    sh.money(row, col++, Money::fromCents(c.overdue), money);
    sh.ratio(row, col, c.monthRate.rate);
}

void collectionsSheet(XlsxBook& book, const MeetingPack& pack, const std::string& sub)
{
    auto& sh = book.addSheet(tx(QT_TRANSLATE_NOOP("MeetingPack", "5 Collections")));
    int row = title(sh, tx(QT_TRANSLATE_NOOP("MeetingPack", "Collection tracker")), sub, 12);
    std::vector<std::string> head{tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")),
                                  tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")),
                                  tx(QT_TRANSLATE_NOOP("MeetingPack", "Collected this week"))};
    for (AgingBucket b : allAgingBuckets())
        head.push_back(s(packBucketName(b)));
    head.insert(head.end(),
                {tx(QT_TRANSLATE_NOOP("MeetingPack", "Balance")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Overdue")),
                 tx(QT_TRANSLATE_NOOP("MeetingPack", "Collection rate (month)"))});
    sh.header(row, head);
    sh.freeze(row + 1);
    for (const PackCollectionRow& c : pack.collections)
        collectionRow(sh, ++row, c, CellStyle::Money);
    collectionRow(sh, ++row, pack.collectionTotal, CellStyle::MoneyBold);
    row += 2;
    sh.header(row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Order")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Order date")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Due date")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Days past due")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Aging")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Balance"))});
    for (const Receivable& r : pack.overdue) {
        ++row;
        sh.text(row, 0, r.order->id);
        sh.text(row, 1, r.order->customerId);
        sh.text(row, 2, r.order->repId);
        sh.date(row, 3, r.order->orderDate);
        sh.date(row, 4, r.dueDate);
        sh.integer(row, 5, r.daysPastDue);
        sh.text(row, 6, s(packBucketName(r.bucket)));
        sh.money(row, 7, Money::fromCents(r.balanceCents));
    }
    sh.columnWidths({12, 18, 15, 13, 13, 13, 13, 13, 13, 15, 14, 14, 12});
}

void repSheet(XlsxBook& book, const MeetingPack& pack, const PackRepPage& p, const WorkspaceSettings& settings)
{
    auto& sh = book.addSheet(p.rep->name);
    sh.mergeText(0, 0, 6,
                 QCoreApplication::translate("MeetingPack", "1:1 · %1 (%2)")
                     .arg(QString::fromStdString(p.rep->name), QString::fromStdString(p.rep->id))
                     .toStdString());
    sh.text(1, 0, pack.week.label());
    int row = 3;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment")), CellStyle::Bold);
    sh.header(++row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Metric")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Span")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Period")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Target")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Actual")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Gap"))});
    for (const PackTargetRow& t : p.attainment) {
        ++row;
        sh.text(row, 0, s(packMetricName(t.metric)));
        sh.text(row, 1, s(packSpanName(t.span)));
        sh.text(row, 2, t.period);
        figure(sh, row, 3, t.metric, t.target);
        figure(sh, row, 4, t.metric, t.actual);
        sh.ratio(row, 5, t.attainment);
        figure(sh, row, 6, t.metric, t.gap);
    }
    row += 2;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Funnel")), CellStyle::Bold);
    sh.header(++row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Stage")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Count")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Amount")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Weighted"))});
    for (std::size_t i = 0; i < p.funnel.stages.size(); ++i) {
        const StageFigures& f = p.funnel.stages[i];
        ++row;
        sh.text(row, 0, s(packStageName(settings, int(i) + 1)));
        sh.integer(row, 1, f.count);
        sh.money(row, 2, f.amount);
        sh.money(row, 3, f.weighted);
    }
    ++row;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Total")), CellStyle::Bold);
    sh.integer(row, 1, p.funnel.openCount);
    sh.money(row, 2, p.funnel.openAmount, CellStyle::MoneyBold);
    sh.money(row, 3, p.funnel.weightedTotal, CellStyle::MoneyBold);
    row += 2;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Overdue receivables")), CellStyle::Bold);
    sh.header(++row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Order")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Due date")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Days past due")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Balance"))});
    for (const Receivable& r : p.overdue) {
        ++row;
        sh.text(row, 0, r.order->id);
        sh.text(row, 1, r.order->customerId);
        sh.date(row, 2, r.dueDate);
        sh.integer(row, 3, r.daysPastDue);
        sh.money(row, 4, Money::fromCents(r.balanceCents));
    }
    row += 2;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Open appraisal items")) + " " + pack.quarter.label(),
            CellStyle::Bold);
    sh.header(++row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "KPI")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Actual")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Target")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Score")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Training"))});
    for (const ItemScore& item : p.openItems) {
        ++row;
        sh.text(row, 0, s(packKpiName(settings, item.kpi)));
        kpiValue(sh, row, 1, item.unit, item.actual);
        kpiValue(sh, row, 2, item.unit, item.target);
        sh.ratio(row, 3, item.attainment);
        if (item.score)
            sh.decimal(row, 4, *item.score);
        else
            sh.text(row, 4, tx(QT_TRANSLATE_NOOP("MeetingPack", "not applicable")));
        std::string courses;
        for (const TrainingRecord& t : p.training)
            if (t.kpiCode == item.kpi)
                courses += (courses.empty() ? "" : "; ") + t.course;
        sh.text(row, 5, courses);
    }
    row += 2;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Training")), CellStyle::Bold);
    sh.header(++row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Course")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Kind")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Completed")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Addresses"))});
    for (const TrainingRecord& t : p.training) {
        ++row;
        sh.text(row, 0, t.course);
        sh.text(row, 1, s(packTrainingKindName(t.kind)));
        if (t.completedOn)
            sh.date(row, 2, *t.completedOn);
        else
            sh.text(row, 2, tx(QT_TRANSLATE_NOOP("MeetingPack", "open")));
        sh.text(row, 3, t.kpiCode ? s(packKpiName(settings, *t.kpiCode)) : std::string());
    }
    row += 2;
    sh.text(row, 0, tx(QT_TRANSLATE_NOOP("MeetingPack", "Coaching notes")), CellStyle::Bold);
    sh.header(++row,
              {tx(QT_TRANSLATE_NOOP("MeetingPack", "Date")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Author")),
               tx(QT_TRANSLATE_NOOP("MeetingPack", "Note"))});
    for (const CoachingNote& n : p.notes) {
        ++row;
        sh.date(row, 0, n.notedOn);
        sh.text(row, 1, n.author.value_or(""));
        sh.text(row, 2, n.note);
    }
    sh.columnWidths({22, 14, 16, 14, 14, 14, 30});
}

} // namespace

void writeMeetingPackXlsx(const MeetingPack& pack, const WorkspaceSettings& settings, const std::string& path)
{
    XlsxBook book(path);
    const std::string sub
        = QCoreApplication::translate("MeetingPack", "%1 · %2 to %3 · amounts in %4")
              .arg(QString::fromStdString(pack.unit->name), QString::fromStdString(pack.monday.toString()),
                   QString::fromStdString(pack.sunday.toString()), QString::fromStdString(settings.currency))
              .toStdString();
    targetsSheet(book, pack, sub);
    customersSheet(book, pack, sub);
    visitsSheet(book, pack, sub);
    opportunitiesSheet(book, pack, settings, sub);
    collectionsSheet(book, pack, sub);
    for (const PackRepPage& p : pack.pages)
        repSheet(book, pack, p, settings);
    book.close();
}

} // namespace sd::io

#include "io/MeetingPackExport.h"

#include "io/PdfReport.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("MeetingPack", text);
}

QString qs(const std::string& s)
{
    return PdfReport::escape(s);
}

// 1234567.8 → "1,234,567.80"
QString money(std::int64_t cents)
{
    const std::string plain = Money::fromCents(cents).toString();
    const bool negative = !plain.empty() && plain[0] == '-';
    const std::string body = negative ? plain.substr(1) : plain;
    const std::size_t dot = body.find('.');
    const std::string whole = body.substr(0, dot);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += ',';
        grouped += whole[i];
    }
    return QString::fromStdString((negative ? "-" : "") + grouped + (dot == std::string::npos ? "" : body.substr(dot)));
}

QString percent(const std::optional<Rational>& r)
{
    if (!r)
        return QStringLiteral("—");
    return QString::fromStdString((*r * Rational(100)).toFixed(2)) + QLatin1Char('%');
}

QString figure(Metric m, std::optional<std::int64_t> v)
{
    if (!v)
        return QStringLiteral("—");
    return isMoneyMetric(m) ? money(*v) : QString::number(*v);
}

QString kpiValue(KpiUnit unit, const std::optional<Rational>& v)
{
    if (!v)
        return QStringLiteral("—");
    if (unit == KpiUnit::Money)
        return money(Money::fromExactCents(*v).cents());
    if (unit == KpiUnit::Ratio)
        return percent(v);
    return QString::fromStdString(v->toFixed(2));
}

QString emptyNote(bool empty)
{
    return empty
        ? QStringLiteral("<p class=\"muted\">%1</p>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "None this week.")))
        : QString();
}

QString targetsTable(const std::vector<PackTargetRow>& rows, bool withOwner)
{
    QStringList head;
    if (withOwner)
        head << tx(QT_TRANSLATE_NOOP("MeetingPack", "Name"));
    head << tx(QT_TRANSLATE_NOOP("MeetingPack", "Metric")) << tx(QT_TRANSLATE_NOOP("MeetingPack", "Span"))
         << tx(QT_TRANSLATE_NOOP("MeetingPack", "Period")) << tx(QT_TRANSLATE_NOOP("MeetingPack", "Target"))
         << tx(QT_TRANSLATE_NOOP("MeetingPack", "Actual")) << tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment"))
         << tx(QT_TRANSLATE_NOOP("MeetingPack", "Gap"));
    QList<QStringList> body;
    for (const PackTargetRow& t : rows) {
        QStringList r;
        if (withOwner)
            r << qs(t.name);
        r << packMetricName(t.metric).toHtmlEscaped() << packSpanName(t.span).toHtmlEscaped() << qs(t.period)
          << figure(t.metric, t.target) << figure(t.metric, t.actual) << percent(t.attainment)
          << figure(t.metric, t.gap);
        body << r;
    }
    QList<bool> right(head.size(), false);
    for (int i = head.size() - 4; i < head.size(); ++i)
        right[i] = true;
    return PdfReport::table(head, body, right);
}

QString header(const MeetingPack& pack, const WorkspaceSettings& settings)
{
    return QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
        .arg(packTitle(pack).toHtmlEscaped(),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "%1 · %2 to %3 · amounts in %4"))
                 .arg(QString::fromStdString(pack.unit->name), QString::fromStdString(pack.monday.toString()),
                      QString::fromStdString(pack.sunday.toString()), QString::fromStdString(settings.currency))
                 .toHtmlEscaped());
}

QString customersAndVisits(const MeetingPack& pack)
{
    QString html
        = QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "2 · Customer profile changes")));
    QList<QStringList> rows;
    for (const PackCustomerChange& c : pack.customerChanges)
        rows << QStringList{qs(c.date.toString()),
                            qs(c.customerId),
                            qs(c.customerName),
                            qs(c.repId),
                            packChangeName(c.kind).toHtmlEscaped(),
                            qs(c.field),
                            qs(c.oldValue.value_or("")),
                            qs(c.newValue.value_or(""))};
    html += rows.isEmpty()
        ? emptyNote(true)
        : PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("MeetingPack", "Date")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Change")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Field")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Before")), tx(QT_TRANSLATE_NOOP("MeetingPack", "After"))},
            rows);
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "3 · Visit plan and visits done")));
    rows.clear();
    for (const PackVisitRow& v : pack.visits)
        rows << QStringList{qs(v.repName),
                            QString::number(v.planned),
                            QString::number(v.plannedDone),
                            percent(v.completion),
                            QString::number(v.unplanned),
                            QString::number(v.visits),
                            QString::number(v.calls),
                            QString::number(v.meetings),
                            QString::number(v.demos)};
    html += PdfReport::table(
        {tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Planned")),
         tx(QT_TRANSLATE_NOOP("MeetingPack", "Planned and visited")),
         tx(QT_TRANSLATE_NOOP("MeetingPack", "Completion")),
         tx(QT_TRANSLATE_NOOP("MeetingPack", "Visited without plan")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Visits")),
         tx(QT_TRANSLATE_NOOP("MeetingPack", "Calls")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Meetings")),
         tx(QT_TRANSLATE_NOOP("MeetingPack", "Demos"))},
        rows, {false, true, true, true, true, true, true, true, true});
    return html;
}

QString opportunities(const MeetingPack& pack, const WorkspaceSettings& settings)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "4 · Opportunity tracker and the week's changes")));
    QList<QStringList> rows;
    for (WeeklyCategory c : kWeeklyCategories) {
        const auto& f = pack.opportunities.category(c);
        rows << QStringList{packCategoryName(c).toHtmlEscaped(), QString::number(f.count), money(f.amount.cents())};
    }
    html += PdfReport::table({tx(QT_TRANSLATE_NOOP("MeetingPack", "Change")),
                              tx(QT_TRANSLATE_NOOP("MeetingPack", "Count")),
                              tx(QT_TRANSLATE_NOOP("MeetingPack", "Amount"))},
                             rows, {false, true, true});
    rows.clear();
    for (const WeeklyEntry& e : pack.opportunities.entries) {
        if (e.category == WeeklyCategory::Unchanged)
            continue;
        const Opportunity& o = *e.opportunity;
        rows << QStringList{qs(o.id),
                            qs(o.name),
                            qs(o.ownerRepId),
                            packCategoryName(e.category).toHtmlEscaped(),
                            e.startPosition == FunnelStages::kUnknown
                                ? QString()
                                : packStageName(settings, e.startPosition).toHtmlEscaped(),
                            packStageName(settings, e.endPosition).toHtmlEscaped(),
                            money(o.amount.cents())};
    }
    if (!rows.isEmpty())
        html += PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("MeetingPack", "Opportunity")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Name")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Owner")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Change")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Stage at start")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Stage at end")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Amount"))},
            rows, {false, false, false, false, false, false, true});
    return html;
}

QStringList collectionCells(const PackCollectionRow& c)
{
    QStringList r{qs(c.repName), money(c.collectedWeek)};
    for (AgingBucket b : allAgingBuckets())
        r << money(c.aging[b]);
    r << money(c.aging.total()) << money(c.overdue) << percent(c.monthRate.rate);
    return r;
}

QString collections(const MeetingPack& pack)
{
    // Two tables, so that the amounts fit the page's width on one line each: the collections (this week, balance,
    // overdue, the month's rate), then the aging of the balance.
    QString html = QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "5 · Collection tracker")));
    QList<QStringList> all;
    for (const PackCollectionRow& c : pack.collections)
        all << collectionCells(c);
    QStringList total = collectionCells(pack.collectionTotal);
    for (QString& cell : total)
        cell = QStringLiteral("<b>%1</b>").arg(cell);
    all << total;
    for (QStringList& row : all)
        for (qsizetype i = 1; i < row.size(); ++i)
            row[i] = QStringLiteral("<nobr>%1</nobr>").arg(row[i]);
    const auto pick = [&all](const QList<int>& columns) {
        QList<QStringList> rows;
        for (const QStringList& row : all) {
            QStringList cells;
            for (int c : columns)
                cells << row[c];
            rows << cells;
        }
        return rows;
    };
    const QStringList head{tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")),
                           tx(QT_TRANSLATE_NOOP("MeetingPack", "Collected this week")),
                           tx(QT_TRANSLATE_NOOP("MeetingPack", "Balance")),
                           tx(QT_TRANSLATE_NOOP("MeetingPack", "Overdue")),
                           tx(QT_TRANSLATE_NOOP("MeetingPack", "Collection rate (month)"))};
    const int buckets = int(kAgingBucketCount);
    html += PdfReport::table(head, pick({0, 1, 2 + buckets, 3 + buckets, 4 + buckets}),
                             {false, true, true, true, true});
    QStringList agingHead{tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep"))};
    QList<int> agingColumns{0};
    for (AgingBucket b : allAgingBuckets()) {
        agingHead << packBucketName(b);
        agingColumns << 2 + int(agingColumns.size()) - 1;
    }
    QList<bool> right(agingHead.size(), true);
    right[0] = false;
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Aging")));
    html += PdfReport::table(agingHead, pick(agingColumns), right);
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Overdue receivables")));
    QList<QStringList> rows;
    for (const Receivable& r : pack.overdue)
        rows << QStringList{
            qs(r.order->id),          qs(r.order->customerId),        qs(r.order->repId),
            qs(r.dueDate.toString()), QString::number(r.daysPastDue), packBucketName(r.bucket).toHtmlEscaped(),
            money(r.balanceCents)};
    html += rows.isEmpty()
        ? emptyNote(true)
        : PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("MeetingPack", "Order")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Due date")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Days past due")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Aging")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Balance"))},
            rows, {false, false, false, false, true, false, true});
    return html;
}

QString repPage(const MeetingPack& pack, const PackRepPage& p, const WorkspaceSettings& settings)
{
    QString html = QStringLiteral("<h1>%1</h1><p class=\"muted\">%2</p>")
                       .arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "1:1 · %1 (%2)"))
                                .arg(QString::fromStdString(p.rep->name), QString::fromStdString(p.rep->id))
                                .toHtmlEscaped(),
                            packTitle(pack).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment")));
    html += targetsTable(p.attainment, false);
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Funnel")));
    QList<QStringList> rows;
    for (std::size_t i = 0; i < p.funnel.stages.size(); ++i) {
        const StageFigures& f = p.funnel.stages[i];
        rows << QStringList{packStageName(settings, int(i) + 1).toHtmlEscaped(), QString::number(f.count),
                            money(f.amount.cents()), money(f.weighted.cents())};
    }
    rows << QStringList{QStringLiteral("<b>%1</b>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Total"))),
                        QString::number(p.funnel.openCount), money(p.funnel.openAmount.cents()),
                        money(p.funnel.weightedTotal.cents())};
    html += PdfReport::table(
        {tx(QT_TRANSLATE_NOOP("MeetingPack", "Stage")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Count")),
         tx(QT_TRANSLATE_NOOP("MeetingPack", "Amount")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Weighted"))},
        rows, {false, true, true, true});
    QStringList moves;
    for (WeeklyCategory c : kWeeklyCategories)
        if (c != WeeklyCategory::Unchanged && p.weekMoves[std::size_t(c)] > 0)
            moves << QStringLiteral("%1 %2").arg(packCategoryName(c)).arg(p.weekMoves[std::size_t(c)]);
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "This week:")),
                     moves.isEmpty() ? tx(QT_TRANSLATE_NOOP("MeetingPack", "no changes"))
                                     : moves.join(QStringLiteral(" · ")));
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Overdue receivables")));
    rows.clear();
    for (const Receivable& r : p.overdue)
        rows << QStringList{qs(r.order->id), qs(r.order->customerId), qs(r.dueDate.toString()),
                            QString::number(r.daysPastDue), money(r.balanceCents)};
    html += rows.isEmpty()
        ? emptyNote(true)
        : PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("MeetingPack", "Order")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Customer")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Due date")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Days past due")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Balance"))},
            rows, {false, false, false, true, true});
    html += QStringLiteral("<h2>%1 %2</h2>")
                .arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Open appraisal items")), qs(pack.quarter.label()));
    rows.clear();
    for (const ItemScore& item : p.openItems) {
        QStringList courses;
        for (const TrainingRecord& t : p.training)
            if (t.kpiCode == item.kpi)
                courses << qs(t.course);
        rows << QStringList{packKpiName(settings, item.kpi).toHtmlEscaped(),
                            kpiValue(item.unit, item.actual),
                            kpiValue(item.unit, item.target),
                            percent(item.attainment),
                            item.score ? QString::fromStdString(item.score->toFixed(2))
                                       : tx(QT_TRANSLATE_NOOP("MeetingPack", "not applicable")),
                            courses.join(QStringLiteral("; "))};
    }
    if (!p.appraisal)
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Not appraised this quarter.")));
    else
        html += rows.isEmpty()
            ? QStringLiteral("<p class=\"muted\">%1</p>")
                  .arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Every item at or above target.")))
            : PdfReport::table(
                {tx(QT_TRANSLATE_NOOP("MeetingPack", "KPI")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Actual")),
                 tx(QT_TRANSLATE_NOOP("MeetingPack", "Target")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Attainment")),
                 tx(QT_TRANSLATE_NOOP("MeetingPack", "Score")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Training"))},
                rows, {false, true, true, true, true, false});
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Training")));
    rows.clear();
    for (const TrainingRecord& t : p.training)
        rows << QStringList{qs(t.course), packTrainingKindName(t.kind).toHtmlEscaped(),
                            t.completedOn ? qs(t.completedOn->toString())
                                          : tx(QT_TRANSLATE_NOOP("MeetingPack", "open")),
                            t.kpiCode ? packKpiName(settings, *t.kpiCode).toHtmlEscaped() : QString()};
    html += rows.isEmpty()
        ? QStringLiteral("<p class=\"muted\">%1</p>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "No training records.")))
        : PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("MeetingPack", "Course")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Kind")),
             tx(QT_TRANSLATE_NOOP("MeetingPack", "Completed")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Addresses"))},
            rows);
    html += QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "Coaching notes")));
    rows.clear();
    for (const CoachingNote& n : p.notes)
        rows << QStringList{qs(n.notedOn.toString()), qs(n.author.value_or("")), qs(n.note)};
    html += rows.isEmpty()
        ? QStringLiteral("<p class=\"muted\">%1</p>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "No notes yet.")))
        : PdfReport::table({tx(QT_TRANSLATE_NOOP("MeetingPack", "Date")),
                            tx(QT_TRANSLATE_NOOP("MeetingPack", "Author")),
                            tx(QT_TRANSLATE_NOOP("MeetingPack", "Note"))},
                           rows);
    html += PdfReport::signatureLines(
        {tx(QT_TRANSLATE_NOOP("MeetingPack", "Rep")), tx(QT_TRANSLATE_NOOP("MeetingPack", "Manager"))},
        tx(QT_TRANSLATE_NOOP("MeetingPack", "Date")));
    return html;
}

} // namespace

void writeMeetingPackPdf(const MeetingPack& pack, const WorkspaceSettings& settings, const QString& path)
{
    PdfReport report(packTitle(pack));
    report.addPage(
        header(pack, settings)
        + QStringLiteral("<h2>%1</h2>").arg(tx(QT_TRANSLATE_NOOP("MeetingPack", "1 · Targets and attainment")))
        + targetsTable(pack.targets, true));
    report.addPage(header(pack, settings) + customersAndVisits(pack));
    report.addPage(header(pack, settings) + opportunities(pack, settings));
    report.addPage(header(pack, settings) + collections(pack));
    for (const PackRepPage& p : pack.pages)
        report.addPage(repPage(pack, p, settings));
    report.write(path);
}

} // namespace sd::io

#include "io/FunnelWeeklyExport.h"

#include "io/PdfReport.h"
#include "io/XlsxBook.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("FunnelWeekly", text);
}

std::string txs(const char* text)
{
    return tx(text).toStdString();
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// "1,234,567.89" from cents, never through a double.
QString groupedMoney(Money m)
{
    const std::string plain = m.toString(); // "-1234567.89"
    const bool negative = !plain.empty() && plain[0] == '-';
    const std::string body = negative ? plain.substr(1) : plain;
    const size_t dot = body.find('.');
    const std::string whole = body.substr(0, dot);
    std::string grouped;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += ',';
        grouped += whole[i];
    }
    return qs((negative ? "-" : "") + grouped + (dot == std::string::npos ? "" : body.substr(dot)));
}

QString title(const WeeklyExportHeader& h)
{
    return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Weekly funnel review %1")).arg(qs(h.weekLabel));
}

QString subtitle(const WeeklyReview& r, const WeeklyExportHeader& h)
{
    return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "%1 · as of %2 compared with %3 · amounts in %4"))
        .arg(qs(h.ownerLabel), qs(r.report.end.toString()), qs(r.report.start.toString()), qs(h.currency));
}

QStringList lineCells(const WeeklyReviewLine& l)
{
    return {PdfReport::escape(l.opportunity->id), PdfReport::escape(l.opportunity->name),
            PdfReport::escape(l.customerName), PdfReport::escape(l.ownerName)};
}

} // namespace

QString weeklyCategoryName(WeeklyCategory c)
{
    switch (c) {
    case WeeklyCategory::Won:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Won"));
    case WeeklyCategory::Lost:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Lost"));
    case WeeklyCategory::New:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "New"));
    case WeeklyCategory::Advanced:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Advanced"));
    case WeeklyCategory::Regressed:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Regressed"));
    case WeeklyCategory::Stalled:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Stalled"));
    case WeeklyCategory::Unchanged:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Unchanged"));
    }
    return {};
}

QString bridgeKindName(BridgeKind k)
{
    switch (k) {
    case BridgeKind::New:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "+ New"));
    case BridgeKind::PulledIn:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "+ Pulled in"));
    case BridgeKind::Increased:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "+ Increased"));
    case BridgeKind::Decreased:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "− Decreased"));
    case BridgeKind::PushedOut:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "− Pushed out"));
    case BridgeKind::Won:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "− Won"));
    case BridgeKind::Lost:
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "− Lost"));
    }
    return {};
}

QString stageDisplayName(const WorkspaceSettings& settings, const std::string& code)
{
    if (code == "won")
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Won"));
    if (code == "lost")
        return tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Lost"));
    for (const StageDef& s : settings.stages)
        if (s.code == code)
            return qs(s.name);
    return qs(code);
}

namespace {

bool subtracts(BridgeKind k)
{
    return k == BridgeKind::Decreased || k == BridgeKind::PushedOut || k == BridgeKind::Won || k == BridgeKind::Lost;
}

void writeSummary(XlsxBook::Sheet& s, const WeeklyReview& r, const WorkspaceSettings& settings,
                  const WeeklyExportHeader& h)
{
    s.mergeText(0, 0, 4, title(h).toStdString());
    s.mergeText(1, 0, 4, subtitle(r, h).toStdString(), CellStyle::Text);
    int row = 3;
    s.header(row++,
             {txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Category")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Count")),
              txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))});
    for (WeeklyCategory c : kWeeklyCategories) {
        const WeeklyCategoryFigures& f = r.report.category(c);
        s.text(row, 0, weeklyCategoryName(c).toStdString());
        s.integer(row, 1, f.count);
        s.money(row, 2, f.amount);
        ++row;
    }
    s.text(row, 0, txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Won or lost at both ends (left out)")));
    s.integer(row, 1, r.report.closedBothEnds);
    row += 2;

    s.header(row++,
             {txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Stage")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Count at start")),
              txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount at start")),
              txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Count at end")),
              txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount at end"))});
    for (const WeeklyStageRow& st : r.report.stages) {
        s.text(row, 0, stageDisplayName(settings, st.code).toStdString());
        s.integer(row, 1, st.countStart);
        s.money(row, 2, st.amountStart);
        s.integer(row, 3, st.countEnd);
        s.money(row, 4, st.amountEnd);
        ++row;
    }
    if (r.bridge) {
        const PipelineBridge& b = *r.bridge;
        row += 1;
        s.text(row++, 0,
               tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Pipeline bridge (open deals expected to close by %1)"))
                   .arg(qs(b.periodLast.toString()))
                   .toStdString(),
               CellStyle::Bold);
        s.header(row++,
                 {txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Step")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Count")),
                  txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))});
        s.text(row, 0, txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Start")), CellStyle::Bold);
        s.integer(row, 1, b.startCount);
        s.money(row, 2, b.startAmount, CellStyle::MoneyBold);
        ++row;
        for (BridgeKind k : kBridgeKinds) {
            const BridgeStep& st = b.step(k);
            s.text(row, 0, bridgeKindName(k).toStdString());
            s.integer(row, 1, st.count);
            s.money(row, 2, subtracts(k) ? -st.amount : st.amount);
            ++row;
        }
        s.text(row, 0, txs(QT_TRANSLATE_NOOP("FunnelWeekly", "End")), CellStyle::Bold);
        s.integer(row, 1, b.endCount);
        s.money(row, 2, b.endAmount, CellStyle::MoneyBold);
    }
    s.columnWidths({34, 14, 18, 14, 18});
    s.printLandscape();
}

void writeLines(XlsxBook::Sheet& s, const std::vector<WeeklyReviewLine>& lines, const WorkspaceSettings& settings,
                bool stalled)
{
    if (stalled)
        s.header(0,
                 {txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Opportunity")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Name")),
                  txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Customer")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Owner")),
                  txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Stage")),
                  txs(QT_TRANSLATE_NOOP("FunnelWeekly", "In stage since")),
                  txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Days in stage")),
                  txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))});
    else
        s.header(
            0,
            {txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Opportunity")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Name")),
             txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Customer")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Owner")),
             txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Category")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "From stage")),
             txs(QT_TRANSLATE_NOOP("FunnelWeekly", "To stage")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))});
    s.freeze(1);
    int row = 1;
    for (const WeeklyReviewLine& l : lines) {
        s.text(row, 0, l.opportunity->id);
        s.text(row, 1, l.opportunity->name);
        s.text(row, 2, l.customerName);
        s.text(row, 3, l.ownerName);
        if (stalled) {
            s.text(row, 4, stageDisplayName(settings, l.toStage).toStdString());
            s.date(row, 5, l.enteredOn);
            s.integer(row, 6, l.daysInStage);
        } else {
            s.text(row, 4, weeklyCategoryName(l.category).toStdString());
            s.text(row, 5, l.fromStage.empty() ? std::string() : stageDisplayName(settings, l.fromStage).toStdString());
            s.text(row, 6, stageDisplayName(settings, l.toStage).toStdString());
        }
        s.money(row, 7, l.opportunity->amount);
        ++row;
    }
    if (row > 1)
        s.autoFilter(0, row - 1, 0, 7);
    s.columnWidths({14, 28, 28, 14, 16, 14, 14, 16});
    s.printLandscape();
}

void writeChanges(XlsxBook::Sheet& s, const WeeklyReview& r, const WorkspaceSettings& settings)
{
    const FunnelStages stages(settings);
    s.header(0,
             {txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Opportunity")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Category")),
              txs(QT_TRANSLATE_NOOP("FunnelWeekly", "From stage")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "To stage")),
              txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Owner id")), txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))});
    s.freeze(1);
    int row = 1;
    for (const WeeklyEntry& e : r.report.entries) {
        if (e.category == WeeklyCategory::Unchanged)
            continue;
        s.text(row, 0, e.opportunity->id);
        s.text(row, 1, std::string(toCode(e.category)));
        s.text(row, 2,
               e.startPosition == FunnelStages::kUnknown ? std::string() : std::string(stages.code(e.startPosition)));
        s.text(row, 3, std::string(stages.code(e.endPosition)));
        s.text(row, 4, e.opportunity->ownerRepId);
        s.money(row, 5, e.opportunity->amount);
        ++row;
    }
    if (row > 1)
        s.autoFilter(0, row - 1, 0, 5);
    s.columnWidths({14, 12, 12, 12, 12, 16});
}

} // namespace

void writeWeeklyReviewXlsx(const WeeklyReview& review, const WorkspaceSettings& settings,
                           const WeeklyExportHeader& header, const std::string& path)
{
    XlsxBook book(path);
    writeSummary(book.addSheet(txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Summary"))), review, settings, header);
    writeLines(book.addSheet(txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Stalled"))), review.stalled, settings, true);
    writeLines(book.addSheet(txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Biggest movers"))), review.movers, settings, false);
    writeChanges(book.addSheet(txs(QT_TRANSLATE_NOOP("FunnelWeekly", "Changes"))), review, settings);
    book.close();
}

void writeWeeklyReviewPdf(const WeeklyReview& review, const WorkspaceSettings& settings,
                          const WeeklyExportHeader& header, const QString& path)
{
    const WeeklyReport& r = review.report;
    PdfReport pdf(title(header));
    const QList<bool> numeric3{false, true, true};

    QString page = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(PdfReport::escape(title(header)), PdfReport::escape(subtitle(review, header)));
    page += QStringLiteral("<h2>%1</h2>").arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Categories"))));
    QList<QStringList> rows;
    for (WeeklyCategory c : kWeeklyCategories) {
        const WeeklyCategoryFigures& f = r.category(c);
        rows << QStringList{PdfReport::escape(weeklyCategoryName(c)), QString::number(f.count), groupedMoney(f.amount)};
    }
    page += PdfReport::table({tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Category")),
                              tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Count")),
                              tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))},
                             rows, numeric3);
    page += QStringLiteral("<p>%1</p>")
                .arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Won or lost at both ends (left out): %1"))
                                           .arg(r.closedBothEnds)));

    page += QStringLiteral("<h2>%1</h2>")
                .arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Stages at both ends"))));
    rows.clear();
    for (const WeeklyStageRow& st : r.stages)
        rows << QStringList{PdfReport::escape(stageDisplayName(settings, st.code)), QString::number(st.countStart),
                            groupedMoney(st.amountStart), QString::number(st.countEnd), groupedMoney(st.amountEnd)};
    page += PdfReport::table(
        {tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Stage")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Count at start")),
         tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount at start")),
         tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Count at end")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount at end"))},
        rows, {false, true, true, true, true});

    if (review.bridge) {
        const PipelineBridge& b = *review.bridge;
        page += QStringLiteral("<h2>%1</h2>")
                    .arg(PdfReport::escape(
                        tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Pipeline bridge (open deals expected to close by %1)"))
                            .arg(qs(b.periodLast.toString()))));
        rows.clear();
        rows << QStringList{PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Start"))),
                            QString::number(b.startCount), groupedMoney(b.startAmount)};
        for (BridgeKind k : kBridgeKinds) {
            const BridgeStep& st = b.step(k);
            rows << QStringList{PdfReport::escape(bridgeKindName(k)), QString::number(st.count),
                                groupedMoney(subtracts(k) ? -st.amount : st.amount)};
        }
        rows << QStringList{PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "End"))),
                            QString::number(b.endCount), groupedMoney(b.endAmount)};
        page += PdfReport::table({tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Step")),
                                  tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Count")),
                                  tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))},
                                 rows, numeric3);
    }
    pdf.addPage(page);

    page = QStringLiteral("<h2>%1</h2>").arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Stalled deals"))));
    rows.clear();
    for (const WeeklyReviewLine& l : review.stalled)
        rows << (lineCells(l) << PdfReport::escape(stageDisplayName(settings, l.toStage)) << qs(l.enteredOn.toString())
                              << QString::number(l.daysInStage) << groupedMoney(l.opportunity->amount));
    if (rows.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "No stalled deals this week."))));
    else
        page += PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Opportunity")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Name")),
             tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Customer")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Owner")),
             tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Stage")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "In stage since")),
             tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Days in stage")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))},
            rows, {false, false, false, false, false, false, true, true});

    page += QStringLiteral("<h2>%1</h2>")
                .arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Biggest movers"))));
    rows.clear();
    for (const WeeklyReviewLine& l : review.movers)
        rows << (lineCells(l) << PdfReport::escape(weeklyCategoryName(l.category))
                              << PdfReport::escape(l.fromStage.empty() ? QString()
                                                                       : stageDisplayName(settings, l.fromStage))
                              << PdfReport::escape(stageDisplayName(settings, l.toStage))
                              << groupedMoney(l.opportunity->amount));
    if (rows.isEmpty())
        page += QStringLiteral("<p>%1</p>")
                    .arg(PdfReport::escape(tx(QT_TRANSLATE_NOOP("FunnelWeekly", "No changes this week."))));
    else
        page += PdfReport::table(
            {tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Opportunity")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Name")),
             tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Customer")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Owner")),
             tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Category")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "From stage")),
             tx(QT_TRANSLATE_NOOP("FunnelWeekly", "To stage")), tx(QT_TRANSLATE_NOOP("FunnelWeekly", "Amount"))},
            rows, {false, false, false, false, false, false, false, true});
    pdf.addPage(page);
    pdf.write(path);
}

} // namespace sd::io

#include "io/IncentiveExport.h"

#include "io/IncentiveRun.h"
#include "io/PdfReport.h"
#include "io/XlsxBook.h"

#include <QCoreApplication>

#include <array>
#include <filesystem>
#include <system_error>

namespace sd::io {

namespace {

std::string tx(const char* text)
{
    return QCoreApplication::translate("IncentiveExport", text).toStdString();
}

constexpr std::array<ComponentKind, 5> kKinds{ComponentKind::Commission, ComponentKind::Clawback, ComponentKind::Bonus,
                                              ComponentKind::GradeBonus, ComponentKind::Contest};

// A figure in its metric's unit: money, a whole count, or a decimal.
void figure(XlsxBook::Sheet& sheet, int row, int col, const std::optional<std::int64_t>& cents, bool money)
{
    if (!cents)
        sheet.blank(row, col);
    else if (money)
        sheet.money(row, col, Money::fromCents(*cents));
    else
        sheet.integer(row, col, *cents);
}

std::string note(const ComponentResult& c)
{
    if (c.isError())
        return c.error;
    std::string out;
    const auto add = [&out](const std::string& s) { out += (out.empty() ? "" : "; ") + s; };
    if (c.kind == ComponentKind::Commission && c.attainment && !c.thresholdMet)
        add(tx(QT_TRANSLATE_NOOP("IncentiveExport", "threshold not met")));
    if (c.capApplied)
        add(tx(QT_TRANSLATE_NOOP("IncentiveExport", "cap applied")));
    if (c.provisional)
        add(tx(QT_TRANSLATE_NOOP("IncentiveExport", "provisional")));
    for (const std::string& t : c.titles)
        add(t);
    return out;
}

void writeTotals(XlsxBook& book, const IncentivePayroll& p)
{
    auto& sheet = book.addSheet(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Payroll")));
    sheet.mergeText(0, 0, 10,
                    tx(QT_TRANSLATE_NOOP("IncentiveExport", "Incentive payroll")) + " " + p.period + " ("
                        + p.from.toString() + " – " + p.to.toString() + ", " + p.currency + ")");
    std::vector<std::string> header{
        tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rep ID")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Name")),
        tx(QT_TRANSLATE_NOOP("IncentiveExport", "Org unit")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Plan"))};
    for (ComponentKind k : kKinds)
        header.push_back(componentLabel(k).toStdString());
    header.push_back(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Total")));
    header.push_back(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Errors")));
    sheet.header(1, header);
    sheet.freeze(2, 2);
    std::array<std::int64_t, kKinds.size()> sums{};
    std::int64_t grand = 0;
    int row = 2;
    for (size_t i = 0; i < p.statements.size(); ++i, ++row) {
        const IncentiveStatement& st = p.statements[i];
        sheet.text(row, 0, st.repId);
        sheet.text(row, 1, st.repName);
        sheet.text(row, 2, i < p.orgUnits.size() ? p.orgUnits[i] : std::string());
        sheet.text(row, 3, st.planCode);
        std::string errors;
        for (size_t k = 0; k < kKinds.size(); ++k) {
            std::int64_t sum = 0;
            bool present = false;
            for (const ComponentResult& c : st.components) {
                if (c.kind != kKinds[k])
                    continue;
                present = true;
                if (c.isError())
                    errors += (errors.empty() ? "" : "; ") + std::string(toCode(c.kind)) + ": " + c.error;
                else
                    sum += *c.amountCents;
            }
            if (present)
                sheet.money(row, 4 + int(k), Money::fromCents(sum));
            else
                sheet.blank(row, 4 + int(k));
            sums[k] += sum;
        }
        sheet.money(row, 4 + int(kKinds.size()), Money::fromCents(st.totalCents), CellStyle::MoneyBold);
        sheet.text(row, 5 + int(kKinds.size()), errors);
        grand += st.totalCents;
    }
    sheet.autoFilter(1, row - 1, 0, 5 + int(kKinds.size()));
    sheet.text(row, 0, tx(QT_TRANSLATE_NOOP("IncentiveExport", "Total")), CellStyle::Bold);
    sheet.integer(row, 1, static_cast<long long>(p.statements.size()));
    for (size_t k = 0; k < kKinds.size(); ++k)
        sheet.money(row, 4 + int(k), Money::fromCents(sums[k]), CellStyle::MoneyBold);
    sheet.money(row, 4 + int(kKinds.size()), Money::fromCents(grand), CellStyle::MoneyBold);
    sheet.columnWidths({12, 16, 18, 16, 14, 14, 14, 14, 14, 16, 48});
    sheet.printLandscape();
}

void writeComponents(XlsxBook& book, const IncentivePayroll& p)
{
    auto& sheet = book.addSheet(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Components")));
    sheet.header(
        0,
        {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rep ID")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Name")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Plan")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Type")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Component")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Metric")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Actual")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Target")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Attainment")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Tier / step / rank / grade")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rate")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Multiplier")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Amount")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Note"))});
    sheet.freeze(1, 2);
    int row = 1;
    for (const IncentiveStatement& st : p.statements) {
        for (const ComponentResult& c : st.components) {
            sheet.text(row, 0, st.repId);
            sheet.text(row, 1, st.repName);
            sheet.text(row, 2, st.planCode);
            sheet.text(row, 3, std::string(toCode(c.kind)));
            sheet.text(row, 4, componentLabel(c.kind).toStdString());
            sheet.text(row, 5, c.metric.empty() ? std::string() : metricLabel(c.metric).toStdString());
            const bool money = c.kind == ComponentKind::Commission || c.moneyMetric;
            figure(sheet, row, 6, c.actual, money);
            figure(sheet, row, 7, c.target, money);
            sheet.ratio(row, 8, c.attainment);
            switch (c.kind) {
            case ComponentKind::Commission:
                if (c.attainment && c.tier > 0)
                    sheet.integer(row, 9, c.tier);
                sheet.ratio(row, 10, c.rate);
                if (c.weightedBaseCents && c.actual && *c.actual > 0)
                    sheet.decimal(row, 11, *c.weightedBaseCents / Rational(*c.actual));
                break;
            case ComponentKind::Bonus:
                if (c.step > 0)
                    sheet.integer(row, 9, c.step);
                break;
            case ComponentKind::Contest:
                if (c.rank)
                    sheet.integer(row, 9, *c.rank);
                if (c.value) {
                    if (c.moneyMetric)
                        sheet.money(row, 6, Money::fromExactCents(*c.value));
                    else
                        sheet.decimal(row, 6, *c.value);
                }
                break;
            case ComponentKind::GradeBonus:
                sheet.text(row, 9, c.grade);
                if (c.coefficient)
                    sheet.decimal(row, 11, *c.coefficient);
                break;
            case ComponentKind::Clawback:
                break;
            }
            if (c.amountCents)
                sheet.money(row, 12, Money::fromCents(*c.amountCents), CellStyle::MoneyBold);
            else
                sheet.blank(row, 12);
            sheet.text(row, 13, note(c));
            ++row;
        }
    }
    if (row > 1)
        sheet.autoFilter(0, row - 1, 0, 13);
    sheet.columnWidths({12, 16, 16, 12, 14, 14, 14, 14, 11, 10, 9, 10, 14, 40});
}

void writeLines(XlsxBook& book, const IncentivePayroll& p)
{
    auto& sheet = book.addSheet(tx(QT_TRANSLATE_NOOP("IncentiveExport", "Lines")));
    sheet.header(
        0,
        {tx(QT_TRANSLATE_NOOP("IncentiveExport", "Rep ID")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Name")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Type")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Line")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Order")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Category")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Amount")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Multiplier")),
         tx(QT_TRANSLATE_NOOP("IncentiveExport", "Share")), tx(QT_TRANSLATE_NOOP("IncentiveExport", "Booked in"))});
    sheet.freeze(1, 2);
    int row = 1;
    for (const IncentiveStatement& st : p.statements)
        for (const ComponentResult& c : st.components)
            for (const IncentiveLine& l : c.lines) {
                sheet.text(row, 0, st.repId);
                sheet.text(row, 1, st.repName);
                sheet.text(row, 2, std::string(toCode(c.kind)));
                sheet.text(row, 3, l.id);
                sheet.text(row, 4, l.orderId);
                sheet.text(row, 5, l.category);
                sheet.money(row, 6, Money::fromCents(l.amountCents));
                if (c.kind == ComponentKind::Clawback) {
                    sheet.blank(row, 7);
                    sheet.money(row, 8, Money::fromCents(l.amountCents));
                    sheet.text(row, 9, l.bookedPeriod);
                } else {
                    sheet.decimal(row, 7, l.multiplier);
                    sheet.money(row, 8, Money::fromCents(l.shareCents));
                }
                ++row;
            }
    if (row > 1)
        sheet.autoFilter(0, row - 1, 0, 9);
    sheet.columnWidths({12, 16, 12, 14, 14, 14, 14, 10, 14, 10});
}

std::string safeId(const std::string& id)
{
    std::string out;
    for (char ch : id) {
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-'
            || ch == '_' || ch == '.';
        out += ok ? ch : '_';
    }
    return out;
}

} // namespace

IncentivePayroll makePayroll(const IncentiveRun& run, const Period& period, std::vector<IncentiveStatement> statements)
{
    const FiscalCalendar cal = run.settings().calendar();
    IncentivePayroll p;
    p.period = period.label();
    p.from = period.firstDay(cal);
    p.to = period.lastDay(cal);
    p.currency = run.settings().currency;
    for (const IncentiveStatement& st : statements) {
        const Rep* rep = run.index().rep(st.repId);
        const IncentivePlan* plan = rep ? run.engine().planFor(*rep, period) : nullptr;
        p.plans.push_back(plan ? std::optional<IncentivePlan>(*plan) : std::nullopt);
        const OrgUnit* unit = rep ? run.index().unit(rep->orgUnitId) : nullptr;
        p.orgUnits.push_back(unit ? unit->name : std::string());
    }
    p.statements = std::move(statements);
    return p;
}

void writePayrollXlsx(const std::string& path, const IncentivePayroll& payroll)
{
    XlsxBook book(path);
    writeTotals(book, payroll);
    writeComponents(book, payroll);
    writeLines(book, payroll);
    book.close();
}

std::string statementFileName(const std::string& period, const std::string& repId)
{
    return "incentive-" + safeId(period) + "-" + safeId(repId) + ".pdf";
}

void writeStatementPdf(const std::string& path, const IncentivePayroll& payroll, size_t index)
{
    const IncentiveStatement& st = payroll.statements.at(index);
    PdfReport report(QCoreApplication::translate("IncentiveExport", "Incentive statement %1 %2")
                         .arg(QString::fromStdString(st.repName), QString::fromStdString(payroll.period)));
    report.addPage(statementHtml(payroll, index));
    report.write(QString::fromStdString(path));
}

std::vector<std::string> writeStatementPdfs(const std::string& dir, const IncentivePayroll& payroll)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
        throw ExportError(tx(QT_TRANSLATE_NOOP("IncentiveExport", "cannot create the folder ")) + dir
                          + (ec ? ": " + ec.message() : std::string()));
    std::vector<std::string> paths;
    for (size_t i = 0; i < payroll.statements.size(); ++i) {
        const std::string path
            = (std::filesystem::path(dir) / statementFileName(payroll.period, payroll.statements[i].repId)).string();
        writeStatementPdf(path, payroll, i);
        paths.push_back(path);
    }
    return paths;
}

} // namespace sd::io

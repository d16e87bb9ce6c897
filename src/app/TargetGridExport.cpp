#include "app/TargetGridExport.h"

#include "domain/Money.h"
#include "io/XlsxBook.h"

namespace sd::app {

void exportTargetGrid(const std::string& path, const TargetGrid& grid,
                      const std::unordered_map<std::string, std::int64_t>& actuals,
                      const std::unordered_map<std::string, std::string>& repNames, const std::vector<std::string>& titles,
                      const std::string& sheetName)
{
    io::XlsxBook book(path);
    io::XlsxBook::Sheet& sheet = book.addSheet(sheetName);
    const bool money = isMoneyMetric(grid.request().metric);
    sheet.header(0, titles);
    sheet.freeze(1, 2);
    auto figure = [&](int row, int col, const std::optional<std::int64_t>& v) {
        if (!v)
            sheet.blank(row, col);
        else if (money)
            sheet.money(row, col, Money::fromCents(*v));
        else
            sheet.integer(row, col, *v);
    };
    const int periods = static_cast<int>(grid.periods().size());
    int out = 1;
    for (std::size_t r = 0; r < grid.rows().size(); ++r) {
        const TargetGridRow& row = grid.rows()[r];
        const int gr = static_cast<int>(r);
        sheet.text(out, 0, std::string(2 * static_cast<std::size_t>(row.depth), ' ') + row.name);
        const auto& responsible = grid.cell(gr, 0).responsibleRepId;
        if (responsible) {
            auto it = repNames.find(*responsible);
            sheet.text(out, 1, it != repNames.end() ? it->second : *responsible);
        }
        for (int p = 0; p < periods; ++p)
            figure(out, 2 + p, grid.cell(gr, p).amount);
        const TargetReconciliation rec = grid.reconciliation(gr);
        figure(out, 2 + periods, rec.bottomUp);
        figure(out, 3 + periods, rec.gap);
        const auto actual = actuals.find(row.owner.toString());
        figure(out, 4 + periods, actual != actuals.end() ? std::optional<std::int64_t>(actual->second) : std::nullopt);
        const auto& target = grid.cell(gr, 0).amount;
        std::optional<Rational> attainment;
        if (actual != actuals.end() && target && *target != 0)
            attainment = Rational(actual->second) / Rational(*target);
        sheet.ratio(out, 5 + periods, attainment);
        ++out;
    }
    sheet.autoFilter(0, out - 1, 0, 5 + periods);
    sheet.columnWidth(0, 28);
    sheet.columnWidth(1, 14);
    for (int c = 2; c < 6 + periods; ++c)
        sheet.columnWidth(c, 15);
    book.close();
}

} // namespace sd::app

#pragma once

// Incentive exports (SPEC §7 statements): the payroll workbook for all reps of a period and one PDF statement per
// rep that explains every figure. Used by `salesctl incentive calc --xlsx/--pdf-dir` and the app's Incentives view.

#include "domain/Date.h"
#include "domain/IncentiveStatement.h"
#include "domain/Period.h"
#include "domain/Settings.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sd::io {

class IncentiveRun;

// One period's calculation as exported: the statements and, beside each, the plan that paid it (for the bonus
// steps, prizes and tiers the statement is explained with).
struct IncentivePayroll
{
    std::string period;
    Date from;
    Date to;
    std::string currency;
    std::vector<IncentiveStatement> statements;
    std::vector<std::optional<IncentivePlan>> plans; // parallel to statements
    std::vector<std::string> orgUnits; // parallel: the rep's org unit name
};

// The payroll of `statements` (computed by `run` for `period`).
IncentivePayroll makePayroll(const IncentiveRun& run, const Period& period, std::vector<IncentiveStatement> statements);

// How figures are written in a statement's HTML (the app passes its locale-aware formatting; the default is
// "1,234.50" and "12.50%").
struct StatementFormat
{
    std::function<QString(std::int64_t cents)> money;
    std::function<QString(const Rational& ratio, int places)> percent;
    static StatementFormat plain();
};

// The translated name of a component kind ("Commission", "提成").
QString componentLabel(ComponentKind kind);
// The translated name of a metric code ("Revenue", "回款").
QString metricLabel(const std::string& code);

// A statement explained: header, one section per component with its inputs (actual, target, attainment, tier, rate,
// multipliers, slices), how the amount follows from them, and its lines. `index` is the statement's position.
QString statementHtml(const IncentivePayroll& payroll, size_t index,
                      const StatementFormat& format = StatementFormat::plain());

// The payroll workbook: "Payroll" (one row per rep with the amount of each component kind and the total, and a
// grand total), "Components" (one row per rep and component with its inputs and amount) and "Lines". Throws
// ExportError; nothing is left behind on failure.
void writePayrollXlsx(const std::string& path, const IncentivePayroll& payroll);

// The file name of a rep's statement: "incentive-<period>-<rep id>.pdf", characters other than letters, digits,
// '-', '_' and '.' in the id replaced by '_'.
std::string statementFileName(const std::string& period, const std::string& repId);
// One PDF per statement into `dir` (created when missing); returns the paths written. Needs a QGuiApplication.
// Throws ExportError.
std::vector<std::string> writeStatementPdfs(const std::string& dir, const IncentivePayroll& payroll);
// One rep's statement PDF.
void writeStatementPdf(const std::string& path, const IncentivePayroll& payroll, size_t index);

} // namespace sd::io

#pragma once

// The words of the KPI library and template editor: a problem of checkKpiLibrary() as one line naming its KPI,
// or its template and item, and the short texts of the editor's tables (context "KpiTemplateDialog").

#include "domain/KpiLibrary.h"

#include <QString>

namespace sd::app::kpitexts {

// "Template “rep_q”, item 3 (visits): the weight must be more than 0, not 0."
QString issueText(const KpiLibraryIssue& issue, const WorkspaceSettings& settings);
// "Template “rep_q”" (or "Template 2 (no code)").
QString templateLabel(const WorkspaceSettings& settings, int templateIndex);
// The template as a list entry: "rep_q — Sales rep, any level".
QString templateEntry(const KpiTemplate& kpiTemplate);
// "Process" / "Result".
QString kindName(KpiKind kind);
// What the item's target is: "Owner's target", "Fixed: 0.9", "None".
QString targetText(const KpiTemplateItem& item);
// A decimal as typed: exact, without trailing zeros ("0.9", "100").
QString decimalText(const Rational& value);
// The live total: "Total weight: 100" or "Total weight: 99 — must be exactly 100".
QString weightTotalText(const Rational& total);

} // namespace sd::app::kpitexts

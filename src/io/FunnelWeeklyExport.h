#pragma once

// The weekly funnel review (周漏斗复盘) exported for the weekly sales meeting: an xlsx workbook (summary with
// categories, stages and the pipeline bridge; the stalled list; the biggest movers; every change) and a printable
// A4 PDF with the same content. `salesctl funnel weekly --xlsx/--pdf` and the app's Export buttons both call these.

#include "domain/Settings.h"
#include "domain/WeeklyReview.h"

#include <QString>

#include <string>

namespace sd::io {

// What the export says about the review besides its figures.
struct WeeklyExportHeader
{
    std::string weekLabel;  // "2026-W11"
    std::string ownerLabel; // the owner's name and reference, e.g. "华东区 (unit:east)"
    std::string currency;   // the workspace currency code, shown in the titles
};

// Sheets: summary (categories, stages at both ends, bridge with signed amounts), stalled, movers, changes.
// Throws ExportError; nothing is left behind on failure.
void writeWeeklyReviewXlsx(const WeeklyReview& review, const WorkspaceSettings& settings,
                           const WeeklyExportHeader& header, const std::string& path);

// Needs a QGuiApplication (PdfReport). Throws ExportError.
void writeWeeklyReviewPdf(const WeeklyReview& review, const WorkspaceSettings& settings,
                          const WeeklyExportHeader& header, const QString& path);

// Translated display names (context "FunnelWeekly"), shared with the app.
QString weeklyCategoryName(WeeklyCategory c);
QString bridgeKindName(BridgeKind k);
// The stage's name from the settings ("won"/"lost" translated, unknown codes as they are).
QString stageDisplayName(const WorkspaceSettings& settings, const std::string& code);

} // namespace sd::io

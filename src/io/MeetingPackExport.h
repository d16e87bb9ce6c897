#pragma once

// The meeting pack (五张表与两会) exported for the weekly sales meeting and the 1:1s: an xlsx workbook (one sheet
// per table of SPEC §5, then one sheet per rep) and a printable A4 PDF (the five tables, then one page per rep).
// `salesctl meeting-pack` and the app both call these; labels are translated (context "MeetingPack").

#include "domain/MeetingPack.h"

#include <QString>

#include <string>

namespace sd::io {

// Throws ExportError; nothing is left behind on failure.
void writeMeetingPackXlsx(const MeetingPack& pack, const WorkspaceSettings& settings, const std::string& path);
// Needs a QGuiApplication (PdfReport). Throws ExportError.
void writeMeetingPackPdf(const MeetingPack& pack, const WorkspaceSettings& settings, const QString& path);

// Translated names shared by the two formats and the app.
QString packMetricName(Metric m);
QString packSpanName(PackSpan s);
QString packChangeName(PackCustomerChange::Kind k);
QString packCategoryName(WeeklyCategory c);
QString packBucketName(AgingBucket b);
QString packTrainingKindName(TrainingKind k);
QString packKpiName(const WorkspaceSettings& settings, const std::string& code);
// The open stage's name from the settings ("won"/"lost" translated).
QString packStageName(const WorkspaceSettings& settings, int position);
// "Meeting pack 2026-W47 · Team A"
QString packTitle(const MeetingPack& pack);

} // namespace sd::io

// salesctl appraisal export --period Q --xlsx F [--pdf-dir D] [--owner unit:ID|rep:ID] [--json]: HR's
// appraisal sheet and one PDF form per rep (SPEC §6, docs/kpi.md, docs/cli.md).

#include "cli/CommandSupport.h"
#include "cli/Commands.h"

#include "domain/Appraisal.h"
#include "io/AppraisalExport.h"
#include "io/XlsxBook.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>

namespace sd::cli {

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int runAppraisal(const CliContext& ctx)
{
    const auto& words = ctx.words();
    const char* usage = "usage: salesctl appraisal export --period Q --xlsx F [--pdf-dir D] [--owner unit:ID|rep:ID]";
    if (words.size() < 2 || words[1] != "export")
        throw CliError(trs(usage), 2);
    if (words.size() > 2)
        throw CliError(trs("unexpected argument: ") + words[2], 2);
    ctx.checkKnownOptions({"--period", "--xlsx", "--pdf-dir", "--owner"});
    const std::string label = ctx.requireOption("--period");
    const auto period = Period::parse(label);
    if (!period || period->kind() != PeriodKind::Quarter)
        throw CliError(trs("--period must be a quarter (2026Q3), not ") + label, 2);
    const auto xlsx = ctx.option("--xlsx");
    const auto pdfDir = ctx.option("--pdf-dir");
    if (!xlsx && !pdfDir)
        throw CliError(trs(usage), 2);
    const auto owner = ctx.owner();

    const auto t0 = std::chrono::steady_clock::now();
    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadWorkspaceSettings(ws);
    // As `kpi score`: every part, but only the quarter's activities (the visits KPI counts nothing else).
    const FiscalCalendar calendar = settings.calendar();
    const Dataset ds = ws.loadDataset(storage::PartAll,
                                      storage::DatasetWindow{period->firstDay(calendar), period->lastDay(calendar)});
    const DatasetIndex idx(ds);
    checkOwner(idx, owner);
    const std::vector<AppraisalRecord> records = storage::SqlAppraisalRepository(ws).records(label);
    const auto tLoaded = std::chrono::steady_clock::now();
    const AppraisalEngine engine(idx, settings);
    const AppraisalResult res = engine.appraise(*period, owner);
    const auto tScored = std::chrono::steady_clock::now();
    spdlog::info("appraisal export {}: loaded in {:.3f} s, scored {} reps in {:.3f} s", label,
                 std::chrono::duration<double>(tLoaded - t0).count(), res.reps.size(), secondsSince(tLoaded));

    const io::AppraisalExport exporter(idx, settings, res, records);
    std::vector<std::string> pdfs;
    try {
        if (xlsx)
            exporter.writeXlsx(*xlsx);
        if (pdfDir)
            pdfs = exporter.writePdfForms(*pdfDir);
    } catch (const io::ExportError& e) {
        throw CliError(trs("export failed: ") + e.what(), 1);
    }
    const double exportSeconds = secondsSince(tScored);
    spdlog::info("appraisal export {}: written in {:.3f} s", label, exportSeconds);

    if (ctx.json()) {
        Json doc;
        doc["period"] = label;
        doc["owner"] = owner ? Json(owner->toString()) : Json(nullptr);
        doc["reps"] = countJson(static_cast<std::int64_t>(res.reps.size()));
        doc["xlsx"] = xlsx ? Json(*xlsx) : Json(nullptr);
        doc["pdfs"] = pdfs;
        doc["load_seconds"] = std::chrono::duration<double>(tLoaded - t0).count();
        doc["score_seconds"] = std::chrono::duration<double>(tScored - tLoaded).count();
        doc["export_seconds"] = exportSeconds;
        CliContext::printJson(doc);
        return 0;
    }
    std::string out = trs("appraisal sheet ") + label + ": " + std::to_string(res.reps.size()) + trs(" reps") + "\n";
    if (xlsx)
        out += "  " + *xlsx + "\n";
    if (pdfDir)
        out += "  " + *pdfDir + ": " + std::to_string(pdfs.size()) + trs(" PDF forms") + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace sd::cli

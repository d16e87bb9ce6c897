// salesctl meeting-pack --unit ID --week W [--pdf F] [--xlsx F] [--json]: the meeting pack (五张表与两会) of a team
// for an ISO week, as xlsx and/or PDF (docs/daily.md, docs/cli.md).

#include "cli/CommandSupport.h"
#include "cli/Commands.h"

#include "domain/Error.h"
#include "domain/MeetingPack.h"
#include "io/MeetingPackExport.h"
#include "io/XlsxBook.h"
#include "storage/SqlDailyRepository.h"
#include "storage/Workspace.h"

#include <iostream>

namespace sd::cli {

int runMeetingPack(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--unit", "--week", "--pdf", "--xlsx"});
    if (ctx.words().size() > 1)
        throw CliError(trs("unexpected argument: ") + ctx.words()[1], 2);
    const std::string unitId = ctx.requireOption("--unit");
    const std::string weekText = ctx.requireOption("--week");
    const auto week = Period::parse(weekText);
    if (!week || week->kind() != PeriodKind::Week)
        throw CliError(trs("--week must be an ISO week like 2026-W47, not ") + weekText, 2);
    const auto pdf = ctx.option("--pdf");
    const auto xlsx = ctx.option("--xlsx");
    if (!pdf && !xlsx)
        throw CliError(trs("give --pdf FILE, --xlsx FILE or both"), 2);

    storage::Workspace ws(ctx.dbPath());
    const WorkspaceSettings settings = loadWorkspaceSettings(ws);
    const Dataset ds = ws.loadDataset(storage::PartAll);
    const DailyRecords records = storage::SqlDailyRepository(ws).load();
    const DatasetIndex idx(ds);
    const OrgUnit* unit = idx.unit(unitId);
    if (!unit)
        throw CliError(trs("unknown org unit: ") + unitId, 1);
    const MeetingPack pack = buildMeetingPack(idx, settings, records, unitId, *week);
    try {
        if (xlsx)
            io::writeMeetingPackXlsx(pack, settings, *xlsx);
        if (pdf)
            io::writeMeetingPackPdf(pack, settings, QString::fromStdString(*pdf));
    } catch (const io::ExportError& e) {
        throw CliError(e.what(), 1);
    }
    if (ctx.json()) {
        Json doc;
        doc["unit"] = unitId;
        doc["week"] = week->label();
        doc["from"] = pack.monday.toString();
        doc["to"] = pack.sunday.toString();
        Json reps = Json::array();
        for (const Rep* r : pack.reps)
            reps.push_back(r->id);
        doc["reps"] = reps;
        doc["xlsx"] = xlsx ? Json(*xlsx) : Json(nullptr);
        doc["pdf"] = pdf ? Json(*pdf) : Json(nullptr);
        CliContext::printJson(doc);
    } else {
        std::cout << trs("Meeting pack ") << week->label() << " " << unit->name << ": " << pack.reps.size()
                  << trs(" reps") << '\n';
        if (xlsx)
            std::cout << "  " << *xlsx << '\n';
        if (pdf)
            std::cout << "  " << *pdf << '\n';
    }
    return 0;
}

} // namespace sd::cli

// salesctl import DIR [--workspace FILE] and salesctl info.

#include "cli/Commands.h"
#include "io/Import.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <cstdio>
#include <iostream>

namespace sd::cli {

namespace {

void printIssues(const io::ImportReport& report)
{
    for (const auto& w : report.warnings)
        std::cerr << trs("warning: ") << w.toString() << '\n';
    if (report.warningCount > static_cast<long long>(report.warnings.size()))
        std::cerr << trs("warning: ") << (report.warningCount - static_cast<long long>(report.warnings.size()))
                  << trs(" more warnings") << '\n';
    for (const auto& e : report.errors)
        std::cerr << e.toString() << '\n';
    if (report.errorCount > static_cast<long long>(report.errors.size()))
        std::cerr << (report.errorCount - static_cast<long long>(report.errors.size())) << trs(" more errors") << '\n';
}

Json issuesJson(const std::vector<io::ImportIssue>& issues)
{
    Json a = Json::array();
    for (const auto& i : issues)
        a.push_back(i.toString());
    return a;
}

} // namespace

int runImport(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--workspace"});
    if (ctx.words().size() != 2)
        throw CliError(trs("usage: salesctl import DIR [--workspace FILE] [--db PATH] [--json]"), 2);
    const std::filesystem::path dir = ctx.words()[1];
    io::ImportOptions options;
    if (auto w = ctx.option("--workspace"))
        options.workspaceJson = std::filesystem::path(*w);

    storage::Workspace ws(ctx.dbPath());
    io::ImportReport report;
    try {
        report = io::importFolder(ws, dir, options);
    } catch (const io::SettingsError& e) {
        throw CliError(e.what(), 1);
    }

    printIssues(report);
    if (ctx.json()) {
        Json doc;
        Json imported = Json::object();
        if (report.written)
            for (const auto& [file, n] : report.counts)
                imported[file] = countJson(n);
        doc["imported"] = imported;
        doc["warnings"] = issuesJson(report.warnings);
        if (!report.ok()) {
            doc["errors"] = issuesJson(report.errors);
            doc["error_count"] = countJson(report.errorCount);
        }
        CliContext::printJson(doc);
    } else if (report.written) {
        for (const auto& [file, n] : report.counts)
            std::cout << file << ": " << n << '\n';
        std::cout << trs("imported into ") << ctx.dbDisplay().toStdString() << '\n';
    }
    if (!report.ok()) {
        std::cerr << "salesctl: " << trs("import refused, nothing was written: ") << report.errorCount
                  << trs(" error(s)") << '\n';
        return 1;
    }
    return 0;
}

int runInfo(const CliContext& ctx)
{
    ctx.checkKnownOptions({});
    if (ctx.words().size() != 1)
        throw CliError(trs("usage: salesctl info [--db PATH] [--json]"), 2);
    storage::Workspace ws(ctx.dbPath());
    WorkspaceSettings settings;
    try {
        settings = io::loadSettings(ws);
    } catch (const io::SettingsError& e) {
        throw CliError(e.what(), 1);
    }
    const auto counts = ws.tableCounts();
    if (ctx.json()) {
        Json doc;
        doc["path"] = ctx.dbDisplay().toStdString();
        doc["schema_version"] = ws.schemaVersion();
        doc["currency"] = settings.currency;
        doc["fiscal_year_start_month"] = settings.fiscalYearStartMonth;
        Json stages = Json::array();
        for (const auto& s : settings.stages)
            stages.push_back(s.code);
        doc["stages"] = stages;
        Json tables = Json::object();
        for (const auto& [table, n] : counts)
            tables[table] = countJson(n);
        doc["tables"] = tables;
        CliContext::printJson(doc);
        return 0;
    }
    std::cout << trs("workspace: ") << ctx.dbDisplay().toStdString() << '\n'
              << trs("schema version: ") << ws.schemaVersion() << '\n'
              << trs("currency: ") << settings.currency << '\n'
              << trs("fiscal year starts in month: ") << settings.fiscalYearStartMonth << '\n'
              << trs("stages: ");
    for (size_t i = 0; i < settings.stages.size(); ++i)
        std::cout << (i ? ", " : "") << settings.stages[i].code;
    std::cout << '\n';
    for (const auto& [table, n] : counts)
        std::cout << "  " << table << ": " << n << '\n';
    return 0;
}

} // namespace sd::cli

// End to end: the demo folder and its workspace.json pass the real importer without an error or warning.

#include "test_demo_support.h"

#include "io/CsvImporter.h"
#include "io/WorkspaceJson.h"

#include <catch2/catch.hpp>

using namespace demotest;

TEST_CASE("demo: the small folder imports cleanly with its workspace.json", "[demo][import]")
{
    const auto& s = shared();
    const auto ws = sd::io::readWorkspaceJsonFile(s.dir.path() / "workspace.json");
    for (const auto& e : ws.errors)
        UNSCOPED_INFO(e.toString());
    for (const auto& w : ws.warnings)
        UNSCOPED_INFO("warning " << w.toString());
    REQUIRE(ws.ok());
    CHECK(ws.warnings.empty());
    CHECK(ws.settings.kpiTemplates.size() == 2);
    CHECK(ws.settings.incentivePlans.size() == 3);

    sd::io::CsvImporter importer(ws.settings);
    sd::Dataset batch;
    const auto report = importer.read(s.dir.path(), batch);
    for (size_t i = 0; i < report.errors.size() && i < 20; ++i)
        UNSCOPED_INFO(report.errors[i].toString());
    for (size_t i = 0; i < report.warnings.size() && i < 20; ++i)
        UNSCOPED_INFO("warning " << report.warnings[i].toString());
    REQUIRE(report.ok());
    CHECK(report.warningCount == 0);
    for (const auto& [file, rows] : s.summary.files) {
        if (file == "workspace.json")
            continue;
        INFO(file);
        long long imported = -1;
        for (const auto& [f, n] : report.counts)
            if (f == file)
                imported = n;
        CHECK(imported == rows);
    }
}

// The template editor's fields in the workspace JSON: a manual KPI's unit and process/result kind, an anchored
// item's anchors (read, written only when set, round-trip exact), and the import checks added with the editor
// (a KPI twice in a template, more than five anchors).

#include "io/WorkspaceJson.h"

#include <catch2/catch.hpp>

using namespace sd;
using namespace sd::io;

namespace {

const char* kLibrary = R"({
  "kpis": [{"code": "nps", "name": "Net promoter score", "source": "manual", "lower_is_better": false,
            "unit": "points", "kind": "process"},
           {"code": "coaching", "name": "Coaching"}],
  "kpi_templates": [{"code": "rep_q", "role": "rep", "level": null, "items": [
      {"kpi": "revenue", "weight": 60, "perspective": "financial", "target": "target", "rule": {"type": "linear"}},
      {"kpi": "nps", "weight": 30, "perspective": "customer", "rule": {"type": "direct"}},
      {"kpi": "coaching", "weight": 10, "perspective": "learning", "rule": {"type": "anchored"},
       "anchors": ["never", "when asked", "monthly", "weekly", "builds coaches"]}]}]
})";

std::string withItems(const std::string& items)
{
    return R"({"kpis": [{"code": "coaching", "name": "Coaching"}], "kpi_templates": [{"code": "t", "role": "rep",
              "items": [)"
        + items + "]}]}";
}

} // namespace

TEST_CASE("Workspace JSON: a KPI's unit and kind, an item's anchors round-trip", "[kpi-templates]")
{
    const auto r = parseWorkspaceJson(kLibrary);
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    const auto& s = r.settings;
    REQUIRE(s.kpis.size() == 2);
    CHECK(s.kpis[0].unit == "points");
    CHECK(s.kpis[0].kind == KpiKind::Process);
    CHECK(s.kpis[1].unit.empty());
    CHECK(s.kpis[1].kind == KpiKind::Result); // the default
    const auto& items = s.kpiTemplates.at(0).items;
    CHECK(items[0].anchors.empty());
    REQUIRE(items[2].anchors.size() == 5);
    CHECK(items[2].anchors[4] == "builds coaches");

    const std::string once = writeWorkspaceJson(s);
    CHECK(once.find("\"unit\": \"points\"") != std::string::npos);
    CHECK(once.find("\"kind\": \"process\"") != std::string::npos);
    CHECK(once.find("\"kind\": \"result\"") == std::string::npos); // defaults are not written
    CHECK(once.find("\"anchors\"") != std::string::npos);
    const auto back = parseWorkspaceJson(once);
    REQUIRE(back.ok());
    CHECK(writeWorkspaceJson(back.settings) == once);
    CHECK(back.settings.kpiTemplates[0].items[2].anchors == items[2].anchors);
}

TEST_CASE("Workspace JSON: a KPI twice in a template, a bad kind or six anchors are refused", "[kpi-templates]")
{
    auto r = parseWorkspaceJson(withItems(R"(
        {"kpi": "revenue", "weight": 50, "target": "target", "rule": {"type": "linear"}},
        {"kpi": "revenue", "weight": 50, "target": 100, "rule": {"type": "linear"}})"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString()
          == "$.kpi_templates[0].items[1].kpi: KPI 'revenue' is already in items[0] of this template");

    r = parseWorkspaceJson(withItems(R"(
        {"kpi": "coaching", "weight": 100, "rule": {"type": "anchored"}, "anchors": ["1", "2", "3", "4", "5", "6"]})"));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "$.kpi_templates[0].items[0].anchors: at most 5 anchors (levels 1 to 5), not 6");

    r = parseWorkspaceJson(R"({"kpis": [{"code": "x", "name": "X", "kind": "outcome"}]})");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].toString() == "$.kpis[0].kind: unknown value 'outcome' (result, process)");
}

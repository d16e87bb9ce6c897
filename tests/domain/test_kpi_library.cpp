// The KPI library and template checks of the template editor (SPEC §6, docs/kpi.md "KPI library and template
// editor"): every problem found, each naming its template and item.

#include "domain/KpiLibrary.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sd;

namespace {

Rational q(const char* s)
{
    return *Rational::parse(s);
}

KpiTemplateItem item(const char* kpi, const char* weight, ScoringRuleType type = ScoringRuleType::Linear)
{
    KpiTemplateItem i;
    i.kpi = kpi;
    i.weight = q(weight);
    i.rule.type = type;
    if (type == ScoringRuleType::Linear || type == ScoringRuleType::Threshold || type == ScoringRuleType::Bands) {
        i.targetSource = KpiTemplateItem::TargetSource::Fixed;
        i.fixedTarget = q("10");
    }
    if (type == ScoringRuleType::Bands)
        i.rule.bands = {{q("1"), q("100")}, {q("0.8"), q("60")}};
    return i;
}

// A valid library: one manual KPI (csat) and a rep template using it, 60 + 30 + 10 = 100.
WorkspaceSettings valid()
{
    WorkspaceSettings s;
    s.kpis.push_back({"csat", "Customer satisfaction", "manual", false, "points", KpiKind::Result});
    KpiTemplate t;
    t.code = "rep_q";
    t.role = Role::Rep;
    t.items = {item("revenue", "60"), item("csat", "30", ScoringRuleType::Direct), item("visits", "10")};
    t.items[0].targetSource = KpiTemplateItem::TargetSource::OwnerTarget;
    s.kpiTemplates.push_back(t);
    return s;
}

std::vector<KpiLibraryProblem> problems(const WorkspaceSettings& s)
{
    std::vector<KpiLibraryProblem> out;
    for (const auto& i : checkKpiLibrary(s))
        out.push_back(i.problem);
    return out;
}

} // namespace

TEST_CASE("KPI library: the built-in KPIs of SPEC §6, process beside result metrics", "[kpi-templates]")
{
    const auto& b = builtinKpis();
    REQUIRE(b.size() == 8);
    CHECK(b.front().code == "revenue");
    CHECK(b.back().code == "review_360");
    for (const auto& k : b)
        CHECK(isBuiltinKpi(k.code));
    WorkspaceSettings s = valid();
    s.kpis.push_back({"pipeline_created", "Pipeline created", "manual", false, "", KpiKind::Process});
    CHECK(kpiKind(s, "visits") == KpiKind::Process);
    CHECK(kpiKind(s, "revenue") == KpiKind::Result);
    CHECK(kpiKind(s, "pipeline_created") == KpiKind::Process);
    CHECK(kpiKind(s, "csat") == KpiKind::Result);
    CHECK(isKnownKpi(s, "csat"));
    CHECK_FALSE(isKnownKpi(s, "nps"));
    CHECK(isValidKpiCode("pipeline_created"));
    CHECK_FALSE(isValidKpiCode("pipeline created"));
    CHECK_FALSE(isValidKpiCode("a,b"));
    CHECK_FALSE(isValidKpiCode(""));
}

TEST_CASE("KPI library: a valid library has no problem; which templates use a KPI", "[kpi-templates]")
{
    WorkspaceSettings s = valid();
    CHECK(checkKpiLibrary(s).empty());
    CHECK(weightTotal(s.kpiTemplates[0]) == Rational(100)); // 60 + 30 + 10
    KpiTemplate rm;
    rm.code = "rm_q";
    rm.role = Role::RegionalManager;
    rm.items = {item("csat", "100", ScoringRuleType::Direct)};
    s.kpiTemplates.push_back(rm);
    CHECK(templatesUsingKpi(s, "csat") == std::vector<std::string>{"rep_q", "rm_q"});
    CHECK(templatesUsingKpi(s, "revenue") == std::vector<std::string>{"rep_q"});
    CHECK(templatesUsingKpi(s, "win_rate").empty());
}

TEST_CASE("KPI templates: weights must sum to exactly 100", "[kpi-templates]")
{
    WorkspaceSettings s = valid();
    s.kpiTemplates[0].items[2].weight = q("9"); // 60 + 30 + 9 = 99
    auto issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].problem == KpiLibraryProblem::WeightsNotHundred);
    CHECK(issues[0].templateIndex == 0);
    CHECK(issues[0].code == "rep_q");
    CHECK(issues[0].value == Rational(99));

    s.kpiTemplates[0].items[2].weight = q("10.000001"); // 100.000001: exactly 100, not about 100
    issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].value == q("100.000001"));

    s.kpiTemplates[0].items[1].weight = q("29.5");
    s.kpiTemplates[0].items[2].weight = q("10.5"); // 60 + 29.5 + 10.5 = 100
    CHECK(checkKpiLibrary(s).empty());

    s.kpiTemplates[0].items[2].weight = q("0");
    s.kpiTemplates[0].items[1].weight = q("40"); // 60 + 40 + 0 = 100, but a zero weight
    issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].problem == KpiLibraryProblem::WeightNotPositive);
    CHECK(issues[0].itemIndex == 2);
    CHECK(issues[0].code == "visits");
}

TEST_CASE("KPI templates: unknown KPI, duplicate item, rule without bands name the template and item",
          "[kpi-templates]")
{
    WorkspaceSettings s = valid();
    s.kpiTemplates[0].items[1].kpi = "nps"; // not built in, not in the library
    auto issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].problem == KpiLibraryProblem::UnknownKpi);
    CHECK(issues[0].templateIndex == 0);
    CHECK(issues[0].itemIndex == 1);
    CHECK(issues[0].code == "nps");

    s = valid();
    s.kpiTemplates[0].items[2].kpi = "revenue"; // item 2 repeats item 0
    issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].problem == KpiLibraryProblem::DuplicateItem);
    CHECK(issues[0].itemIndex == 2);
    CHECK(issues[0].other == 0);

    s = valid();
    s.kpiTemplates[0].items[2] = item("visits", "10", ScoringRuleType::Bands);
    s.kpiTemplates[0].items[2].rule.bands.clear();
    issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].problem == KpiLibraryProblem::BandsMissing);
    CHECK(issues[0].itemIndex == 2);

    s.kpiTemplates[0].items[2].rule.bands = {{q("1"), q("100")}, {q("-0.5"), q("0")}, {q("1"), q("90")}};
    CHECK(problems(s)
          == std::vector<KpiLibraryProblem>{KpiLibraryProblem::BandMinimumNegative,
                                            KpiLibraryProblem::BandMinimumRepeated});
}

TEST_CASE("KPI templates: targets, rules and anchors", "[kpi-templates]")
{
    WorkspaceSettings s = valid();
    auto& items = s.kpiTemplates[0].items;

    items[2].targetSource = KpiTemplateItem::TargetSource::None; // linear visits without a target
    CHECK(problems(s) == std::vector<KpiLibraryProblem>{KpiLibraryProblem::TargetMissing});
    items[2].targetSource = KpiTemplateItem::TargetSource::OwnerTarget; // visits have no target rows (SPEC §3)
    CHECK(problems(s) == std::vector<KpiLibraryProblem>{KpiLibraryProblem::TargetUnavailable});
    items[2].targetSource = KpiTemplateItem::TargetSource::Fixed;
    items[2].fixedTarget = Rational(0); // a zero target: never applicable
    CHECK(problems(s) == std::vector<KpiLibraryProblem>{KpiLibraryProblem::TargetNotPositive});
    items[2].fixedTarget = Rational(20);

    items[2].rule.type = ScoringRuleType::Threshold;
    items[2].rule.threshold = q("-0.1");
    items[2].rule.floor = q("130");
    CHECK(problems(s)
          == std::vector<KpiLibraryProblem>{KpiLibraryProblem::FloorAboveCap, KpiLibraryProblem::ThresholdNegative});
    items[2].rule = ScoringRule{};

    items[0].rule.type = ScoringRuleType::Direct; // revenue in cents is no score
    CHECK(problems(s) == std::vector<KpiLibraryProblem>{KpiLibraryProblem::RuleNeedsManualKpi});
    items[0].kpi = "review_360"; // the 360 score is a score
    CHECK(checkKpiLibrary(s).empty());

    items[1].rule.type = ScoringRuleType::Anchored; // csat as a behaviour-anchored level
    CHECK(checkKpiLibrary(s).empty()); // no anchors: the scale is described elsewhere
    items[1].anchors = {"never", "rarely", "", "often", "always"};
    CHECK(problems(s) == std::vector<KpiLibraryProblem>{KpiLibraryProblem::AnchorsIncomplete});
    items[1].anchors[2] = "sometimes";
    CHECK(checkKpiLibrary(s).empty());
    items[1].anchors.pop_back(); // four levels described
    CHECK(problems(s) == std::vector<KpiLibraryProblem>{KpiLibraryProblem::AnchorsIncomplete});
}

TEST_CASE("KPI library: manual KPI codes and template codes", "[kpi-templates]")
{
    WorkspaceSettings s = valid();
    s.kpis.push_back({"revenue", "My revenue", "manual", false, "", KpiKind::Result});
    s.kpis.push_back({"csat", "", "manual", false, "", KpiKind::Result});
    s.kpis.push_back({"first call", "First call", "manual", false, "", KpiKind::Process});
    s.kpis.push_back({"revenue", "Revenue", "builtin", false, "", KpiKind::Result}); // a name entry: fine
    auto issues = checkKpiLibrary(s);
    REQUIRE(issues.size() == 4);
    CHECK(issues[0].problem == KpiLibraryProblem::KpiCodeBuiltin);
    CHECK(issues[0].kpiIndex == 1);
    CHECK(issues[1].problem == KpiLibraryProblem::KpiCodeDuplicate);
    CHECK(issues[1].kpiIndex == 2);
    CHECK(issues[1].other == 0);
    CHECK(issues[2].problem == KpiLibraryProblem::KpiNameEmpty);
    CHECK(issues[3].problem == KpiLibraryProblem::KpiCodeInvalid);

    s = valid();
    KpiTemplate copy = s.kpiTemplates[0];
    s.kpiTemplates.push_back(copy); // same code, same role and level
    KpiTemplate empty;
    empty.code = "";
    empty.role = Role::Rep;
    empty.level = Level::Senior;
    s.kpiTemplates.push_back(empty);
    CHECK(problems(s)
          == std::vector<KpiLibraryProblem>{
              KpiLibraryProblem::TemplateCodeDuplicate, KpiLibraryProblem::TemplateRoleLevelTaken,
              KpiLibraryProblem::TemplateCodeEmpty, KpiLibraryProblem::TemplateWithoutItems});
    const auto all = checkKpiLibrary(s);
    CHECK(all[1].other == 0);
    CHECK(all[1].templateIndex == 1);
}

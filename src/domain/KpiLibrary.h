#pragma once

// The KPI library and templates as the template editor sees them (SPEC §6): the built-in KPIs, whether a KPI
// is a process or a result metric, which templates use a KPI, and the checks a library with its templates must
// pass before it is saved. The checks return every problem found, each naming its KPI or its template and item,
// so the editor can word them (docs/kpi.md, "KPI library and template editor").

#include "domain/Kpi.h"
#include "domain/Settings.h"

#include <string>
#include <string_view>
#include <vector>

namespace sd {

// One KPI of SPEC §6's table that the product computes itself.
struct BuiltinKpi
{
    std::string_view code;
    KpiUnit unit;
    KpiKind kind;
};

// The built-in KPIs in SPEC §6's order: revenue, gross_profit, collections, collection_rate, new_customers,
// win_rate, visits, review_360.
const std::vector<BuiltinKpi>& builtinKpis();

// Process metric or result metric: from the catalogue for a built-in code (visits and review_360 are process
// metrics), from the workspace's definition for a manual one (result when undefined).
KpiKind kpiKind(const WorkspaceSettings& settings, std::string_view code);

// Whether the code is a built-in KPI or a manual one defined in the workspace's list.
bool isKnownKpi(const WorkspaceSettings& settings, std::string_view code);

// The codes of the templates that have an item of this KPI, in settings order.
std::vector<std::string> templatesUsingKpi(const WorkspaceSettings& settings, std::string_view code);

// Whether a manual KPI code can be used: not empty, no white space, commas or quotes (it is a CSV and JSON key).
bool isValidKpiCode(std::string_view code);

enum class KpiLibraryProblem
{
    // a manual KPI of the library (kpiIndex)
    KpiCodeEmpty,
    KpiCodeInvalid, // white space, a comma or a quote
    KpiCodeBuiltin, // a manual KPI with a built-in's code
    KpiCodeDuplicate, // other: the index of the first KPI with the code
    KpiNameEmpty,
    // a template (templateIndex)
    TemplateCodeEmpty,
    TemplateCodeDuplicate, // other: the index of the first template with the code
    TemplateRoleLevelTaken, // other: the index of the first template for the same role and level
    TemplateWithoutItems,
    WeightsNotHundred, // value: the sum
    // an item of a template (templateIndex, itemIndex)
    UnknownKpi,
    DuplicateItem, // other: the index of the first item of the same KPI
    WeightNotPositive, // value: the weight
    FloorAboveCap, // value: the floor, value2: the cap
    ThresholdNegative, // value: the threshold
    BandsMissing, // a bands rule without bands
    BandMinimumNegative, // other: the band's index, value: its minimum
    BandMinimumRepeated, // other: the band's index, value: its minimum
    TargetMissing, // linear, threshold or bands without a target
    TargetNotPositive, // a fixed target of 0 or below (the item could never be applicable); value: the target
    TargetUnavailable, // "the owner's target" for a KPI that has no targets (only revenue, gross profit,
    // collections and new customers have them)
    RuleNeedsManualKpi, // direct on a computed KPI other than review_360, anchored on any computed KPI
    AnchorsIncomplete, // an anchored item whose five levels are described in part
};

struct KpiLibraryIssue
{
    KpiLibraryProblem problem;
    int kpiIndex = -1; // into settings.kpis
    int templateIndex = -1; // into settings.kpiTemplates
    int itemIndex = -1; // into the template's items
    int other = -1; // see KpiLibraryProblem
    std::string code; // the KPI's code (library and item problems) or the template's code
    Rational value;
    Rational value2;
};

// Every problem of the manual KPIs and the templates of the settings, library first, then template by template
// and item by item. Empty when the library and the templates can be saved.
std::vector<KpiLibraryIssue> checkKpiLibrary(const WorkspaceSettings& settings);

// The sum of a template's item weights (what the editor shows live; it must be exactly 100).
Rational weightTotal(const KpiTemplate& kpiTemplate);

} // namespace sd

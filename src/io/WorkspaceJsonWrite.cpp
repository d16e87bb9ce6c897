// writeWorkspaceJson(): every setting, in the key order of INTERCHANGE.md.

#include "io/WorkspaceJson.h"

#include "io/WorkspaceJsonDetail.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <limits>

namespace sd::io {

using Json = nlohmann::ordered_json;

namespace {

// A decimal as a JSON number when the number's text is exactly the decimal (always for the
// ≤ 6-decimal values read from files), else as an exact string, so that reading it back is exact.
Json decimal(const Rational& r)
{
    if (r.isInteger() && r.num() >= std::numeric_limits<long long>::min() &&
        r.num() <= std::numeric_limits<long long>::max())
        return static_cast<long long>(r.num());
    const std::string text = r.toString();
    if (Rational::parse(text) == r) {
        Json n = std::strtod(text.c_str(), nullptr);
        if (n.dump() == text)
            return n;
    }
    return text;
}

Json level(const std::optional<Level>& l)
{
    if (!l)
        return nullptr;
    return std::string(toCode(*l));
}

Json pairList(const std::vector<std::pair<Rational, Rational>>& v)
{
    Json a = Json::array();
    for (const auto& [x, y] : v)
        a.push_back(Json::array({decimal(x), decimal(y)}));
    return a;
}

Json decimalMap(const std::map<std::string, Rational>& m)
{
    Json o = Json::object();
    for (const auto& [k, v] : m)
        o[k] = decimal(v);
    return o;
}

Json rule(const ScoringRule& r)
{
    Json j;
    j["type"] = std::string(detail::ruleTypeCode(r.type));
    switch (r.type) {
    case ScoringRuleType::Threshold:
        j["threshold"] = decimal(r.threshold);
        [[fallthrough]];
    case ScoringRuleType::Linear:
    case ScoringRuleType::Anchored:
        j["floor"] = decimal(r.floor);
        j["cap"] = decimal(r.cap);
        break;
    case ScoringRuleType::Bands: j["bands"] = pairList(r.bands); break;
    case ScoringRuleType::Direct: break;
    }
    return j;
}

Json component(const PlanComponent& c)
{
    Json j;
    j["type"] = std::string(detail::componentTypeCode(c.type));
    switch (c.type) {
    case PlanComponent::Type::Commission:
        j["base"] = std::string(toCode(c.base));
        j["mode"] = c.mode == CommissionMode::Marginal ? "marginal" : "retroactive";
        if (c.threshold)
            j["threshold"] = decimal(*c.threshold);
        j["tiers"] = pairList(c.tiers);
        if (c.cap)
            j["cap"] = c.cap->toString();
        j["category_multipliers"] = decimalMap(c.categoryMultipliers);
        break;
    case PlanComponent::Type::Bonus: {
        j["metric"] = c.metric;
        Json steps = Json::array();
        for (const auto& [a, m] : c.steps)
            steps.push_back(Json::array({decimal(a), m.toString()}));
        j["steps"] = steps;
        break;
    }
    case PlanComponent::Type::GradeBonus:
        j["base"] = c.gradeBase.toString();
        j["coefficients"] = decimalMap(c.coefficients);
        break;
    case PlanComponent::Type::Contest: {
        j["metric"] = c.metric;
        Json prizes = Json::array();
        for (const auto& p : c.prizes)
            prizes.push_back(p.money ? p.money->toString() : p.title);
        j["prizes"] = prizes;
        break;
    }
    }
    return j;
}

} // namespace

std::string writeWorkspaceJson(const WorkspaceSettings& s)
{
    Json j;
    j["currency"] = s.currency;
    j["fiscal_year_start_month"] = s.fiscalYearStartMonth;
    j["stall_days"] = s.stallDays;
    Json stages = Json::array();
    for (const auto& st : s.stages) {
        Json e;
        e["code"] = st.code;
        e["name"] = st.name;
        e["probability"] = decimal(st.probability);
        if (st.stallDays)
            e["stall_days"] = *st.stallDays;
        if (!st.exitCriteria.empty())
            e["exit_criteria"] = st.exitCriteria;
        stages.push_back(e);
    }
    j["stages"] = stages;

    Json factor = Json::object();
    for (const auto& [l, f] : s.capacity.levelFactor)
        factor[std::string(toCode(l))] = decimal(f);
    Json ramp = Json::array();
    for (const auto& [months, f] : s.capacity.ramp)
        ramp.push_back(Json::array({months, decimal(f)}));
    j["capacity"] = {{"level_factor", factor}, {"ramp", ramp}};

    Json kpis = Json::array();
    for (const auto& k : s.kpis) {
        Json e = {{"code", k.code}, {"name", k.name}, {"source", k.source}, {"lower_is_better", k.lowerIsBetter}};
        // Written only when set, so documents without them stay as they were.
        if (!k.unit.empty())
            e["unit"] = k.unit;
        if (k.kind != KpiKind::Result)
            e["kind"] = std::string(detail::kpiKindCode(k.kind));
        kpis.push_back(e);
    }
    j["kpis"] = kpis;

    Json templates = Json::array();
    for (const auto& t : s.kpiTemplates) {
        Json items = Json::array();
        for (const auto& it : t.items) {
            Json e;
            e["kpi"] = it.kpi;
            e["weight"] = decimal(it.weight);
            e["perspective"] = std::string(detail::perspectiveCode(it.perspective));
            if (it.targetSource == KpiTemplateItem::TargetSource::OwnerTarget)
                e["target"] = "target";
            else if (it.targetSource == KpiTemplateItem::TargetSource::Fixed)
                e["target"] = decimal(it.fixedTarget);
            e["rule"] = rule(it.rule);
            if (!it.anchors.empty())
                e["anchors"] = it.anchors;
            items.push_back(e);
        }
        templates.push_back({{"code", t.code}, {"role", std::string(toCode(t.role))}, {"level", level(t.level)},
                             {"items", items}});
    }
    j["kpi_templates"] = templates;

    j["review_weights"] = decimalMap(s.reviewWeights);
    Json grades = Json::array();
    for (const auto& [g, min] : s.grades)
        grades.push_back(Json::array({g, decimal(min)}));
    j["grades"] = grades;

    Json plans = Json::array();
    for (const auto& p : s.incentivePlans) {
        Json e;
        e["code"] = p.code;
        e["role"] = std::string(toCode(p.role));
        e["level"] = level(p.level);
        e["period"] = p.period == PeriodKind::Quarter ? "quarter" : "month";
        if (p.effectiveFrom)
            e["effective_from"] = p.effectiveFrom->toString();
        Json comps = Json::array();
        for (const auto& c : p.components)
            comps.push_back(component(c));
        e["components"] = comps;
        plans.push_back(e);
    }
    j["incentive_plans"] = plans;
    j["tier_composition"] = s.tierComposition;
    j["grade_distribution"] = {{"max_share_s", decimal(s.maxShareS)}, {"max_share_sa", decimal(s.maxShareSA)}};
    return j.dump(2) + "\n";
}

} // namespace sd::io

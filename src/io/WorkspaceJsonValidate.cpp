// validateSettings(): the rules of a workspace JSON beyond its types, with the JSON paths.

#include "io/WorkspaceJson.h"

#include "io/WorkspaceJsonDetail.h"

#include <algorithm>
#include <map>
#include <set>

namespace sd::io {

namespace {

std::string idx(const std::string& path, size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

class Validator
{
public:
    Validator(const WorkspaceSettings& s, std::vector<JsonIssue>& out)
        : m_s(s)
        , m_out(out)
    {
        for (const auto& c : builtinKpiCodes())
            m_kpiCodes.insert(c);
        for (const auto& k : s.kpis)
            m_kpiCodes.insert(k.code);
    }

    void error(const std::string& path, const std::string& msg) { m_out.push_back({path, msg}); }

    void range(const Rational& v, const Rational& lo, const Rational& hi, const std::string& path, const char* what)
    {
        if (v < lo || v > hi)
            error(path,
                  std::string(what) + " must be between " + lo.toString() + " and " + hi.toString() + ", not "
                      + v.toString());
    }

    void nonNegative(const Rational& v, const std::string& path)
    {
        if (v.isNegative())
            error(path, "must not be negative, not " + v.toString());
    }

    bool knownKpi(const std::string& code) const { return m_kpiCodes.count(code) > 0; }

    void general()
    {
        if (m_s.currency.empty())
            error("$.currency", "must not be empty");
        if (m_s.fiscalYearStartMonth < 1 || m_s.fiscalYearStartMonth > 12)
            error("$.fiscal_year_start_month",
                  "must be between 1 and 12, not " + std::to_string(m_s.fiscalYearStartMonth));
        if (m_s.stallDays < 1)
            error("$.stall_days", "must be at least 1");
    }

    void stages()
    {
        if (m_s.stages.empty())
            error("$.stages", "at least one open stage is needed");
        std::set<std::string> seen;
        for (size_t i = 0; i < m_s.stages.size(); ++i) {
            const auto& st = m_s.stages[i];
            const std::string p = idx("$.stages", i);
            if (st.code.empty())
                error(p + ".code", "must not be empty");
            else if (st.code == "won" || st.code == "lost")
                error(p + ".code", "'" + st.code + "' is a terminal state, not an open stage");
            else if (!seen.insert(st.code).second)
                error(p + ".code", "duplicate stage code '" + st.code + "'");
            range(st.probability, Rational(0), Rational(100), p + ".probability", "a probability");
            if (st.stallDays && *st.stallDays < 1)
                error(p + ".stall_days", "must be at least 1");
        }
    }

    void capacity()
    {
        for (const auto& [level, f] : m_s.capacity.levelFactor)
            nonNegative(f, "$.capacity.level_factor." + std::string(toCode(level)));
        int prev = 0;
        for (size_t i = 0; i < m_s.capacity.ramp.size(); ++i) {
            const auto& [months, factor] = m_s.capacity.ramp[i];
            const std::string p = idx("$.capacity.ramp", i);
            if (months <= prev)
                error(idx(p, 0), "months must be above 0 and strictly ascending");
            prev = std::max(prev, months);
            nonNegative(factor, idx(p, 1));
        }
    }

    void kpis()
    {
        std::set<std::string> seen;
        for (size_t i = 0; i < m_s.kpis.size(); ++i) {
            const auto& k = m_s.kpis[i];
            const std::string p = idx("$.kpis", i);
            const auto& b = builtinKpiCodes();
            const bool builtin = std::find(b.begin(), b.end(), k.code) != b.end();
            if (k.code.empty())
                error(p + ".code", "must not be empty");
            else if (!seen.insert(k.code).second)
                error(p + ".code", "duplicate KPI code '" + k.code + "'");
            else if (k.source == "manual" && builtin)
                error(p + ".code", "'" + k.code + "' is a built-in KPI; a manual KPI needs another code");
            else if (k.source == "builtin" && !builtin)
                error(p + ".source", "'" + k.code + "' is not a built-in KPI");
        }
    }

    void rule(const ScoringRule& r, const std::string& p)
    {
        if (r.floor > r.cap)
            error(p + ".floor", "floor " + r.floor.toString() + " is above cap " + r.cap.toString());
        if (r.type == ScoringRuleType::Threshold)
            nonNegative(r.threshold, p + ".threshold");
        if (r.type == ScoringRuleType::Bands) {
            if (r.bands.empty())
                error(p + ".bands", "a bands rule needs bands [[minimum attainment, score], …]");
            for (size_t i = 0; i < r.bands.size(); ++i)
                nonNegative(r.bands[i].first, idx(idx(p + ".bands", i), 0));
        }
    }

    void templates()
    {
        std::set<std::string> codes;
        std::set<std::pair<int, int>> roleLevels;
        for (size_t i = 0; i < m_s.kpiTemplates.size(); ++i) {
            const auto& t = m_s.kpiTemplates[i];
            const std::string p = idx("$.kpi_templates", i);
            if (t.code.empty())
                error(p + ".code", "must not be empty");
            else if (!codes.insert(t.code).second)
                error(p + ".code", "duplicate template code '" + t.code + "'");
            if (!roleLevels.insert({int(t.role), t.level ? int(*t.level) : -1}).second)
                error(p + ".role",
                      "a second template for role " + std::string(toCode(t.role)) + " and level "
                          + (t.level ? std::string(toCode(*t.level)) : std::string("any")));
            if (t.items.empty())
                error(p + ".items", "a template needs at least one item");
            Rational sum;
            std::map<std::string, size_t> itemOf;
            for (size_t k = 0; k < t.items.size(); ++k) {
                const auto& item = t.items[k];
                const std::string ip = idx(p + ".items", k);
                if (!knownKpi(item.kpi))
                    error(ip + ".kpi", "unknown KPI code '" + item.kpi + "' (built-in codes or the kpis list)");
                else if (auto [at, fresh] = itemOf.emplace(item.kpi, k); !fresh)
                    error(ip + ".kpi",
                          "KPI '" + item.kpi + "' is already in items[" + std::to_string(at->second)
                              + "] of this template");
                if (item.anchors.size() > 5)
                    error(ip + ".anchors",
                          "at most 5 anchors (levels 1 to 5), not " + std::to_string(item.anchors.size()));
                if (!item.weight.isPositive())
                    error(ip + ".weight", "must be more than 0, not " + item.weight.toString());
                sum += item.weight;
                rule(item.rule, ip + ".rule");
                bool needsTarget = item.rule.type == ScoringRuleType::Linear
                    || item.rule.type == ScoringRuleType::Threshold || item.rule.type == ScoringRuleType::Bands;
                if (needsTarget && item.targetSource == KpiTemplateItem::TargetSource::None)
                    error(ip + ".target",
                          std::string("a ") + std::string(detail::ruleTypeCode(item.rule.type))
                              + " rule needs a target (\"target\" or a number)");
                if (item.targetSource == KpiTemplateItem::TargetSource::Fixed && item.fixedTarget.isNegative())
                    error(ip + ".target", "must not be negative");
            }
            if (!t.items.empty() && sum != Rational(100))
                error(idx(p + ".items", t.items.size() - 1) + ".weight",
                      "weights sum to " + sum.toString() + ", must be exactly 100");
        }
    }

    void reviewWeights()
    {
        Rational sum;
        for (const auto& [kind, w] : m_s.reviewWeights) {
            if (std::none_of(std::begin(detail::reviewKinds), std::end(detail::reviewKinds),
                             [&kind = kind](const char* k) { return kind == k; })) // clang < 16: no binding capture
                error("$.review_weights." + kind, "unknown reviewer kind (supervisor, peer, customer, self)");
            nonNegative(w, "$.review_weights." + kind);
            sum += w;
        }
        if (!sum.isPositive())
            error("$.review_weights", "at least one weight must be more than 0");
    }

    void grades()
    {
        if (m_s.grades.empty())
            error("$.grades", "at least one grade is needed");
        std::set<std::string> seen;
        for (size_t i = 0; i < m_s.grades.size(); ++i) {
            const auto& [label, min] = m_s.grades[i];
            const std::string p = idx("$.grades", i);
            if (label.empty())
                error(idx(p, 0), "a grade needs a label");
            else if (!seen.insert(label).second)
                error(idx(p, 0), "duplicate grade '" + label + "'");
            if (i > 0 && !(min < m_s.grades[i - 1].second))
                error(idx(p, 1),
                      "grades must be in descending order of their minimum total: " + min.toString() + " is not below "
                          + m_s.grades[i - 1].second.toString());
        }
    }

    void commission(const PlanComponent& c, const std::string& p)
    {
        if (c.base != Metric::Revenue && c.base != Metric::GrossProfit && c.base != Metric::Collections)
            error(p + ".base", "commission base must be revenue, gross_profit or collections");
        if (c.tiers.empty())
            error(p + ".tiers", "a commission needs tiers [[0, rate], …]");
        for (size_t i = 0; i < c.tiers.size(); ++i) {
            const auto& [from, rate] = c.tiers[i];
            const std::string tp = idx(p + ".tiers", i);
            if (i == 0 && !from.isZero())
                error(idx(tp, 0), "the first tier must start at 0, not " + from.toString());
            if (i > 0 && !(from > c.tiers[i - 1].first))
                error(idx(tp, 0),
                      "tiers must be strictly ascending: " + from.toString() + " is not above "
                          + c.tiers[i - 1].first.toString());
            range(rate, Rational(0), Rational(1), idx(tp, 1), "a rate");
        }
        if (c.threshold)
            nonNegative(*c.threshold, p + ".threshold");
        if (c.cap && c.cap->isNegative())
            error(p + ".cap", "must not be negative");
        for (const auto& [cat, f] : c.categoryMultipliers)
            nonNegative(f, p + ".category_multipliers." + cat);
    }

    void plans()
    {
        std::set<std::string> seen;
        for (size_t i = 0; i < m_s.incentivePlans.size(); ++i) {
            const auto& plan = m_s.incentivePlans[i];
            const std::string p = idx("$.incentive_plans", i);
            const std::string codeKey = plan.code + "\n" + (plan.effectiveFrom ? plan.effectiveFrom->toString() : "");
            if (plan.code.empty())
                error(p + ".code", "must not be empty");
            else if (!seen.insert(codeKey).second)
                error(p + ".code",
                      "duplicate plan code '" + plan.code + "' (a newer version needs its effective_from)");
            if (plan.period != PeriodKind::Month && plan.period != PeriodKind::Quarter)
                error(p + ".period", "must be month or quarter");
            for (size_t k = 0; k < plan.components.size(); ++k) {
                const auto& c = plan.components[k];
                const std::string cp = idx(p + ".components", k);
                switch (c.type) {
                case PlanComponent::Type::Commission:
                    commission(c, cp);
                    break;
                case PlanComponent::Type::Bonus:
                    if (!knownKpi(c.metric))
                        error(cp + ".metric", "unknown KPI code '" + c.metric + "'");
                    if (c.steps.empty())
                        error(cp + ".steps", "a bonus needs steps [[attainment, \"amount\"], …]");
                    for (size_t s = 0; s < c.steps.size(); ++s) {
                        const std::string sp = idx(cp + ".steps", s);
                        nonNegative(c.steps[s].first, idx(sp, 0));
                        if (s > 0 && !(c.steps[s].first > c.steps[s - 1].first))
                            error(idx(sp, 0), "steps must be strictly ascending");
                        if (c.steps[s].second.isNegative())
                            error(idx(sp, 1), "must not be negative");
                    }
                    break;
                case PlanComponent::Type::GradeBonus:
                    if (plan.period != PeriodKind::Quarter)
                        error(cp + ".type", "a grade_bonus belongs in a quarter plan");
                    if (c.gradeBase.isNegative())
                        error(cp + ".base", "must not be negative");
                    for (const auto& [g, f] : c.coefficients) {
                        if (std::none_of(m_s.grades.begin(), m_s.grades.end(),
                                         [&g = g](const auto& gr) { return gr.first == g; }))
                            error(cp + ".coefficients." + g, "unknown grade '" + g + "'");
                        nonNegative(f, cp + ".coefficients." + g);
                    }
                    for (const auto& gr : m_s.grades)
                        if (!c.coefficients.count(gr.first))
                            error(cp + ".coefficients", "no coefficient for grade '" + gr.first + "'");
                    break;
                case PlanComponent::Type::Contest:
                    if (!knownKpi(c.metric))
                        error(cp + ".metric", "unknown KPI code '" + c.metric + "'");
                    if (c.prizes.empty())
                        error(cp + ".prizes", "a contest needs at least one prize");
                    for (size_t r = 0; r < c.prizes.size(); ++r) {
                        const auto& pr = c.prizes[r];
                        if (pr.money && !pr.money->isPositive())
                            error(idx(cp + ".prizes", r), "a money prize must be more than 0");
                        if (!pr.money && pr.title.empty())
                            error(idx(cp + ".prizes", r), "a prize is an amount or a title, not empty");
                    }
                    break;
                }
            }
        }
    }

    void extensions()
    {
        int total = 0;
        for (size_t i = 0; i < m_s.tierComposition.size(); ++i) {
            if (m_s.tierComposition[i] < 0)
                error(idx("$.tier_composition", i), "must not be negative");
            total += m_s.tierComposition[i];
        }
        if (total <= 0)
            error("$.tier_composition", "needs at least one tier above 0");
        range(m_s.maxShareS, Rational(0), Rational(1), "$.grade_distribution.max_share_s", "a share");
        range(m_s.maxShareSA, Rational(0), Rational(1), "$.grade_distribution.max_share_sa", "a share");
        if (m_s.maxShareS > m_s.maxShareSA)
            error("$.grade_distribution.max_share_s", "the S share cannot be above the S+A share");
    }

private:
    const WorkspaceSettings& m_s;
    std::vector<JsonIssue>& m_out;
    std::set<std::string> m_kpiCodes;
};

} // namespace

std::vector<JsonIssue> validateSettings(const WorkspaceSettings& settings)
{
    std::vector<JsonIssue> out;
    Validator v(settings, out);
    v.general();
    v.stages();
    v.capacity();
    v.kpis();
    v.templates();
    v.reviewWeights();
    v.grades();
    v.plans();
    v.extensions();
    return out;
}

} // namespace sd::io

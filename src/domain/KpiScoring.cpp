#include "domain/KpiScoring.h"

#include <algorithm>

namespace sd {

std::string_view toCode(NotApplicableReason r)
{
    switch (r) {
    case NotApplicableReason::None: return "";
    case NotApplicableReason::NoActual: return "no_actual";
    case NotApplicableReason::NoTarget: return "no_target";
    case NotApplicableReason::ZeroTarget: return "zero_target";
    case NotApplicableReason::ZeroActualLowerIsBetter: return "zero_actual_lower_is_better";
    }
    return "";
}

namespace {

Rational linearScore(const ScoringRule& rule, const Rational& a)
{
    return max(rule.floor, min(Rational(100) * a, rule.cap));
}

} // namespace

Rational ruleScore(const ScoringRule& rule, const Rational& x)
{
    switch (rule.type) {
    case ScoringRuleType::Linear: return linearScore(rule, x);
    case ScoringRuleType::Threshold: return x < rule.threshold ? Rational(0) : linearScore(rule, x);
    case ScoringRuleType::Bands: {
        const std::pair<Rational, Rational>* best = nullptr;
        for (const auto& band : rule.bands)
            if (band.first <= x && (!best || band.first > best->first))
                best = &band;
        return best ? best->second : Rational(0);
    }
    case ScoringRuleType::Direct: return x;
    case ScoringRuleType::Anchored: return Rational(20) * x;
    }
    return Rational(0);
}

bool ruleNeedsTarget(ScoringRuleType t) { return t != ScoringRuleType::Direct && t != ScoringRuleType::Anchored; }

ItemScore scoreItem(const KpiTemplateItem& item, KpiUnit unit, bool lowerIsBetter, std::optional<Rational> actual,
                    std::optional<Rational> target)
{
    ItemScore s;
    s.kpi = item.kpi;
    s.weight = item.weight;
    s.perspective = item.perspective;
    s.ruleType = item.rule.type;
    s.unit = unit;
    s.lowerIsBetter = lowerIsBetter;
    s.actual = actual;
    s.target = target;
    if (!actual) {
        s.reason = NotApplicableReason::NoActual;
        return s;
    }
    if (!ruleNeedsTarget(item.rule.type)) {
        s.score = ruleScore(item.rule, *actual);
        s.applicable = true;
        return s;
    }
    if (!target) {
        s.reason = NotApplicableReason::NoTarget;
        return s;
    }
    if (target->isZero()) {
        s.reason = NotApplicableReason::ZeroTarget;
        return s;
    }
    if (lowerIsBetter && actual->isZero()) {
        s.reason = NotApplicableReason::ZeroActualLowerIsBetter;
        return s;
    }
    s.attainment = lowerIsBetter ? *target / *actual : *actual / *target;
    s.score = ruleScore(item.rule, *s.attainment);
    s.applicable = true;
    return s;
}

std::vector<std::pair<std::string, Rational>> sortedGrades(const std::vector<std::pair<std::string, Rational>>& grades)
{
    auto out = grades;
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::optional<std::string> gradeFor(const Rational& total, const std::vector<std::pair<std::string, Rational>>& grades)
{
    auto sorted = sortedGrades(grades);
    if (sorted.empty())
        return std::nullopt;
    for (const auto& [code, minimum] : sorted)
        if (total >= minimum)
            return code;
    return sorted.back().first;
}

ScoreTotal totalOf(const std::vector<ItemScore>& items, const std::vector<std::pair<std::string, Rational>>& grades)
{
    ScoreTotal t;
    Rational weighted;
    for (const ItemScore& s : items) {
        if (!s.applicable || !s.score)
            continue;
        t.applicableWeight += s.weight;
        weighted += s.weight * *s.score;
    }
    if (t.applicableWeight.isZero())
        return t;
    t.exact = weighted / t.applicableWeight;
    t.rounded = Rational(t.exact->roundedScaled(2), 100);
    t.grade = gradeFor(*t.rounded, grades);
    return t;
}

DistributionCheck checkDistribution(const std::vector<std::string>& grades, const WorkspaceSettings& settings)
{
    DistributionCheck c;
    auto sorted = sortedGrades(settings.grades);
    if (!sorted.empty())
        c.topGrade = sorted[0].first;
    if (sorted.size() > 1)
        c.secondGrade = sorted[1].first;
    for (const std::string& g : grades) {
        ++c.graded;
        if (!c.topGrade.empty() && g == c.topGrade)
            ++c.countS, ++c.countSA;
        else if (!c.secondGrade.empty() && g == c.secondGrade)
            ++c.countSA;
    }
    const Rational n(static_cast<long long>(c.graded));
    c.allowedS = static_cast<std::size_t>((settings.maxShareS * n).floor());
    c.allowedSA = static_cast<std::size_t>((settings.maxShareSA * n).floor());
    if (c.graded > 0) {
        c.shareS = Rational(static_cast<long long>(c.countS)) / n;
        c.shareSA = Rational(static_cast<long long>(c.countSA)) / n;
        c.passesS = *c.shareS <= settings.maxShareS;
        c.passesSA = *c.shareSA <= settings.maxShareSA;
    }
    return c;
}

} // namespace sd

#include "domain/KpiLibrary.h"

#include <map>
#include <set>
#include <utility>

namespace sd {

const std::vector<BuiltinKpi>& builtinKpis()
{
    static const std::vector<BuiltinKpi> kpis = {
        {"revenue", KpiUnit::Money, KpiKind::Result},       {"gross_profit", KpiUnit::Money, KpiKind::Result},
        {"collections", KpiUnit::Money, KpiKind::Result},   {"collection_rate", KpiUnit::Ratio, KpiKind::Result},
        {"new_customers", KpiUnit::Count, KpiKind::Result}, {"win_rate", KpiUnit::Ratio, KpiKind::Result},
        {"visits", KpiUnit::Count, KpiKind::Process},       {"review_360", KpiUnit::Score, KpiKind::Process},
    };
    return kpis;
}

KpiKind kpiKind(const WorkspaceSettings& settings, std::string_view code)
{
    for (const BuiltinKpi& k : builtinKpis())
        if (k.code == code)
            return k.kind;
    const KpiDef* def = findKpiDef(settings, code);
    return def ? def->kind : KpiKind::Result;
}

bool isKnownKpi(const WorkspaceSettings& settings, std::string_view code)
{
    return isBuiltinKpi(code) || findKpiDef(settings, code) != nullptr;
}

std::vector<std::string> templatesUsingKpi(const WorkspaceSettings& settings, std::string_view code)
{
    std::vector<std::string> out;
    for (const KpiTemplate& t : settings.kpiTemplates)
        for (const KpiTemplateItem& item : t.items)
            if (item.kpi == code) {
                out.push_back(t.code);
                break;
            }
    return out;
}

bool isValidKpiCode(std::string_view code)
{
    if (code.empty())
        return false;
    for (char c : code)
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '"' || c == '\'')
            return false;
    return true;
}

Rational weightTotal(const KpiTemplate& kpiTemplate)
{
    Rational sum;
    for (const KpiTemplateItem& item : kpiTemplate.items)
        sum += item.weight;
    return sum;
}

namespace {

class Checker
{
public:
    Checker(const WorkspaceSettings& s, std::vector<KpiLibraryIssue>& out)
        : m_s(s)
        , m_out(out)
    {
    }

    void library()
    {
        std::map<std::string, int> first;
        for (size_t i = 0; i < m_s.kpis.size(); ++i) {
            const KpiDef& k = m_s.kpis[i];
            if (k.source == "builtin")
                continue; // a built-in's name entry: the catalogue decides, the workspace JSON check covers it
            KpiLibraryIssue issue{};
            issue.kpiIndex = int(i);
            issue.code = k.code;
            if (k.code.empty())
                add(issue, KpiLibraryProblem::KpiCodeEmpty);
            else if (!isValidKpiCode(k.code))
                add(issue, KpiLibraryProblem::KpiCodeInvalid);
            else if (isBuiltinKpi(k.code))
                add(issue, KpiLibraryProblem::KpiCodeBuiltin);
            else if (auto [at, fresh] = first.emplace(k.code, int(i)); !fresh) {
                issue.other = at->second;
                add(issue, KpiLibraryProblem::KpiCodeDuplicate);
            }
            if (k.name.empty())
                add(issue, KpiLibraryProblem::KpiNameEmpty);
        }
    }

    void templates()
    {
        std::map<std::string, int> firstCode;
        std::map<std::pair<int, int>, int> firstRoleLevel;
        for (size_t t = 0; t < m_s.kpiTemplates.size(); ++t) {
            const KpiTemplate& tmpl = m_s.kpiTemplates[t];
            KpiLibraryIssue issue{};
            issue.templateIndex = int(t);
            issue.code = tmpl.code;
            if (tmpl.code.empty())
                add(issue, KpiLibraryProblem::TemplateCodeEmpty);
            else if (auto [at, fresh] = firstCode.emplace(tmpl.code, int(t)); !fresh) {
                issue.other = at->second;
                add(issue, KpiLibraryProblem::TemplateCodeDuplicate);
            }
            const std::pair<int, int> roleLevel{int(tmpl.role), tmpl.level ? int(*tmpl.level) : -1};
            if (auto [at, fresh] = firstRoleLevel.emplace(roleLevel, int(t)); !fresh) {
                KpiLibraryIssue taken = issue;
                taken.other = at->second;
                add(taken, KpiLibraryProblem::TemplateRoleLevelTaken);
            }
            if (tmpl.items.empty()) {
                add(issue, KpiLibraryProblem::TemplateWithoutItems);
                continue;
            }
            std::map<std::string, int> firstItem;
            for (size_t i = 0; i < tmpl.items.size(); ++i)
                item(tmpl, int(t), int(i), firstItem);
            const Rational sum = weightTotal(tmpl);
            if (sum != Rational(100)) {
                KpiLibraryIssue total = issue;
                total.value = sum;
                add(total, KpiLibraryProblem::WeightsNotHundred);
            }
        }
    }

private:
    void add(KpiLibraryIssue issue, KpiLibraryProblem problem)
    {
        issue.problem = problem;
        m_out.push_back(std::move(issue));
    }

    void item(const KpiTemplate& tmpl, int t, int i, std::map<std::string, int>& firstItem)
    {
        const KpiTemplateItem& item = tmpl.items[size_t(i)];
        KpiLibraryIssue base{};
        base.templateIndex = t;
        base.itemIndex = i;
        base.code = item.kpi;
        const bool known = isKnownKpi(m_s, item.kpi);
        if (!known)
            add(base, KpiLibraryProblem::UnknownKpi);
        else if (auto [at, fresh] = firstItem.emplace(item.kpi, i); !fresh) {
            KpiLibraryIssue dup = base;
            dup.other = at->second;
            add(dup, KpiLibraryProblem::DuplicateItem);
        }
        if (!item.weight.isPositive()) {
            KpiLibraryIssue w = base;
            w.value = item.weight;
            add(w, KpiLibraryProblem::WeightNotPositive);
        }
        rule(item, base, known);
        target(item, base, known);
    }

    void rule(const KpiTemplateItem& item, const KpiLibraryIssue& base, bool known)
    {
        const ScoringRule& r = item.rule;
        const bool scoresAttainment = r.type == ScoringRuleType::Linear || r.type == ScoringRuleType::Threshold;
        if (scoresAttainment && r.floor > r.cap) {
            KpiLibraryIssue f = base;
            f.value = r.floor;
            f.value2 = r.cap;
            add(f, KpiLibraryProblem::FloorAboveCap);
        }
        if (r.type == ScoringRuleType::Threshold && r.threshold.isNegative()) {
            KpiLibraryIssue th = base;
            th.value = r.threshold;
            add(th, KpiLibraryProblem::ThresholdNegative);
        }
        if (r.type == ScoringRuleType::Bands) {
            if (r.bands.empty())
                add(base, KpiLibraryProblem::BandsMissing);
            std::set<Rational> minimums;
            for (size_t b = 0; b < r.bands.size(); ++b) {
                KpiLibraryIssue band = base;
                band.other = int(b);
                band.value = r.bands[b].first;
                if (r.bands[b].first.isNegative())
                    add(band, KpiLibraryProblem::BandMinimumNegative);
                else if (!minimums.insert(r.bands[b].first).second)
                    add(band, KpiLibraryProblem::BandMinimumRepeated);
            }
        }
        const bool builtin = isBuiltinKpi(item.kpi);
        if (known
            && ((r.type == ScoringRuleType::Direct && builtin && item.kpi != "review_360")
                || (r.type == ScoringRuleType::Anchored && builtin)))
            add(base, KpiLibraryProblem::RuleNeedsManualKpi);
        if (r.type == ScoringRuleType::Anchored && !item.anchors.empty()) {
            bool complete = item.anchors.size() == 5;
            for (const std::string& a : item.anchors)
                complete = complete && a.find_first_not_of(" \t\r\n") != std::string::npos;
            if (!complete)
                add(base, KpiLibraryProblem::AnchorsIncomplete);
        }
    }

    void target(const KpiTemplateItem& item, const KpiLibraryIssue& base, bool known)
    {
        const ScoringRuleType type = item.rule.type;
        const bool needsTarget
            = type == ScoringRuleType::Linear || type == ScoringRuleType::Threshold || type == ScoringRuleType::Bands;
        if (!needsTarget)
            return;
        switch (item.targetSource) {
        case KpiTemplateItem::TargetSource::None:
            add(base, KpiLibraryProblem::TargetMissing);
            break;
        case KpiTemplateItem::TargetSource::Fixed:
            if (!item.fixedTarget.isPositive()) {
                KpiLibraryIssue t = base;
                t.value = item.fixedTarget;
                add(t, KpiLibraryProblem::TargetNotPositive);
            }
            break;
        case KpiTemplateItem::TargetSource::OwnerTarget:
            if (known && !kpiTargetMetric(item.kpi))
                add(base, KpiLibraryProblem::TargetUnavailable);
            break;
        }
    }

    const WorkspaceSettings& m_s;
    std::vector<KpiLibraryIssue>& m_out;
};

} // namespace

std::vector<KpiLibraryIssue> checkKpiLibrary(const WorkspaceSettings& settings)
{
    std::vector<KpiLibraryIssue> out;
    Checker checker(settings, out);
    checker.library();
    checker.templates();
    return out;
}

} // namespace sd

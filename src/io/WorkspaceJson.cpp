#include "io/WorkspaceJson.h"

#include "io/WorkspaceJsonDetail.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace sd::io {

using nlohmann::json;

namespace {

std::string idx(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }
std::string key(const std::string& path, std::string_view k) { return path + "." + std::string(k); }

// Reads one document, collecting errors with their JSON paths; fields in error keep their defaults.
class Reader
{
public:
    explicit Reader(WorkspaceJsonResult& r)
        : m_r(r)
    {
    }

    void error(const std::string& path, const std::string& msg) { m_r.errors.push_back({path, msg}); }

    // Warns about keys an object should not have; false (an error) when it is not an object.
    bool object(const json& j, const std::string& path, std::initializer_list<std::string_view> known)
    {
        if (!j.is_object()) {
            error(path, "must be an object");
            return false;
        }
        for (auto it = j.begin(); it != j.end(); ++it)
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                m_r.warnings.push_back({key(path, it.key()), "unknown key, ignored"});
        return true;
    }

    bool array(const json& j, const std::string& path)
    {
        if (!j.is_array()) {
            error(path, "must be an array");
            return false;
        }
        return true;
    }

    std::optional<Rational> decimal(const json& j, const std::string& path, int maxDigits = 6)
    {
        std::string text;
        if (j.is_number_integer() || j.is_number_unsigned() || j.is_number_float())
            text = j.dump(); // the number's shortest round-trip text: 0.03 → "0.03"
        else if (j.is_string())
            text = j.get<std::string>();
        else {
            error(path, "must be a decimal number (a JSON number or a string)");
            return std::nullopt;
        }
        auto r = Rational::parse(text, maxDigits);
        if (!r) {
            if (Rational::parse(text))
                error(path, "more than " + std::to_string(maxDigits) + " decimals: " + text);
            else
                error(path, "not a decimal number: " + text);
        }
        return r;
    }

    std::optional<long long> integer(const json& j, const std::string& path, long long min, long long max)
    {
        auto r = decimal(j, path, 18);
        if (!r)
            return std::nullopt;
        if (!r->isInteger()) {
            error(path, "must be a whole number, not " + r->toString());
            return std::nullopt;
        }
        if (*r < Rational(min) || *r > Rational(max)) {
            error(path, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                            r->toString());
            return std::nullopt;
        }
        return static_cast<long long>(r->num());
    }

    std::optional<std::string> string(const json& j, const std::string& path)
    {
        if (!j.is_string()) {
            error(path, "must be a string");
            return std::nullopt;
        }
        return j.get<std::string>();
    }

    std::optional<Money> money(const json& j, const std::string& path)
    {
        if (!j.is_string()) {
            error(path, "money is written as a string with at most two decimals (\"3000.00\")");
            return std::nullopt;
        }
        auto m = Money::parse(j.get<std::string>());
        if (!m)
            error(path, "not an amount of money (at most two decimals): '" + j.get<std::string>() + "'");
        return m;
    }

    std::optional<bool> boolean(const json& j, const std::string& path)
    {
        if (!j.is_boolean()) {
            error(path, "must be true or false");
            return std::nullopt;
        }
        return j.get<bool>();
    }

    template <class E>
    std::optional<E> code(const json& j, const std::string& path, std::optional<E> (*fromCode)(std::string_view),
                          const char* allowed)
    {
        auto s = string(j, path);
        if (!s)
            return std::nullopt;
        auto e = fromCode(*s);
        if (!e)
            error(path, "unknown value '" + *s + "' (" + allowed + ")");
        return e;
    }

    // A level, or null / absent for "any level".
    std::optional<Level> level(const json& obj, const std::string& path)
    {
        if (!obj.contains("level") || obj["level"].is_null())
            return std::nullopt;
        return code(obj["level"], key(path, "level"), levelFromCode, "junior, mid, senior, or null");
    }

    // [[a, b], …] pairs read by the two callbacks.
    template <class A, class B>
    std::vector<std::pair<A, B>> pairs(const json& j, const std::string& path,
                                       std::optional<A> (Reader::*first)(const json&, const std::string&),
                                       std::optional<B> (Reader::*second)(const json&, const std::string&))
    {
        std::vector<std::pair<A, B>> out;
        if (!array(j, path))
            return out;
        for (size_t i = 0; i < j.size(); ++i) {
            const std::string p = idx(path, i);
            if (!j[i].is_array() || j[i].size() != 2) {
                error(p, "must be a pair [a, b]");
                continue;
            }
            auto a = (this->*first)(j[i][0], idx(p, 0));
            auto b = (this->*second)(j[i][1], idx(p, 1));
            if (a && b)
                out.emplace_back(*a, *b);
        }
        return out;
    }
    std::optional<Rational> dec(const json& j, const std::string& p) { return decimal(j, p); }
    std::optional<int> months(const json& j, const std::string& p)
    {
        auto n = integer(j, p, 0, 1200);
        return n ? std::optional<int>(int(*n)) : std::nullopt;
    }
    std::optional<std::string> str(const json& j, const std::string& p) { return string(j, p); }
    std::optional<Money> mon(const json& j, const std::string& p) { return money(j, p); }

    std::map<std::string, Rational> decimalMap(const json& j, const std::string& path)
    {
        std::map<std::string, Rational> out;
        if (!j.is_object()) {
            error(path, "must be an object");
            return out;
        }
        for (auto it = j.begin(); it != j.end(); ++it)
            if (auto r = decimal(it.value(), key(path, it.key())))
                out[it.key()] = *r;
        return out;
    }

    void stages(const json& j, const std::string& path, WorkspaceSettings& s);
    void capacity(const json& j, const std::string& path, CapacitySettings& c);
    void kpis(const json& j, const std::string& path, WorkspaceSettings& s);
    ScoringRule rule(const json& j, const std::string& path);
    void templates(const json& j, const std::string& path, WorkspaceSettings& s);
    PlanComponent component(const json& j, const std::string& path);
    void plans(const json& j, const std::string& path, WorkspaceSettings& s);
    void document(const json& j);

private:
    WorkspaceJsonResult& m_r;
};

void Reader::stages(const json& j, const std::string& path, WorkspaceSettings& s)
{
    if (!array(j, path))
        return;
    s.stages.clear();
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string p = idx(path, i);
        const json& e = j[i];
        if (!object(e, p, {"code", "name", "probability", "stall_days", "exit_criteria"}))
            continue;
        StageDef d;
        if (e.contains("code"))
            d.code = string(e["code"], key(p, "code")).value_or("");
        d.name = e.contains("name") ? string(e["name"], key(p, "name")).value_or("") : d.code;
        if (e.contains("probability"))
            d.probability = decimal(e["probability"], key(p, "probability")).value_or(Rational(0));
        else
            error(key(p, "probability"), "missing: a stage needs a win probability (0–100)");
        if (e.contains("stall_days") && !e["stall_days"].is_null())
            if (auto n = integer(e["stall_days"], key(p, "stall_days"), 1, 3650))
                d.stallDays = int(*n);
        if (e.contains("exit_criteria") && array(e["exit_criteria"], key(p, "exit_criteria")))
            for (size_t k = 0; k < e["exit_criteria"].size(); ++k)
                if (auto c = string(e["exit_criteria"][k], idx(key(p, "exit_criteria"), k)))
                    d.exitCriteria.push_back(*c);
        s.stages.push_back(std::move(d));
    }
}

void Reader::capacity(const json& j, const std::string& path, CapacitySettings& c)
{
    if (!object(j, path, {"level_factor", "ramp"}))
        return;
    if (j.contains("level_factor")) {
        const std::string p = key(path, "level_factor");
        if (object(j["level_factor"], p, {"junior", "mid", "senior"}))
            for (auto it = j["level_factor"].begin(); it != j["level_factor"].end(); ++it)
                if (auto l = levelFromCode(it.key()))
                    if (auto r = decimal(it.value(), key(p, it.key())))
                        c.levelFactor[*l] = *r;
    }
    if (j.contains("ramp"))
        c.ramp = pairs<int, Rational>(j["ramp"], key(path, "ramp"), &Reader::months, &Reader::dec);
}

void Reader::kpis(const json& j, const std::string& path, WorkspaceSettings& s)
{
    if (!array(j, path))
        return;
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string p = idx(path, i);
        const json& e = j[i];
        if (!object(e, p, {"code", "name", "source", "lower_is_better", "unit", "kind"}))
            continue;
        KpiDef k;
        if (e.contains("code"))
            k.code = string(e["code"], key(p, "code")).value_or("");
        k.name = e.contains("name") ? string(e["name"], key(p, "name")).value_or("") : k.code;
        if (e.contains("source")) {
            auto src = string(e["source"], key(p, "source"));
            if (src && *src != "manual" && *src != "builtin")
                error(key(p, "source"), "unknown value '" + *src + "' (manual, builtin)");
            else if (src)
                k.source = *src;
        }
        if (e.contains("lower_is_better"))
            k.lowerIsBetter = boolean(e["lower_is_better"], key(p, "lower_is_better")).value_or(false);
        if (e.contains("unit") && !e["unit"].is_null())
            k.unit = string(e["unit"], key(p, "unit")).value_or("");
        if (e.contains("kind"))
            k.kind = code(e["kind"], key(p, "kind"), detail::kpiKindFromCode, "result, process").value_or(k.kind);
        s.kpis.push_back(std::move(k));
    }
}

ScoringRule Reader::rule(const json& j, const std::string& path)
{
    ScoringRule r;
    if (!object(j, path, {"type", "floor", "cap", "threshold", "bands"}))
        return r;
    if (!j.contains("type"))
        error(key(path, "type"), "missing: linear, threshold, bands, direct or anchored");
    else if (auto t = code(j["type"], key(path, "type"), detail::ruleTypeFromCode,
                           "linear, threshold, bands, direct, anchored"))
        r.type = *t;
    if (j.contains("floor"))
        r.floor = decimal(j["floor"], key(path, "floor")).value_or(r.floor);
    if (j.contains("cap"))
        r.cap = decimal(j["cap"], key(path, "cap")).value_or(r.cap);
    if (j.contains("threshold"))
        r.threshold = decimal(j["threshold"], key(path, "threshold")).value_or(r.threshold);
    if (j.contains("bands"))
        r.bands = pairs<Rational, Rational>(j["bands"], key(path, "bands"), &Reader::dec, &Reader::dec);
    return r;
}

void Reader::templates(const json& j, const std::string& path, WorkspaceSettings& s)
{
    if (!array(j, path))
        return;
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string p = idx(path, i);
        const json& e = j[i];
        if (!object(e, p, {"code", "role", "level", "items"}))
            continue;
        KpiTemplate t;
        if (e.contains("code"))
            t.code = string(e["code"], key(p, "code")).value_or("");
        if (!e.contains("role"))
            error(key(p, "role"), "missing: senior_manager, regional_manager or rep");
        else if (auto r = code(e["role"], key(p, "role"), roleFromCode, "senior_manager, regional_manager, rep"))
            t.role = *r;
        t.level = level(e, p);
        if (e.contains("items") && array(e["items"], key(p, "items"))) {
            const json& items = e["items"];
            for (size_t k = 0; k < items.size(); ++k) {
                const std::string ip = idx(key(p, "items"), k);
                const json& it = items[k];
                if (!object(it, ip, {"kpi", "weight", "perspective", "target", "rule", "anchors"}))
                    continue;
                KpiTemplateItem item;
                if (it.contains("kpi"))
                    item.kpi = string(it["kpi"], key(ip, "kpi")).value_or("");
                if (it.contains("weight"))
                    item.weight = decimal(it["weight"], key(ip, "weight")).value_or(Rational(0));
                else
                    error(key(ip, "weight"), "missing");
                if (it.contains("perspective"))
                    item.perspective = code(it["perspective"], key(ip, "perspective"), detail::perspectiveFromCode,
                                            "financial, customer, process, learning")
                                           .value_or(Perspective::Financial);
                if (it.contains("target") && !it["target"].is_null()) {
                    const json& tj = it["target"];
                    if (tj.is_string() && tj.get<std::string>() == "target") {
                        item.targetSource = KpiTemplateItem::TargetSource::OwnerTarget;
                    } else if (auto v = decimal(tj, key(ip, "target"))) {
                        item.targetSource = KpiTemplateItem::TargetSource::Fixed;
                        item.fixedTarget = *v;
                    }
                }
                if (it.contains("rule"))
                    item.rule = rule(it["rule"], key(ip, "rule"));
                else
                    error(key(ip, "rule"), "missing: a scoring rule");
                if (it.contains("anchors") && array(it["anchors"], key(ip, "anchors")))
                    for (size_t a = 0; a < it["anchors"].size(); ++a)
                        item.anchors.push_back(string(it["anchors"][a], idx(key(ip, "anchors"), a)).value_or(""));
                t.items.push_back(std::move(item));
            }
        }
        s.kpiTemplates.push_back(std::move(t));
    }
}

PlanComponent Reader::component(const json& j, const std::string& path)
{
    PlanComponent c;
    if (!j.is_object()) {
        error(path, "must be an object");
        return c;
    }
    if (!j.contains("type")) {
        error(key(path, "type"), "missing: commission, bonus, grade_bonus or contest");
        return c;
    }
    auto type = code(j["type"], key(path, "type"), detail::componentTypeFromCode,
                     "commission, bonus, grade_bonus, contest");
    if (!type)
        return c;
    c.type = *type;
    switch (c.type) {
    case PlanComponent::Type::Commission:
        object(j, path, {"type", "base", "mode", "threshold", "tiers", "cap", "category_multipliers"});
        if (j.contains("base")) {
            auto m = code(j["base"], key(path, "base"), metricFromCode, "revenue, gross_profit, collections");
            if (m && *m == Metric::NewCustomers)
                error(key(path, "base"), "commission base must be revenue, gross_profit or collections");
            else if (m)
                c.base = *m;
        }
        if (j.contains("mode")) {
            auto m = string(j["mode"], key(path, "mode"));
            if (m && *m == "marginal")
                c.mode = CommissionMode::Marginal;
            else if (m && *m == "retroactive")
                c.mode = CommissionMode::Retroactive;
            else if (m)
                error(key(path, "mode"), "unknown value '" + *m + "' (marginal, retroactive)");
        }
        if (j.contains("threshold") && !j["threshold"].is_null())
            c.threshold = decimal(j["threshold"], key(path, "threshold"));
        if (j.contains("tiers"))
            c.tiers = pairs<Rational, Rational>(j["tiers"], key(path, "tiers"), &Reader::dec, &Reader::dec);
        else
            error(key(path, "tiers"), "missing: [[0, rate], …]");
        if (j.contains("cap") && !j["cap"].is_null())
            c.cap = money(j["cap"], key(path, "cap"));
        if (j.contains("category_multipliers"))
            c.categoryMultipliers = decimalMap(j["category_multipliers"], key(path, "category_multipliers"));
        break;
    case PlanComponent::Type::Bonus:
        object(j, path, {"type", "metric", "steps"});
        if (j.contains("metric"))
            c.metric = string(j["metric"], key(path, "metric")).value_or("");
        if (j.contains("steps"))
            c.steps = pairs<Rational, Money>(j["steps"], key(path, "steps"), &Reader::dec, &Reader::mon);
        else
            error(key(path, "steps"), "missing: [[attainment, \"amount\"], …]");
        break;
    case PlanComponent::Type::GradeBonus:
        object(j, path, {"type", "base", "coefficients"});
        if (j.contains("base"))
            c.gradeBase = money(j["base"], key(path, "base")).value_or(Money());
        else
            error(key(path, "base"), "missing: the bonus amount a coefficient of 1 pays");
        if (j.contains("coefficients"))
            c.coefficients = decimalMap(j["coefficients"], key(path, "coefficients"));
        break;
    case PlanComponent::Type::Contest:
        object(j, path, {"type", "metric", "prizes"});
        if (j.contains("metric"))
            c.metric = string(j["metric"], key(path, "metric")).value_or("");
        if (j.contains("prizes") && array(j["prizes"], key(path, "prizes"))) {
            for (size_t i = 0; i < j["prizes"].size(); ++i) {
                auto s = string(j["prizes"][i], idx(key(path, "prizes"), i));
                if (!s)
                    continue;
                Prize prize;
                if (auto m = Money::parse(*s))
                    prize.money = *m;
                else
                    prize.title = *s;
                c.prizes.push_back(std::move(prize));
            }
        } else if (!j.contains("prizes")) {
            error(key(path, "prizes"), "missing: money amounts or titles in rank order");
        }
        break;
    }
    return c;
}

void Reader::plans(const json& j, const std::string& path, WorkspaceSettings& s)
{
    if (!array(j, path))
        return;
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string p = idx(path, i);
        const json& e = j[i];
        if (!object(e, p, {"code", "role", "level", "period", "effective_from", "components"}))
            continue;
        IncentivePlan plan;
        if (e.contains("code"))
            plan.code = string(e["code"], key(p, "code")).value_or("");
        if (!e.contains("role"))
            error(key(p, "role"), "missing: senior_manager, regional_manager or rep");
        else if (auto r = code(e["role"], key(p, "role"), roleFromCode, "senior_manager, regional_manager, rep"))
            plan.role = *r;
        plan.level = level(e, p);
        if (e.contains("period")) {
            auto per = string(e["period"], key(p, "period"));
            if (per && *per == "month")
                plan.period = PeriodKind::Month;
            else if (per && *per == "quarter")
                plan.period = PeriodKind::Quarter;
            else if (per)
                error(key(p, "period"), "unknown value '" + *per + "' (month, quarter)");
        }
        if (e.contains("effective_from") && !e["effective_from"].is_null()) {
            if (auto d = string(e["effective_from"], key(p, "effective_from"))) {
                plan.effectiveFrom = Date::parse(*d);
                if (!plan.effectiveFrom)
                    error(key(p, "effective_from"), "not a date (YYYY-MM-DD): '" + *d + "'");
            }
        }
        if (e.contains("components") && array(e["components"], key(p, "components")))
            for (size_t k = 0; k < e["components"].size(); ++k)
                plan.components.push_back(component(e["components"][k], idx(key(p, "components"), k)));
        s.incentivePlans.push_back(std::move(plan));
    }
}

void Reader::document(const json& j)
{
    WorkspaceSettings& s = m_r.settings;
    if (!object(j, "$",
                {"currency", "fiscal_year_start_month", "stall_days", "stages", "capacity", "kpis", "kpi_templates",
                 "review_weights", "grades", "incentive_plans", "tier_composition", "grade_distribution"}))
        return;
    if (j.contains("currency"))
        s.currency = string(j["currency"], "$.currency").value_or(s.currency);
    if (j.contains("fiscal_year_start_month"))
        if (auto n = integer(j["fiscal_year_start_month"], "$.fiscal_year_start_month", 1, 12))
            s.fiscalYearStartMonth = int(*n);
    if (j.contains("stall_days"))
        if (auto n = integer(j["stall_days"], "$.stall_days", 1, 3650))
            s.stallDays = int(*n);
    if (j.contains("stages"))
        stages(j["stages"], "$.stages", s);
    if (j.contains("capacity"))
        capacity(j["capacity"], "$.capacity", s.capacity);
    if (j.contains("kpis"))
        kpis(j["kpis"], "$.kpis", s);
    if (j.contains("kpi_templates"))
        templates(j["kpi_templates"], "$.kpi_templates", s);
    if (j.contains("review_weights") &&
        object(j["review_weights"], "$.review_weights", {"supervisor", "peer", "customer", "self"}))
        for (auto it = j["review_weights"].begin(); it != j["review_weights"].end(); ++it)
            if (s.reviewWeights.count(it.key()))
                if (auto r = decimal(it.value(), key("$.review_weights", it.key())))
                    s.reviewWeights[it.key()] = *r;
    if (j.contains("grades")) {
        s.grades = pairs<std::string, Rational>(j["grades"], "$.grades", &Reader::str, &Reader::dec);
    }
    if (j.contains("incentive_plans"))
        plans(j["incentive_plans"], "$.incentive_plans", s);
    if (j.contains("tier_composition") && array(j["tier_composition"], "$.tier_composition")) {
        s.tierComposition.clear();
        for (size_t i = 0; i < j["tier_composition"].size(); ++i)
            if (auto n = integer(j["tier_composition"][i], idx("$.tier_composition", i), 0, 1000))
                s.tierComposition.push_back(int(*n));
    }
    if (j.contains("grade_distribution") &&
        object(j["grade_distribution"], "$.grade_distribution", {"max_share_s", "max_share_sa"})) {
        const json& g = j["grade_distribution"];
        if (g.contains("max_share_s"))
            s.maxShareS = decimal(g["max_share_s"], "$.grade_distribution.max_share_s").value_or(s.maxShareS);
        if (g.contains("max_share_sa"))
            s.maxShareSA = decimal(g["max_share_sa"], "$.grade_distribution.max_share_sa").value_or(s.maxShareSA);
    }
}

} // namespace

const std::vector<std::string>& builtinKpiCodes()
{
    static const std::vector<std::string> codes = {"revenue",       "gross_profit", "collections", "collection_rate",
                                                   "new_customers", "win_rate",     "visits",      "review_360"};
    return codes;
}

WorkspaceJsonResult parseWorkspaceJson(std::string_view text)
{
    WorkspaceJsonResult r;
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) {
        std::string why;
        try {
            json again = json::parse(text.begin(), text.end());
            (void)again;
        } catch (const json::exception& e) { // parse_error, or out_of_range for a number too large (1E400)
            why = std::string(": ") + e.what();
        }
        r.errors.push_back({"$", "not valid JSON" + why});
        return r;
    }
    Reader(r).document(j);
    // Semantic checks, skipping paths that already have a type error.
    std::set<std::string> bad;
    for (const auto& e : r.errors)
        bad.insert(e.path);
    for (auto& e : validateSettings(r.settings))
        if (!bad.count(e.path))
            r.errors.push_back(std::move(e));
    return r;
}

WorkspaceJsonResult readWorkspaceJsonFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        WorkspaceJsonResult r;
        r.errors.push_back({"$", "cannot read the file " + path.string()});
        return r;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return parseWorkspaceJson(ss.str());
}

WorkspaceSettings readSettingsFile(const std::filesystem::path& path)
{
    auto r = readWorkspaceJsonFile(path);
    if (!r.ok()) {
        std::string msg = path.filename().string() + ": the settings are not valid:";
        for (const auto& e : r.errors)
            msg += "\n  " + e.toString();
        throw SettingsError(msg, r.errors);
    }
    return r.settings;
}

} // namespace sd::io

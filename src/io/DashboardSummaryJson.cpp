#include "io/DashboardSummaryJson.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace sd::io {

namespace {

using nlohmann::json;

// A Rational as exact "num/den" text (the 128-bit parts do not fit a JSON number).
json ratio(const std::optional<Rational>& r)
{
    return r ? json(i128ToString(r->num()) + "/" + i128ToString(r->den())) : json(nullptr);
}

[[noreturn]] void fail(const std::string& path, const std::string& what)
{
    throw std::runtime_error(path + ": " + what);
}

i128 parseI128(const std::string& text, const std::string& path)
{
    const auto value = Rational::parse(text, 0);
    if (!value || !value->isInteger())
        fail(path, "not a number");
    return value->num();
}

std::optional<Rational> ratioFrom(const json& j, const std::string& path)
{
    if (j.is_null())
        return std::nullopt;
    if (!j.is_string())
        fail(path, "expected \"num/den\" text or null");
    const std::string text = j.get<std::string>();
    const auto slash = text.find('/');
    if (slash == std::string::npos)
        fail(path, "expected \"num/den\" text");
    const i128 den = parseI128(text.substr(slash + 1), path);
    if (den <= 0)
        fail(path, "the denominator must be positive");
    return Rational(parseI128(text.substr(0, slash), path), den);
}

const json& member(const json& obj, const char* key, const std::string& path)
{
    if (!obj.is_object())
        fail(path, "expected an object");
    const auto it = obj.find(key);
    if (it == obj.end())
        fail(path + "." + key, "missing");
    return *it;
}

std::int64_t integer(const json& obj, const char* key, const std::string& path)
{
    const json& j = member(obj, key, path);
    if (!j.is_number_integer())
        fail(path + "." + key, "expected an integer");
    return j.get<std::int64_t>();
}

std::string text(const json& obj, const char* key, const std::string& path)
{
    const json& j = member(obj, key, path);
    if (!j.is_string())
        fail(path + "." + key, "expected text");
    return j.get<std::string>();
}

Date date(const json& obj, const char* key, const std::string& path)
{
    const auto d = Date::parse(text(obj, key, path));
    if (!d)
        fail(path + "." + key, "expected a date YYYY-MM-DD");
    return *d;
}

const json& array(const json& obj, const char* key, const std::string& path)
{
    const json& j = member(obj, key, path);
    if (!j.is_array())
        fail(path + "." + key, "expected an array");
    return j;
}

int small(std::int64_t v, const std::string& path)
{
    if (v < -1000000000 || v > 1000000000)
        fail(path, "out of range");
    return static_cast<int>(v);
}

json bars(const std::array<std::optional<DashboardSummary::Bar>, 3>& spans)
{
    json out = json::array();
    for (const auto& b : spans)
        out.push_back(b ? json{{"actual", b->actualCents}, {"target", b->targetCents}, {"attainment", ratio(b->attainment)}}
                        : json(nullptr));
    return out;
}

std::array<std::optional<DashboardSummary::Bar>, 3> barsFrom(const json& obj, const char* key, const std::string& path)
{
    const json& a = array(obj, key, path);
    if (a.size() != 3)
        fail(path + "." + key, "expected month, quarter and year");
    std::array<std::optional<DashboardSummary::Bar>, 3> out;
    for (std::size_t i = 0; i < 3; ++i) {
        const std::string p = path + "." + key + "[" + std::to_string(i) + "]";
        if (a[i].is_null())
            continue;
        out[i] = DashboardSummary::Bar{integer(a[i], "actual", p), integer(a[i], "target", p),
                                       ratioFrom(member(a[i], "attainment", p), p + ".attainment")};
    }
    return out;
}

const char* kindName(CareReminder::Kind k)
{
    switch (k) {
    case CareReminder::Kind::Birthday: return "birthday";
    case CareReminder::Kind::Founded: return "founded";
    case CareReminder::Kind::NotContacted: return "not_contacted";
    }
    return "birthday";
}

} // namespace

nlohmann::json dashboardSummaryToJson(const DashboardSummary& s)
{
    json stages = json::array();
    for (const auto& st : s.stages)
        stages.push_back({{"code", st.code}, {"count", st.count}});
    json stalled = json::array();
    for (const auto& d : s.stalled)
        stalled.push_back({{"name", d.name}, {"days", d.days}, {"amount", d.amountCents}});
    json care = json::array();
    for (const auto& c : s.care)
        care.push_back({{"kind", kindName(c.kind)}, {"name", c.name}, {"date", c.date.toString()}, {"days", c.days}});
    json places = json::array();
    for (const auto& p : s.leaderboard)
        places.push_back({{"rank", p.rank}, {"rep_id", p.repId}, {"rep_name", p.repName}, {"value", ratio(p.value)},
                          {"prize", p.prizeCents}, {"titles", p.titles}});
    return json{{"today", s.today.toString()},
                {"owner", s.owner},
                {"revenue", bars(s.revenue)},
                {"collections", bars(s.collections)},
                {"open_count", s.openCount},
                {"open_amount", s.openAmountCents},
                {"weighted", s.weightedCents},
                {"win_rate", ratio(s.winRate)},
                {"stages", stages},
                {"balance", s.balanceCents},
                {"overdue", s.overdueCents},
                {"over_90", s.over90Cents},
                {"credit_flags", s.creditFlags},
                {"collection_rate", ratio(s.collectionRate)},
                {"stall_days", s.stallDays},
                {"stalled_count", s.stalledCount},
                {"stalled_amount", s.stalledAmountCents},
                {"stalled", stalled},
                {"key_dates", s.keyDatesCount},
                {"not_contacted", s.notContactedCount},
                {"care", care},
                {"contest_metric", s.contestMetric},
                {"contest_period", s.contestPeriod},
                {"leaderboard", places}};
}

DashboardSummary dashboardSummaryFromJson(const nlohmann::json& j)
{
    const std::string root = "$";
    DashboardSummary s;
    s.today = date(j, "today", root);
    s.owner = text(j, "owner", root);
    s.revenue = barsFrom(j, "revenue", root);
    s.collections = barsFrom(j, "collections", root);
    s.openCount = integer(j, "open_count", root);
    s.openAmountCents = integer(j, "open_amount", root);
    s.weightedCents = integer(j, "weighted", root);
    s.winRate = ratioFrom(member(j, "win_rate", root), "$.win_rate");
    const json& stages = array(j, "stages", root);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const std::string p = "$.stages[" + std::to_string(i) + "]";
        s.stages.push_back({text(stages[i], "code", p), integer(stages[i], "count", p)});
    }
    s.balanceCents = integer(j, "balance", root);
    s.overdueCents = integer(j, "overdue", root);
    s.over90Cents = integer(j, "over_90", root);
    s.creditFlags = integer(j, "credit_flags", root);
    s.collectionRate = ratioFrom(member(j, "collection_rate", root), "$.collection_rate");
    s.stallDays = small(integer(j, "stall_days", root), "$.stall_days");
    s.stalledCount = integer(j, "stalled_count", root);
    s.stalledAmountCents = integer(j, "stalled_amount", root);
    const json& stalled = array(j, "stalled", root);
    for (std::size_t i = 0; i < stalled.size(); ++i) {
        const std::string p = "$.stalled[" + std::to_string(i) + "]";
        s.stalled.push_back({text(stalled[i], "name", p), small(integer(stalled[i], "days", p), p + ".days"),
                             integer(stalled[i], "amount", p)});
    }
    s.keyDatesCount = integer(j, "key_dates", root);
    s.notContactedCount = integer(j, "not_contacted", root);
    const json& care = array(j, "care", root);
    for (std::size_t i = 0; i < care.size(); ++i) {
        const std::string p = "$.care[" + std::to_string(i) + "]";
        const std::string kind = text(care[i], "kind", p);
        DashboardSummary::Care c;
        if (kind == "birthday")
            c.kind = CareReminder::Kind::Birthday;
        else if (kind == "founded")
            c.kind = CareReminder::Kind::Founded;
        else if (kind == "not_contacted")
            c.kind = CareReminder::Kind::NotContacted;
        else
            fail(p + ".kind", "unknown kind '" + kind + "'");
        c.name = text(care[i], "name", p);
        c.date = date(care[i], "date", p);
        c.days = small(integer(care[i], "days", p), p + ".days");
        s.care.push_back(std::move(c));
    }
    s.contestMetric = text(j, "contest_metric", root);
    s.contestPeriod = text(j, "contest_period", root);
    const json& places = array(j, "leaderboard", root);
    for (std::size_t i = 0; i < places.size(); ++i) {
        const std::string p = "$.leaderboard[" + std::to_string(i) + "]";
        DashboardSummary::Place place;
        place.rank = small(integer(places[i], "rank", p), p + ".rank");
        place.repId = text(places[i], "rep_id", p);
        place.repName = text(places[i], "rep_name", p);
        const auto value = ratioFrom(member(places[i], "value", p), p + ".value");
        if (!value)
            fail(p + ".value", "missing");
        place.value = *value;
        place.prizeCents = integer(places[i], "prize", p);
        const json& titles = array(places[i], "titles", p);
        for (std::size_t t = 0; t < titles.size(); ++t) {
            if (!titles[t].is_string())
                fail(p + ".titles[" + std::to_string(t) + "]", "expected text");
            place.titles.push_back(titles[t].get<std::string>());
        }
        s.leaderboard.push_back(std::move(place));
    }
    return s;
}

} // namespace sd::io

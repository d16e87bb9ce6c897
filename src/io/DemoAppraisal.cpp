// The demo company's plans and appraisal inputs: monthly targets set from last year's actuals, manual KPI
// values (csat, behaviour-anchored levels) and 360-degree reviews per quarter.

#include "io/DemoCsvWriter.h"
#include "io/DemoModel.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace sd::io::demo {

namespace {

constexpr int kSeasonSum = 11950; // Σ seasonality(1…12)
constexpr std::int64_t kTypicalPerMille = 800;

std::string monthLabel(int y, int mo)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, mo);
    return buf;
}

std::string quarterLabel(int y, int q)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04dQ%d", y, q);
    return buf;
}

bool activeIn(const DemoRep& r, Date first, Date last)
{
    return r.hire <= last && (!r.left || r.leftOn >= first);
}

// Capacity group of a seller: 0 junior, 1 mid, 2 senior, 3 regional manager.
int groupOf(const DemoRep& r)
{
    if (r.role == Role::RegionalManager)
        return 3;
    return r.level == Level::Senior ? 2 : r.level == Level::Mid ? 1 : 0;
}

int rampPerMille(int tenureMonths)
{
    return tenureMonths < 3 ? 250 : tenureMonths < 6 ? 500 : tenureMonths < 12 ? 750 : 1000;
}

int wholeMonths(Date from, Date to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

// Rounds cents up to a multiple of `step` yuan.
std::int64_t roundUp(std::int64_t cents, std::int64_t step)
{
    const std::int64_t unit = step * 100;
    return (cents + unit - 1) / unit * unit;
}

std::int64_t roundNearest(std::int64_t cents, std::int64_t step)
{
    const std::int64_t unit = step * 100;
    return (cents + unit / 2) / unit * unit;
}

struct GroupStats
{
    std::int64_t revenue = 0, grossProfit = 0, collections = 0, newCustomers = 0, visits = 0, repMonths = 0;
};

class AppraisalWriter
{
public:
    explicit AppraisalWriter(DemoModel& m)
        : m(m)
        , rng(m.rng)
        , newCustomers(m.reps.size() * static_cast<size_t>(m.months), 0)
    {
        for (const auto& c : m.customers)
            if (c.firstOrderRep >= 0 && c.firstOrder >= m.start.days())
                ++newCustomers[m.slot(c.firstOrderRep, Date::fromDays(c.firstOrder))];
    }

    // Per group: totals over the fully ramped, whole months a seller worked in fiscal year `year`.
    std::array<GroupStats, 4> statsFor(int year) const
    {
        std::array<GroupStats, 4> g{};
        for (size_t i = 0; i < m.reps.size(); ++i) {
            const DemoRep& r = m.reps[i];
            if (!r.isSeller())
                continue;
            for (int mo = 1; mo <= 12; ++mo) {
                const Date first = Date::fromYmd(year, mo, 1);
                const Date last = Date::fromYmd(year, mo, Date::daysInMonth(year, mo));
                if (r.hire > first.addDays(-365) || (r.left && r.leftOn < last) || last > m.asOf)
                    continue;
                GroupStats& s = g[static_cast<size_t>(groupOf(r))];
                const size_t cell = m.slot(static_cast<int>(i), first);
                s.revenue += m.revenue[cell];
                s.grossProfit += m.grossProfit[cell];
                s.collections += m.collections[cell];
                s.newCustomers += newCustomers[cell];
                s.visits += m.visits[cell];
                ++s.repMonths;
            }
        }
        return g;
    }

    void writeTargets(const std::string& path, DemoSummary& summary)
    {
        DemoCsvWriter w(path, { "owner_kind", "owner_id", "metric", "period", "segment", "amount" });
        const int nUnits = static_cast<int>(m.units.size());
        for (int year = m.currentYear - 1; year <= m.currentYear; ++year) {
            const auto stats = statsFor(year - 1);
            const int growth = year == m.currentYear ? 1100 : 1050;
            std::int64_t allRevenue = 0, allCollections = 0;
            for (const auto& s : stats) {
                allRevenue += s.revenue;
                allCollections += s.collections;
            }
            const std::int64_t collectPerMille
                = allRevenue > 0 ? std::min<std::int64_t>(1000, allCollections * 1000 / allRevenue) : 900;
            // Per unit × month × metric, summed from the reps up.
            std::vector<std::array<std::int64_t, 4>> unitSums(static_cast<size_t>(nUnits) * 12, { 0, 0, 0, 0 });
            for (size_t i = 0; i < m.reps.size(); ++i) {
                const DemoRep& r = m.reps[i];
                if (!r.isSeller())
                    continue;
                const GroupStats& own = stats[static_cast<size_t>(groupOf(r))];
                const GroupStats& s = own.repMonths > 0 ? own : stats[1];
                if (s.repMonths == 0)
                    continue;
                // Half the level's mean, half the seller's own record where a year of it exists; the mean of
                // lumpy deal sizes runs above what a typical seller books, hence the discount.
                std::int64_t meanRevenue = s.revenue / s.repMonths;
                std::int64_t ownRevenue = 0, ownMonths = 0;
                for (int mo = 1; mo <= 12; ++mo) {
                    const Date first = Date::fromYmd(year - 1, mo, 1);
                    if (r.hire <= first.addDays(-365) && (!r.left || r.leftOn >= first.addMonths(1))) {
                        ownRevenue += m.revenue[m.slot(static_cast<int>(i), first)];
                        ++ownMonths;
                    }
                }
                if (ownMonths >= 6)
                    meanRevenue = (meanRevenue + ownRevenue / ownMonths) / 2;
                meanRevenue = meanRevenue * kTypicalPerMille / 1000;
                const std::int64_t gpPerMille = s.revenue > 0 ? s.grossProfit * 1000 / s.revenue : 400;
                const std::int64_t newPerMille = s.newCustomers * 1000 / s.repMonths;
                for (int mo = 1; mo <= 12; ++mo) {
                    const Date first = Date::fromYmd(year, mo, 1);
                    const Date last = Date::fromYmd(year, mo, Date::daysInMonth(year, mo));
                    if (!activeIn(r, first, last))
                        continue;
                    const int ramp = rampPerMille(first < r.hire ? 0 : wholeMonths(r.hire, first));
                    std::int64_t rev = meanRevenue * seasonality(mo) * 12 / kSeasonSum;
                    rev = rev * ramp / 1000 * growth / 1000 * rng.betweenInt(900, 1100) / 1000;
                    rev = std::max<std::int64_t>(roundNearest(rev, 1000), 1000000);
                    const std::int64_t gp = std::max<std::int64_t>(roundNearest(rev * gpPerMille / 1000, 1000), 100000);
                    const std::int64_t coll
                        = std::max<std::int64_t>(roundNearest(rev * collectPerMille / 1000, 1000), 100000);
                    const std::int64_t nc = rng.scaled(1, newPerMille * ramp / 1000 * growth / 1000);
                    const std::string label = monthLabel(year, mo);
                    const std::int64_t values[4] = { rev, gp, coll, nc };
                    static const char* const kMetrics[4]
                        = { "revenue", "gross_profit", "collections", "new_customers" };
                    for (int k = 0; k < 4; ++k) {
                        w.plain("rep").plain(r.id).plain(kMetrics[k]).plain(label).plain("all");
                        if (k == 3)
                            w.integer(values[k]);
                        else
                            w.money(values[k]);
                        w.endRow();
                    }
                    for (int u = r.unit; u >= 0; u = m.units[static_cast<size_t>(u)].parent)
                        for (int k = 0; k < 4; ++k)
                            unitSums[static_cast<size_t>(u) * 12 + static_cast<size_t>(mo - 1)][static_cast<size_t>(k)]
                                += values[k];
                }
            }
            // Units: teams at the sum of their reps; regions and the company a little above (stretch goals).
            for (int u = 0; u < nUnits; ++u) {
                const DemoUnit& unit = m.units[static_cast<size_t>(u)];
                const std::int64_t step = unit.kind == OrgKind::Team ? 1
                    : unit.kind == OrgKind::Region                   ? 10000
                                                                     : 100000;
                for (int mo = 1; mo <= 12; ++mo) {
                    const auto& sums = unitSums[static_cast<size_t>(u) * 12 + static_cast<size_t>(mo - 1)];
                    if (sums[0] == 0)
                        continue;
                    static const char* const kMetrics[4]
                        = { "revenue", "gross_profit", "collections", "new_customers" };
                    const std::string label = monthLabel(year, mo);
                    for (int k = 0; k < 4; ++k) {
                        w.plain("unit").plain(unit.id).plain(kMetrics[k]).plain(label).plain("all");
                        if (k == 3)
                            w.integer(sums[3]);
                        else
                            w.money(roundUp(sums[static_cast<size_t>(k)], step));
                        w.endRow();
                    }
                }
            }
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }

    // Quarters from the first of the data to the current one; the current one only partly filled in.
    struct Quarter
    {
        std::string label;
        Date first, last;
        bool current;
    };
    std::vector<Quarter> quarters() const
    {
        std::vector<Quarter> out;
        for (int y = m.start.year(); y <= m.currentYear; ++y)
            for (int q = 1; q <= 4; ++q) {
                const Date first = Date::fromYmd(y, q * 3 - 2, 1);
                if (first > m.asOf)
                    return out;
                const Date last = Date::fromYmd(y, q * 3, Date::daysInMonth(y, q * 3));
                out.push_back({ quarterLabel(y, q), first, last, last >= m.asOf });
            }
        return out;
    }

    void writeKpiValues(const std::string& path, DemoSummary& summary)
    {
        DemoCsvWriter w(path, { "rep_id", "period", "code", "value" });
        for (const Quarter& q : quarters()) {
            for (const DemoRep& r : m.reps) {
                if (!r.isSeller() || !activeIn(r, q.first, q.last) || (q.current && !rng.chance(600)))
                    continue;
                // Customer satisfaction survey score, 0–100 with one decimal.
                int tenths = 850 + (r.skill - 1000) / 2 + rng.betweenInt(-80, 80);
                tenths = std::clamp(tenths, 550, 1000);
                char buf[16];
                std::snprintf(buf, sizeof buf, "%d.%d", tenths / 10, tenths % 10);
                w.plain(r.id).plain(q.label).plain("csat").plain(buf).endRow();
                if (r.role == Role::RegionalManager) {
                    // Behaviour-anchored level 1–5 for coaching the team.
                    const int level = std::clamp(3 + (r.skill > 1100) - (r.skill < 850) + rng.betweenInt(-1, 1), 1, 5);
                    w.plain(r.id).plain(q.label).plain("coaching").integer(level).endRow();
                }
            }
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }

    void writeReviews(const std::string& path, DemoSummary& summary)
    {
        DemoCsvWriter w(path, { "subject_rep_id", "period", "reviewer_kind", "reviewer_id", "score" });
        std::vector<std::vector<int>> peersOf(m.teams.size() + 1);
        for (int i = 0; i < static_cast<int>(m.reps.size()); ++i) {
            const DemoRep& r = m.reps[static_cast<size_t>(i)];
            if (r.team >= 0)
                peersOf[static_cast<size_t>(r.team)].push_back(i);
            else if (r.role == Role::RegionalManager)
                peersOf[m.teams.size()].push_back(i);
        }
        auto score = [&](const DemoRep& r, int bias) {
            return std::clamp(60 + (r.skill - 750) * 30 / 500 + bias + rng.betweenInt(-8, 8), 0, 100);
        };
        for (const Quarter& q : quarters()) {
            for (int i = 0; i < static_cast<int>(m.reps.size()); ++i) {
                const DemoRep& r = m.reps[static_cast<size_t>(i)];
                if (!r.isSeller() || !activeIn(r, q.first, q.last) || (q.current && !rng.chance(500)))
                    continue;
                if (r.manager >= 0 && rng.chance(950))
                    w.plain(r.id)
                        .plain(q.label)
                        .plain("supervisor")
                        .plain(m.reps[static_cast<size_t>(r.manager)].id)
                        .integer(score(r, 0))
                        .endRow();
                if (rng.chance(850)) {
                    const auto& peers = peersOf[r.team >= 0 ? static_cast<size_t>(r.team) : m.teams.size()];
                    const int wanted = rng.betweenInt(1, 3);
                    std::vector<int> chosen;
                    for (int attempt = 0; attempt < 8 && static_cast<int>(chosen.size()) < wanted; ++attempt) {
                        const int p = peers[static_cast<size_t>(rng.below(static_cast<std::int64_t>(peers.size())))];
                        if (p == i || !activeIn(m.reps[static_cast<size_t>(p)], q.first, q.last)
                            || std::find(chosen.begin(), chosen.end(), p) != chosen.end())
                            continue;
                        chosen.push_back(p);
                        w.plain(r.id)
                            .plain(q.label)
                            .plain("peer")
                            .plain(m.reps[static_cast<size_t>(p)].id)
                            .integer(score(r, 2))
                            .endRow();
                    }
                }
                if (rng.chance(750) && !r.ownCustomers.empty()) {
                    // One or two of the seller's accounts answer the survey; reviewer_id is the customer's id.
                    const auto& own = r.ownCustomers;
                    const size_t first = static_cast<size_t>(rng.below(static_cast<std::int64_t>(own.size())));
                    const size_t n = std::min<size_t>(own.size(), static_cast<size_t>(rng.betweenInt(1, 2)));
                    for (size_t k = 0; k < n; ++k)
                        w.plain(r.id)
                            .plain(q.label)
                            .plain("customer")
                            .plain(m.customers[static_cast<size_t>(own[(first + k) % own.size()])].id)
                            .integer(score(r, 3))
                            .endRow();
                }
                if (rng.chance(900))
                    w.plain(r.id).plain(q.label).plain("self").plain(r.id).integer(score(r, 6)).endRow();
            }
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }

    // Visits a ramped rep makes in a quarter of last year, raised 10 % and rounded to 5: the fixed visit target.
    int visitsTarget() const
    {
        const auto stats = statsFor(m.currentYear - 1);
        std::int64_t visits = 0, months = 0;
        for (int g = 0; g < 3; ++g) {
            visits += stats[static_cast<size_t>(g)].visits;
            months += stats[static_cast<size_t>(g)].repMonths;
        }
        if (months == 0)
            return 30;
        const std::int64_t perQuarter = visits * 3 * 110 / 100 / months;
        return static_cast<int>(std::max<std::int64_t>(10, (perQuarter + 2) / 5 * 5));
    }

private:
    DemoModel& m;
    DemoRandom& rng;
    std::vector<std::int32_t> newCustomers;
};

} // namespace

void writeTargetsAndAppraisal(DemoModel& m, DemoSummary& summary, int& visitsTargetPerQuarter)
{
    AppraisalWriter w(m);
    const std::string dir = m.opts.outDir + "/";
    w.writeTargets(dir + "targets.csv", summary);
    m.progress(95, "appraisal");
    w.writeKpiValues(dir + "kpi_values.csv", summary);
    w.writeReviews(dir + "reviews.csv", summary);
    visitsTargetPerQuarter = w.visitsTarget();
}

} // namespace sd::io::demo

// The demo company's sales flow, streamed to the files as it is drawn: opportunities with their stage
// histories, orders (won deals and repeat business), credit splits, payments and activities.

#include "io/DemoCsvWriter.h"
#include "io/DemoModel.h"
#include "io/DemoNames.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace sd::io::demo {

namespace {

enum Stage
{
    Lost = 0,
    Lead = 1,
    Qualify = 2,
    Proposal = 3,
    Negotiate = 4,
    Commit = 5,
    Won = 6
};
constexpr std::array<std::string_view, 7> kStageCodes
    = { "lost", "lead", "qualify", "proposal", "negotiate", "commit", "won" };
constexpr std::array<std::string_view, 5> kActivityKinds = { "visit", "call", "meeting", "demo", "email" };

// Average orders booked per opportunity (won deals and their service add-ons), per mille; measured on the
// generator itself, so that the repeat orders fill the rest of the size's order count.
constexpr std::int64_t kLinkedOrdersPerMille = 333;
// Average activities logged against one opportunity, per mille (see opportunityActivities()).
constexpr std::int64_t kActivitiesPerOpportunity = 2100;

struct Entry
{
    int stage;
    Date date;
};

struct PaymentPlan
{
    Date date;
    std::int64_t amount;
};

std::string numberedId(const char* prefix, std::int64_t n, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*lld", prefix, width, static_cast<long long>(n));
    return buf;
}

class SalesGenerator
{
public:
    SalesGenerator(DemoModel& m)
        : m(m)
        , rng(m.rng)
        , opps(dir(m) + "opportunities.csv",
               { "id", "name", "customer_id", "owner_rep_id", "amount", "created_on", "expected_close_on", "stage" })
        , history(dir(m) + "stage_history.csv", { "opportunity_id", "stage", "entered_on" })
        , orders(dir(m) + "orders.csv",
                 { "id", "customer_id", "rep_id", "product_id", "order_date", "amount", "gross_profit",
                   "opportunity_id", "cancelled_on" })
        , credits(dir(m) + "order_credits.csv", { "order_id", "rep_id", "share", "overlay" })
        , payments(dir(m) + "payments.csv", { "id", "order_id", "paid_on", "amount" })
        , activities(dir(m) + "activities.csv",
                     { "id", "rep_id", "customer_id", "kind", "date", "opportunity_id", "note" })
    {
        const bool large = m.scale.opportunities >= 100000;
        m_oppWidth = large ? 7 : 6;
        m_orderWidth = large ? 7 : 6;
        m_paymentWidth = large ? 7 : 6;
        m_activityWidth = large ? 7 : 6;
        for (int i = 0; i < static_cast<int>(m.products.size()); ++i) {
            const auto& cat = m.products[static_cast<size_t>(i)].category;
            (cat == "strategic" ? m_strategic : cat == "service" ? m_service : m_standard).push_back(i);
        }
        m_teamMembers.assign(m.teams.size(), {});
        m_regionTeams.assign(m.regions.size(), {});
        for (int i = 0; i < static_cast<int>(m.reps.size()); ++i)
            if (m.reps[static_cast<size_t>(i)].team >= 0)
                m_teamMembers[static_cast<size_t>(m.reps[static_cast<size_t>(i)].team)].push_back(i);
        for (int t = 0; t < static_cast<int>(m.teams.size()); ++t)
            m_regionTeams[static_cast<size_t>(m.units[static_cast<size_t>(m.teams[static_cast<size_t>(t)])].region)]
                .push_back(t);
        const size_t cells = m.reps.size() * static_cast<size_t>(m.months);
        m.revenue.assign(cells, 0);
        m.grossProfit.assign(cells, 0);
        m.collections.assign(cells, 0);
        m.visits.assign(cells, 0);
    }

    void run(DemoSummary& summary)
    {
        // Deal flow per seller in proportion to days in the window × level × skill.
        std::vector<std::int64_t> weight(m.reps.size(), 0);
        std::int64_t total = 0;
        for (size_t i = 0; i < m.reps.size(); ++i) {
            const DemoRep& r = m.reps[i];
            if (!r.isSeller())
                continue;
            const Date from = std::max(r.hire, m.start);
            const Date to = r.left ? std::min(r.leftOn, m.asOf) : m.asOf;
            if (to < from)
                continue;
            const int levelWeight = r.role == Role::RegionalManager ? 450
                : r.level == Level::Senior                          ? 1300
                : r.level == Level::Mid                             ? 1000
                                                                    : 700;
            weight[i] = static_cast<std::int64_t>(to - from + 1) * levelWeight * r.skill / 1000;
            total += weight[i];
        }
        const std::int64_t oppsTotal = m.scale.opportunities;
        const std::int64_t legacy = legacyOrders();
        const std::int64_t repeatOrders
            = std::max<std::int64_t>(0, m.scale.orders - legacy - oppsTotal * kLinkedOrdersPerMille / 1000);
        const std::int64_t looseActivities
            = std::max<std::int64_t>(0, m.scale.activities - oppsTotal * kActivitiesPerOpportunity / 1000);

        std::vector<Date> dates;
        for (size_t i = 0; i < m.reps.size(); ++i) {
            if (weight[i] == 0)
                continue;
            m.checkCancel();
            m.progress(5 + static_cast<int>(87 * i / m.reps.size()), "sales");
            const int s = static_cast<int>(i);
            const DemoRep& r = m.reps[i];
            const Date from = std::max(r.hire, m.start);
            const Date to = r.left ? std::min(r.leftOn, m.asOf) : m.asOf;

            // Deals start a quarter before the data window so that its first months already see closings.
            const std::int64_t nOpps = share(oppsTotal, weight[i], total);
            drawDates(dates, nOpps, r.hire < m.start ? std::max(r.hire, m.start.addDays(-90)) : from, to);
            for (Date d : dates)
                opportunity(s, d);
            const std::int64_t nOrders = share(repeatOrders, weight[i], total);
            drawDates(dates, nOrders, from, to);
            for (Date d : dates)
                repeatOrder(s, d);
            const std::int64_t nActs = share(looseActivities, weight[i], total);
            drawDates(dates, nActs, from, to);
            for (Date d : dates)
                looseActivity(s, d);
        }
        for (DemoCsvWriter* w : { &opps, &history, &orders, &credits, &payments, &activities }) {
            w->close();
            summary.files.emplace_back(w->fileName(), w->rows());
        }
    }

private:
    static std::string dir(const DemoModel& m) { return m.opts.outDir + "/"; }

    std::int64_t share(std::int64_t total, std::int64_t w, std::int64_t sum)
    {
        const std::int64_t q = total * w;
        return q / sum + (rng.below(sum) < q % sum ? 1 : 0);
    }

    void drawDates(std::vector<Date>& out, std::int64_t n, Date from, Date to)
    {
        out.clear();
        for (std::int64_t k = 0; k < n; ++k)
            out.push_back(m.seasonalDate(from, to));
        std::sort(out.begin(), out.end());
    }

    // The rep who acts for seller s on day d: s itself, or after s left, the team lead who took over.
    int actorOn(int s, Date d) const
    {
        const DemoRep& r = m.reps[static_cast<size_t>(s)];
        if (!r.left || d <= r.leftOn || r.team < 0)
            return s;
        return m.teamLead[static_cast<size_t>(r.team)];
    }

    int pickFrom(const std::vector<int>& list, Date d)
    {
        auto createdAfter = [&](Date day, int c) { return day < m.customers[static_cast<size_t>(c)].created; };
        const auto ub = std::upper_bound(list.begin(), list.end(), d, createdAfter) - list.begin();
        if (ub == 0)
            return -1;
        if (rng.chance(300)) {
            const auto lb = std::upper_bound(list.begin(), list.end(), d.addDays(-120), createdAfter) - list.begin();
            if (lb < ub)
                return list[static_cast<size_t>(lb + rng.below(ub - lb))];
        }
        return list[static_cast<size_t>(rng.below(ub))];
    }

    // A customer existing on day d: mostly one the seller owns, else one of the team's (a regional manager: the
    // region's).
    int pickCustomer(int s, Date d)
    {
        const DemoRep& r = m.reps[static_cast<size_t>(s)];
        if (!r.ownCustomers.empty() && rng.chance(650)) {
            const int c = pickFrom(r.ownCustomers, d);
            if (c >= 0)
                return c;
        }
        int team = r.team;
        if (team < 0) {
            const auto& teams = m_regionTeams[static_cast<size_t>(r.region)];
            team = teams[static_cast<size_t>(rng.below(static_cast<std::int64_t>(teams.size())))];
        }
        return pickFrom(m.poolCustomers[static_cast<size_t>(team)], d);
    }

    int pickProduct(const std::vector<int>& from)
    {
        return from[static_cast<size_t>(rng.below(static_cast<std::int64_t>(from.size())))];
    }

    static std::int64_t roundYuan(std::int64_t yuan, std::int64_t step) { return std::max(step, yuan / step * step); }

    void simulate(Date created, int skill)
    {
        m_hist.clear();
        const int first = rng.below(1000);
        int s = first < 750 ? Lead : first < 900 ? Qualify : Proposal;
        Date d = created;
        m_hist.push_back({ s, d });
        bool reopened = false;
        const size_t stuckAfter = rng.chance(25) ? static_cast<size_t>(rng.betweenInt(1, 3)) : 99;
        const int lostChance = 200 * 1000 / skill;
        for (int step = 0; step < 24; ++step) {
            if (s != Won && s != Lost) {
                if (m_hist.size() > stuckAfter)
                    break;
                // Early stages take longer and lose more, so the open funnel narrows towards commit.
                static const int kMaxGap[] = { 0, 45, 32, 25, 18, 12 };
                static const int kLostFactor[] = { 0, 1400, 1200, 1000, 800, 0 };
                const int g = rng.betweenInt(0, 999);
                const int gap = g < 60 ? 0 : g < 160 ? rng.betweenInt(31, 120) : rng.betweenInt(2, kMaxGap[s]);
                d = d.addDays(gap);
                if (d > m.asOf)
                    break;
                const int roll = rng.betweenInt(0, 999);
                if (s == Commit) {
                    const int win = std::min(900, 620 * skill / 1000);
                    s = roll < win ? Won : roll < win + 120 ? Negotiate : Lost;
                } else if (roll < lostChance * kLostFactor[s] / 1000) {
                    s = Lost;
                } else if (roll < lostChance * kLostFactor[s] / 1000 + 70 && s > Lead) {
                    s = s - 1;
                } else if (roll < lostChance * kLostFactor[s] / 1000 + 150 && s <= Proposal) {
                    s = s + 2;
                } else {
                    s = s + 1;
                }
            } else {
                if (reopened || !rng.chance(40))
                    break;
                d = d.addDays(rng.betweenInt(7, 90));
                if (d > m.asOf)
                    break;
                s = s == Won ? Negotiate : Proposal;
                reopened = true;
            }
            m_hist.push_back({ s, d });
        }
    }

    void opportunity(int seller, Date created)
    {
        const int cust = pickCustomer(seller, created);
        if (cust < 0)
            return;
        const DemoRep& r = m.reps[static_cast<size_t>(seller)];
        int product;
        const int mix = rng.betweenInt(0, 999);
        if (r.role == Role::RegionalManager)
            product = pickProduct(mix < 450 ? m_strategic : mix < 800 ? m_standard : m_service);
        else {
            const int strategic = r.level == Level::Senior ? 150 : r.level == Level::Mid ? 80 : 30;
            product = pickProduct(mix < strategic ? m_strategic : mix < strategic + 250 ? m_service : m_standard);
        }
        const DemoProduct& p = m.products[static_cast<size_t>(product)];
        const std::int64_t amount = roundYuan(rng.between(p.lo, p.hi), 100) * 100;

        simulate(created, r.skill);
        const Entry& last = m_hist.back();
        const int owner = actorOn(seller, last.date);
        const std::string id = numberedId("OPP", ++m_nextOpp, m_oppWidth);
        const DemoCustomer& c = m.customers[static_cast<size_t>(cust)];

        opps.plain(id).text(c.shortName + " - " + p.name).plain(c.id).plain(m.reps[static_cast<size_t>(owner)].id);
        opps.money(amount).date(created);
        if (rng.chance(50))
            opps.empty();
        else if (last.stage == Won || last.stage == Lost)
            opps.date(std::max(created, last.date.addDays(rng.betweenInt(-20, 20))));
        else
            opps.date(created.addDays(rng.betweenInt(30, 180)));
        opps.plain(kStageCodes[static_cast<size_t>(last.stage)]);
        opps.endRow();
        for (const Entry& e : m_hist) {
            history.plain(id).plain(kStageCodes[static_cast<size_t>(e.stage)]).date(e.date);
            history.endRow();
        }

        for (size_t k = 0; k < m_hist.size(); ++k) {
            if (m_hist[k].stage != Won)
                continue;
            const bool reopenedLater = k + 1 < m_hist.size();
            const Date day
                = reopenedLater ? m_hist[k].date : std::min(m.asOf, m_hist[k].date.addDays(rng.betweenInt(0, 5)));
            std::optional<Date> cancelled;
            if (reopenedLater) // the contract was torn up when the deal reopened
                cancelled = m_hist[k + 1].date;
            const int rep = actorOn(seller, day);
            std::int64_t value = amount;
            if (rng.chance(250))
                value = roundYuan(amount / 100 * rng.betweenInt(900, 990) / 1000, 100) * 100;
            order(cust, rep, product, day, value, &id, cancelled);
            if (rng.chance(200)) {
                const std::int64_t extra = roundYuan(amount / 100 * rng.betweenInt(50, 200) / 1000, 100) * 100;
                order(cust, rep, pickProduct(m_service), day, std::max<std::int64_t>(extra, 100000), &id, cancelled);
            }
        }

        // Activities along the deal, up to its last move (open deals: a little after).
        const std::int64_t n = rng.scaled(static_cast<std::int64_t>(m_hist.size()) + 1, 420);
        Date end = last.date;
        if (last.stage != Won && last.stage != Lost)
            end = std::min(m.asOf, end.addDays(rng.betweenInt(0, 20)));
        for (std::int64_t k = 0; k < n; ++k) {
            const Date d = created.addDays(static_cast<int>(rng.below(end - created + 1)));
            const int kind = rng.weighted({ 300, 300, 120, 100, 180 });
            activity(actorOn(seller, d), cust, kind, d, &id);
        }
    }

    // Customers older than the data had bought before it starts: one order each in the year before (most of
    // them), so that they count as existing customers, not as new ones on their first order in the window.
    std::int64_t legacyOrders()
    {
        std::int64_t n = 0;
        for (int c = 0; c < static_cast<int>(m.customers.size()); ++c) {
            const DemoCustomer& cust = m.customers[static_cast<size_t>(c)];
            if (cust.created >= m.start || !rng.chance(800))
                continue;
            const Date from = std::max(cust.created, m.start.addDays(-365));
            const Date day = from.addDays(static_cast<int>(rng.below(m.start.addDays(-1) - from + 1)));
            const auto& members = m_teamMembers[static_cast<size_t>(cust.pool)];
            int rep = members[static_cast<size_t>(rng.below(static_cast<std::int64_t>(members.size())))];
            if (!m.reps[static_cast<size_t>(rep)].activeOn(day)) {
                const int region = m.units[static_cast<size_t>(m.teams[static_cast<size_t>(cust.pool)])].region;
                rep = m.teamLead[static_cast<size_t>(cust.pool)];
                if (!m.reps[static_cast<size_t>(rep)].activeOn(day))
                    rep = m.regionManager[static_cast<size_t>(region)];
                if (!m.reps[static_cast<size_t>(rep)].activeOn(day))
                    rep = m.companyHead;
            }
            repeatOrder(rep, c, day);
            ++n;
        }
        return n;
    }

    void repeatOrder(int seller, Date d)
    {
        const int cust = pickCustomer(seller, d);
        if (cust >= 0)
            repeatOrder(seller, cust, d);
    }

    void repeatOrder(int seller, int cust, Date d)
    {
        const int product = pickProduct(rng.chance(750) ? m_standard : m_service);
        const DemoProduct& p = m.products[static_cast<size_t>(product)];
        const std::int64_t amount = roundYuan(rng.between(p.lo, p.lo + (p.hi - p.lo) / 2), 100) * 100;
        order(cust, seller, product, d, amount, nullptr, std::nullopt);
    }

    void looseActivity(int seller, Date d)
    {
        const int cust = pickCustomer(seller, d);
        if (cust < 0)
            return;
        activity(seller, cust, rng.weighted({ 420, 340, 50, 20, 170 }), d, nullptr);
    }

    void activity(int rep, int cust, int kind, Date d, const std::string* opp)
    {
        activities.plain(numberedId("ACT", ++m_nextActivity, m_activityWidth));
        activities.plain(m.reps[static_cast<size_t>(rep)].id).plain(m.customers[static_cast<size_t>(cust)].id);
        activities.plain(kActivityKinds[static_cast<size_t>(kind)]).date(d);
        if (opp)
            activities.plain(*opp);
        else
            activities.empty();
        if (rng.chance(900))
            activities.text(activityNote(rng, kind));
        else
            activities.empty();
        activities.endRow();
        if (kind == 0 && d >= m.start)
            ++m.visits[m.slot(rep, d)];
    }

    int teammateOn(int rep, Date d)
    {
        const DemoRep& r = m.reps[static_cast<size_t>(rep)];
        if (r.team < 0)
            return -1;
        const auto& members = m_teamMembers[static_cast<size_t>(r.team)];
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int o = members[static_cast<size_t>(rng.below(static_cast<std::int64_t>(members.size())))];
            if (o != rep && m.reps[static_cast<size_t>(o)].activeOn(d))
                return o;
        }
        return -1;
    }

    void book(int rep, Date d, std::int64_t amount, std::int64_t gp, int percent)
    {
        if (d < m.start)
            return;
        m.revenue[m.slot(rep, d)] += amount * percent / 100;
        m.grossProfit[m.slot(rep, d)] += gp * percent / 100;
    }

    void order(int cust, int rep, int product, Date day, std::int64_t amount, const std::string* opp,
               std::optional<Date> cancelled)
    {
        const DemoProduct& p = m.products[static_cast<size_t>(product)];
        DemoCustomer& c = m.customers[static_cast<size_t>(cust)];
        const std::string id = numberedId("SO", ++m_nextOrder, m_orderWidth);
        if (!cancelled && rng.chance(25))
            cancelled = std::min(m.asOf, day.addDays(rng.betweenInt(0, 45)));
        std::int64_t gp = amount * rng.betweenInt(p.marginLo, p.marginHi) / 1000;
        if (rng.chance(5)) // a loss-making deal, sold below cost to win the account
            gp = -amount * rng.betweenInt(10, 80) / 1000;

        orders.plain(id)
            .plain(c.id)
            .plain(m.reps[static_cast<size_t>(rep)].id)
            .plain(m.products[static_cast<size_t>(product)].id);
        orders.date(day).money(amount).money(gp);
        if (opp)
            orders.plain(*opp);
        else
            orders.empty();
        if (cancelled)
            orders.date(*cancelled);
        else
            orders.empty();
        orders.endRow();

        // Credit splits: a shared deal between two reps of the team, sometimes with a manager's overlay.
        const DemoRep& r = m.reps[static_cast<size_t>(rep)];
        int overlayRep = r.region >= 0 ? m.regionManager[static_cast<size_t>(r.region)] : m.companyHead;
        if (overlayRep == rep)
            overlayRep = m.companyHead;
        static const char* const kShares[][2]
            = { { "0.5", "0.5" }, { "0.6", "0.4" }, { "0.7", "0.3" }, { "0.8", "0.2" } };
        static const int kPercents[] = { 50, 60, 70, 80 };
        static const char* const kOverlays[] = { "0.05", "0.1", "0.2" };
        const int partner = rng.chance(40) ? teammateOn(rep, day) : -1;
        bool overlay = false;
        if (partner >= 0) {
            const int k = rng.betweenInt(0, 3);
            credits.plain(id).plain(r.id).plain(kShares[k][0]).plain("0").endRow();
            credits.plain(id).plain(m.reps[static_cast<size_t>(partner)].id).plain(kShares[k][1]).plain("0").endRow();
            overlay = rng.chance(300);
            if (!cancelled) {
                book(rep, day, amount, gp, kPercents[k]);
                book(partner, day, amount, gp, 100 - kPercents[k]);
            }
        } else {
            overlay = rng.chance(10);
            if (overlay)
                credits.plain(id).plain(r.id).plain("1").plain("0").endRow();
            if (!cancelled)
                book(rep, day, amount, gp, 100);
        }
        if (overlay) {
            credits.plain(id).plain(m.reps[static_cast<size_t>(overlayRep)].id).plain(kOverlays[rng.betweenInt(0, 2)]);
            credits.plain("1").endRow();
        }

        if (cancelled)
            return;
        if (day.days() < c.firstOrder) {
            c.firstOrder = day.days();
            c.firstOrderRep = rep;
        }
        planPayments(c, day, amount);
        for (const PaymentPlan& pay : m_plan) {
            if (pay.date > m.asOf)
                break;
            payments.plain(numberedId("PAY", ++m_nextPayment, m_paymentWidth))
                .plain(id)
                .date(pay.date)
                .money(pay.amount);
            payments.endRow();
            if (pay.date >= m.start)
                m.collections[m.slot(rep, pay.date)] += pay.amount;
        }
    }

    // How the customer pays this order, by its habits: on time, late, in parts, partly, or a little too much.
    void planPayments(const DemoCustomer& c, Date day, std::int64_t amount)
    {
        m_plan.clear();
        const Date due = day.addDays(c.terms);
        std::vector<int> parts; // per mille of the amount
        std::vector<Date> dates;
        switch (c.payer) {
        case 0:
            if (rng.chance(300)) {
                parts = { rng.betweenInt(200, 400) };
                dates = { day.addDays(rng.betweenInt(0, 7)) };
                dates.push_back(dates[0].addDays(rng.betweenInt(c.terms / 3, c.terms)));
            } else {
                dates = { day.addDays(rng.betweenInt(c.terms / 4, c.terms)) };
            }
            break;
        case 1:
            if (rng.chance(400)) {
                parts = { 500 };
                dates = { due.addDays(rng.betweenInt(-15, 5)) };
                dates.push_back(dates[0].addDays(rng.betweenInt(10, 40)));
            } else {
                dates = { due.addDays(rng.betweenInt(-10, 25)) };
            }
            break;
        case 2: {
            const int n = rng.betweenInt(2, 3);
            dates = { due.addDays(rng.betweenInt(10, 60)) };
            for (int k = 1; k < n; ++k) {
                parts.push_back(rng.betweenInt(250, 450));
                dates.push_back(dates.back().addDays(rng.betweenInt(15, 60)));
            }
            break;
        }
        default:
            if (rng.chance(350))
                return; // never paid
            parts = { rng.betweenInt(300, 700) };
            dates = { due.addDays(rng.betweenInt(30, 150)) };
            break;
        }
        if (amount < 20000) { // too small to pay in parts
            parts.clear();
            dates.resize(1);
        }
        std::int64_t rest = amount;
        for (size_t k = 0; k < parts.size(); ++k) {
            const std::int64_t a = std::max<std::int64_t>(100, amount / 100 * parts[k] / 1000 * 100);
            if (a >= rest)
                break;
            m_plan.push_back({ std::max(day, dates[k]), a });
            rest -= a;
        }
        if (c.payer == 3 && !m_plan.empty())
            return; // the rest is still owed
        if (m_plan.size() >= 1 && rng.chance(40)) // the last part disputed, paid months later
            dates.back() = dates.back().addDays(rng.betweenInt(60, 240));
        std::int64_t last = rest;
        if (rng.chance(4))
            last += rng.between(1, 500) * 100; // paid a little too much
        const Date lastDate = std::max(day, dates[std::min(m_plan.size(), dates.size() - 1)]);
        m_plan.push_back({ m_plan.empty() ? lastDate : std::max(m_plan.back().date, lastDate), last });
    }

    DemoModel& m;
    DemoRandom& rng;
    DemoCsvWriter opps, history, orders, credits, payments, activities;
    int m_oppWidth = 6, m_orderWidth = 6, m_paymentWidth = 6, m_activityWidth = 6;
    std::int64_t m_nextOpp = 0, m_nextOrder = 0, m_nextPayment = 0, m_nextActivity = 0;
    std::vector<int> m_standard, m_strategic, m_service;
    std::vector<std::vector<int>> m_teamMembers;
    std::vector<std::vector<int>> m_regionTeams;
    std::vector<Entry> m_hist;
    std::vector<PaymentPlan> m_plan;
};

} // namespace

void generateSales(DemoModel& m, DemoSummary& summary)
{
    SalesGenerator gen(m);
    gen.run(summary);
}

} // namespace sd::io::demo

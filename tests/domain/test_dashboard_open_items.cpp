// The dashboard's open items and receivables per owner, summed from per-rep figures (DashboardOpenItems,
// DashboardActuals::receivablesOfRep): the funnel snapshot and win rate (SPEC §4), stalled deals (per-stage stall
// days), care reminders (key dates within 14 days, no contact for 60 days: both boundaries, a future activity, a
// customer created after the day) and receivables with credit flags (SPEC §5) for the company, a team and a rep.
// Values worked by hand below; the funnel also against funnelSnapshot/winRate over the same deals.

#include "domain/Dashboard.h"
#include "domain/DashboardOpenItems.h"
#include "domain/Funnel.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sd;

namespace {

Date d(int y, int m, int dd)
{
    return Date::fromYmd(y, m, dd);
}

Opportunity opp(const char* id, const char* rep, std::int64_t cents, Date created, std::vector<StageEntry> history)
{
    Opportunity o;
    o.id = id;
    o.ownerRepId = rep;
    o.customerId = "k1";
    o.amount = Money::fromCents(cents);
    o.createdOn = created;
    o.stage = history.back().stage;
    o.history = std::move(history);
    return o;
}

Customer customer(const char* id, const char* rep, Date created)
{
    Customer c;
    c.id = id;
    c.name = id;
    c.ownerRepId = rep;
    c.createdOn = created;
    return c;
}

Order order(const char* id, const char* rep, const char* cust, Date on, std::int64_t cents)
{
    Order o;
    o.id = id;
    o.repId = rep;
    o.customerId = cust;
    o.orderDate = on;
    o.amount = Money::fromCents(cents);
    return o;
}

Activity activity(const char* id, const char* cust, Date on)
{
    Activity a;
    a.id = id;
    a.repId = "r1";
    a.customerId = cust;
    a.date = on;
    return a;
}

// co ── t1 (r1, r2), t2 (r3). As of 2026-03-15, calendar fiscal year; stages lead 10%, qualify 25%, proposal 50%
// (stalls after 10 days), negotiate 75%, commit 90%; other stages stall after 30 days.
//   q1 r1 1,000.00  lead 01-05, qualify 02-01         open, qualify 42 days → stalled
//   q2 r1 2,000.00  lead 03-01, proposal 03-03        open, proposal 12 days ≥ 10 → stalled
//   q3 r2 3,000.00  lead 2025-12-01, won 02-10        won (in the year)
//   q4 r2   500.00  lead 2025-11-01, lost 2025-12-20  lost (before the year: not in the win rate)
//   q5 r3 4,000.00  negotiate 03-10                   open, 5 days
//   q6 r3   700.00  lead 03-20                        created after the day: nowhere
//   q7 r3   800.00  lead 02-01, lost 03-01            lost (in the year)
//   q8 r2   100.00  mystery 01-01                     unknown stage
//   q9 rX 9,999.00  lead 01-01                        no such rep: in no owner's figures
// Customers (created, key dates, activities):
//   k1 r1 2020-01-01 birthday 03-20 (5 days); activity 03-01 (14 days)
//   k2 r1 2020-01-01 birthday and founding day 03-15 (0 days each); never contacted: 2020-01-01, 2,265 days
//      (2020-01-01 … 2026-01-01 = 2,192 days with 2020 and 2024 leap, + 31 + 28 + 14)
//   k3 r2 2025-06-01; activity 01-10: 64 days (21 + 28 + 15)
//   k4 r3 created 03-20, after the day (birthday 03-16): nowhere
//   k5 r3 2026-01-14, birthday 03-29 (14 days, the horizon); never contacted: 60 days (17 + 28 + 15), the limit
//   k6 r2 2025-01-01; activities 01-15 (59 days) and 03-16 (after the day): contacted
// Orders (terms 30 days): s1 r1 k1 01-01 1,000.00 due 01-31 (43 days late); s2 r2 k1 2025-11-01 500.00 due 12-01
// (104 days: over 90, so k1 is flagged); s3 r3 k5 03-01 300.00 due 03-31 with k5's credit limit 200.00 (flagged);
// s4 r3 k3 03-01 100.00 paid 150.00 on 03-02 (−50.00); s5 rX k6 02-01 50.00 due 03-03 (12 days late, no rep).
struct Fixture
{
    Dataset ds;
    WorkspaceSettings settings;
    Date today = d(2026, 3, 15);
    Fixture()
    {
        settings.stages[2].stallDays = 10;
        ds.orgUnits = {OrgUnit{"co", std::nullopt, "Company", OrgKind::Company},
                       OrgUnit{"t1", "co", "Team 1", OrgKind::Team}, OrgUnit{"t2", "co", "Team 2", OrgKind::Team}};
        for (auto [id, unit] : {std::pair{"r1", "t1"}, std::pair{"r2", "t1"}, std::pair{"r3", "t2"}}) {
            Rep r;
            r.id = id;
            r.name = id;
            r.orgUnitId = unit;
            r.hireDate = d(2020, 1, 1);
            ds.reps.push_back(r);
        }
        ds.opportunities = {
            opp("q1", "r1", 100000, d(2026, 1, 5), {{"lead", d(2026, 1, 5)}, {"qualify", d(2026, 2, 1)}}),
            opp("q2", "r1", 200000, d(2026, 3, 1), {{"lead", d(2026, 3, 1)}, {"proposal", d(2026, 3, 3)}}),
            opp("q3", "r2", 300000, d(2025, 12, 1), {{"lead", d(2025, 12, 1)}, {"won", d(2026, 2, 10)}}),
            opp("q4", "r2", 50000, d(2025, 11, 1), {{"lead", d(2025, 11, 1)}, {"lost", d(2025, 12, 20)}}),
            opp("q5", "r3", 400000, d(2026, 3, 10), {{"negotiate", d(2026, 3, 10)}}),
            opp("q6", "r3", 70000, d(2026, 3, 20), {{"lead", d(2026, 3, 20)}}),
            opp("q7", "r3", 80000, d(2026, 2, 1), {{"lead", d(2026, 2, 1)}, {"lost", d(2026, 3, 1)}}),
            opp("q8", "r2", 10000, d(2026, 1, 1), {{"mystery", d(2026, 1, 1)}}),
            opp("q9", "rX", 999900, d(2026, 1, 1), {{"lead", d(2026, 1, 1)}})};
        Customer k1 = customer("k1", "r1", d(2020, 1, 1));
        k1.birthday = d(1980, 3, 20);
        Customer k2 = customer("k2", "r1", d(2020, 1, 1));
        k2.birthday = d(1990, 3, 15);
        k2.foundedOn = d(2000, 3, 15);
        Customer k4 = customer("k4", "r3", d(2026, 3, 20));
        k4.birthday = d(1990, 3, 16);
        Customer k5 = customer("k5", "r3", d(2026, 1, 14));
        k5.birthday = d(1970, 3, 29);
        k5.creditLimit = Money::fromCents(20000);
        ds.customers = {k1, k2, customer("k3", "r2", d(2025, 6, 1)), k4, k5, customer("k6", "r2", d(2025, 1, 1))};
        ds.activities = {activity("a1", "k1", d(2026, 3, 1)), activity("a2", "k3", d(2026, 1, 10)),
                         activity("a3", "k6", d(2026, 1, 15)), activity("a4", "k6", d(2026, 3, 16))};
        ds.orders = {order("s1", "r1", "k1", d(2026, 1, 1), 100000), order("s2", "r2", "k1", d(2025, 11, 1), 50000),
                     order("s3", "r3", "k5", d(2026, 3, 1), 30000), order("s4", "r3", "k3", d(2026, 3, 1), 10000),
                     order("s5", "rX", "k6", d(2026, 2, 1), 5000)};
        ds.payments = {Payment{"p1", "s4", d(2026, 3, 2), Money::fromCents(15000)}};
    }
};

const OwnerRef t1{OwnerKind::Unit, "t1"};
const OwnerRef r1{OwnerKind::Rep, "r1"};
const OwnerRef r3{OwnerKind::Rep, "r3"};

std::vector<std::string> ids(const std::vector<StalledDeal>& deals)
{
    std::vector<std::string> out;
    for (const StalledDeal& s : deals)
        out.push_back(s.opportunity->id);
    return out;
}

std::vector<std::string> care(const std::vector<CareReminder>& list)
{
    std::vector<std::string> out;
    for (const CareReminder& c : list)
        out.push_back(c.customer->id + (c.kind == CareReminder::Kind::Birthday  ? ":birthday:"
                                        : c.kind == CareReminder::Kind::Founded ? ":founded:"
                                                                                : ":silent:")
                      + std::to_string(c.days));
    return out;
}

} // namespace

TEST_CASE("dashboard funnel, stalled deals and care reminders per owner, worked by hand", "[daily][dashboard]")
{
    const Fixture f;
    const DatasetIndex index(f.ds);
    const DashboardContext context(index, f.settings);

    const DashboardFigures company = context.compute(std::nullopt, f.today);
    // Open: q1 qualify 1,000.00, q2 proposal 2,000.00, q5 negotiate 4,000.00; weighted 250 + 1,000 + 3,000.
    CHECK(company.funnel.openCount == 3);
    CHECK(company.funnel.openAmount == Money::fromCents(700000));
    CHECK(company.funnel.weightedTotal == Money::fromCents(425000));
    CHECK(company.funnel.stages[1].count == 1);
    CHECK(company.funnel.stages[1].weighted == Money::fromCents(25000));
    CHECK(company.funnel.wonCount == 1);
    CHECK(company.funnel.lostCount == 2);
    CHECK(company.funnel.unknownStageCount == 1);
    CHECK(company.winRate == Rational(1, 2)); // q3 won, q7 lost in the year; q4 lost in 2025
    CHECK(company.stalledCount == 2);
    CHECK(company.stalledAmount == Money::fromCents(300000));
    CHECK(ids(company.stalled) == std::vector<std::string>{"q2", "q1"});
    CHECK(company.stalled[0].daysInStage == 12);
    CHECK(company.stalled[1].stage == "qualify");
    CHECK(company.keyDatesCount == 4);
    CHECK(company.notContactedCount == 3);
    CHECK(care(company.care)
          == std::vector<std::string>{"k2:birthday:0", "k2:founded:0", "k1:birthday:5", "k5:birthday:14",
                                      "k2:silent:2265", "k3:silent:64", "k5:silent:60"});

    const DashboardFigures team = context.compute(t1, f.today);
    CHECK(team.funnel.openCount == 2);
    CHECK(team.funnel.weightedTotal == Money::fromCents(125000));
    CHECK(team.funnel.wonCount == 1);
    CHECK(team.funnel.lostCount == 1);
    CHECK(team.funnel.unknownStageCount == 1);
    CHECK(team.winRate == Rational(1)); // q3 won; q4 lost before the year
    CHECK(ids(team.stalled) == std::vector<std::string>{"q2", "q1"});
    CHECK(care(team.care) == std::vector<std::string>{"k2:birthday:0", "k2:founded:0", "k1:birthday:5",
                                                      "k2:silent:2265", "k3:silent:64"});

    const DashboardFigures rep = context.compute(r3, f.today);
    CHECK(rep.funnel.openCount == 1);
    CHECK(rep.funnel.weightedTotal == Money::fromCents(300000));
    CHECK(rep.funnel.lostCount == 1);
    CHECK(rep.winRate == Rational(0));
    CHECK(rep.stalledCount == 0);
    CHECK(care(rep.care) == std::vector<std::string>{"k5:birthday:14", "k5:silent:60"});

    // Lists cut to the limit after merging the reps' lists.
    DashboardOptions two;
    two.listLimit = 2;
    const DashboardFigures cut = context.compute(std::nullopt, f.today, two);
    CHECK(ids(cut.stalled) == std::vector<std::string>{"q2", "q1"});
    CHECK(care(cut.care)
          == std::vector<std::string>{"k2:birthday:0", "k2:founded:0", "k2:silent:2265", "k3:silent:64"});
    CHECK(cut.keyDatesCount == 4);

    // Other care options are honoured on the same day (a horizon of 5 days drops k5's birthday).
    DashboardOptions near;
    near.careHorizonDays = 5;
    CHECK(context.compute(std::nullopt, f.today, near).keyDatesCount == 3);
    CHECK(context.compute(std::nullopt, f.today).keyDatesCount == 4);

    // The same funnel as the engine's snapshot over the owner's deals.
    for (const auto& [owner, reps] : {std::pair{std::optional<OwnerRef>{}, std::vector<std::string>{"r1", "r2", "r3"}},
                                      std::pair{std::optional<OwnerRef>{t1}, std::vector<std::string>{"r1", "r2"}}}) {
        OpportunityList opps;
        for (const Opportunity& o : f.ds.opportunities)
            if (std::find(reps.begin(), reps.end(), o.ownerRepId) != reps.end())
                opps.push_back(&o);
        const FunnelSnapshot expected = funnelSnapshot(opps, f.settings, f.today);
        const DashboardFigures got = context.compute(owner, f.today);
        CHECK(got.funnel.weightedExactCents == expected.weightedExactCents);
        CHECK(got.funnel.openAmount == expected.openAmount);
        for (std::size_t k = 0; k < expected.stages.size(); ++k) {
            CHECK(got.funnel.stages[k].code == expected.stages[k].code);
            CHECK(got.funnel.stages[k].count == expected.stages[k].count);
            CHECK(got.funnel.stages[k].amount == expected.stages[k].amount);
        }
        CHECK(got.winRate == winRate(opps, d(2026, 1, 1), f.today));
    }
}

TEST_CASE("dashboard receivables and credit flags per owner, worked by hand", "[daily][dashboard]")
{
    const Fixture f;
    const DatasetIndex index(f.ds);
    const DashboardContext context(index, f.settings);

    // Company: every order, also s5 of no known rep. 1,000 + 500 + 300 − 50 + 50 = 1,800.00; overdue s1 + s2 + s5;
    // over 90 s2; flagged k1 (s2 over 90) and k5 (300.00 over its 200.00 limit).
    const DashboardFigures company = context.compute(std::nullopt, f.today);
    CHECK(company.balanceCents == 180000);
    CHECK(company.overdueCents == 155000);
    CHECK(company.over90Cents == 50000);
    CHECK(company.creditFlags == 2);

    const DashboardFigures team = context.compute(t1, f.today);
    CHECK(team.balanceCents == 150000);
    CHECK(team.overdueCents == 150000);
    CHECK(team.over90Cents == 50000);
    CHECK(team.creditFlags == 1);

    // r1's own order s1 is 43 days late; k1 is flagged by r2's order s2 (the customer's whole balance counts).
    const DashboardFigures rep1 = context.compute(r1, f.today);
    CHECK(rep1.balanceCents == 100000);
    CHECK(rep1.overdueCents == 100000);
    CHECK(rep1.over90Cents == 0);
    CHECK(rep1.creditFlags == 1);

    // r3: s3 current, s4 overpaid (−50.00, listed, not overdue); k5 flagged, k3 not.
    const DashboardFigures rep3 = context.compute(r3, f.today);
    CHECK(rep3.balanceCents == 25000);
    CHECK(rep3.overdueCents == 0);
    CHECK(rep3.creditFlags == 1);
}

TEST_CASE("the next anniversary of a key date, 29 February on 28 February in other years", "[daily][dashboard]")
{
    CHECK(nextAnniversary(d(1990, 3, 15), d(2026, 3, 15)) == d(2026, 3, 15)); // today counts
    CHECK(nextAnniversary(d(1990, 3, 14), d(2026, 3, 15)) == d(2027, 3, 14)); // passed: next year
    CHECK(nextAnniversary(d(1984, 2, 29), d(2026, 2, 1)) == d(2026, 2, 28));
    CHECK(nextAnniversary(d(1984, 2, 29), d(2026, 3, 1)) == d(2027, 2, 28));
    CHECK(nextAnniversary(d(1984, 2, 29), d(2028, 1, 10)) == d(2028, 2, 29)); // a leap year
    CHECK(nextAnniversary(d(2000, 12, 31), d(2026, 12, 31)) == d(2026, 12, 31));
    CHECK(nextAnniversary(d(2000, 1, 1), d(2026, 12, 31)) == d(2027, 1, 1));
}

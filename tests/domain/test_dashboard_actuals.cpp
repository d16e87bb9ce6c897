// The dashboard's one-pass figures (DashboardActuals) against hand-worked values and against the engines they stand
// in for (ActualsEngine::repActual through UnitHistory, ReceivablesEngine), on a small fixture with a team move, a
// cancellation across the move, a credit split and an overpayment. SPEC §2, §5, §6; docs/daily.md.

#include "domain/Dashboard.h"
#include "domain/DashboardActuals.h"
#include "domain/UnitHistory.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(int y, int m, int dd)
{
    return Date::fromYmd(y, m, dd);
}

Order order(const char* id, const char* repId, const char* customer, Date on, std::int64_t cents,
            std::optional<Date> cancelled = std::nullopt)
{
    Order o;
    o.id = id;
    o.customerId = customer;
    o.repId = repId;
    o.productId = "p1";
    o.orderDate = on;
    o.amount = Money::fromCents(cents);
    o.grossProfit = Money::fromCents(cents / 4);
    o.cancelledOn = cancelled;
    return o;
}

Payment payment(const char* id, const char* orderId, Date on, std::int64_t cents)
{
    return Payment{id, orderId, on, Money::fromCents(cents)};
}

// co ── t1, t2. r1 always in t1; r2 in t1 until 2026-03-08, in t2 since 03-09. As of 2026-03-15 (calendar fiscal
// year): month 03-01…03-15, quarter and year 01-01…03-15.
//   o1 r2 c1 03-02 1,000.00 (t1)           p1 03-05 400.00 (t1), p2 03-11 100.00 (t2)
//   o2 r2 c2 03-10   500.00 (t2)
//   o3 r1 c1 02-10 2,000.00, cancelled 03-05   p4 02-20 500.00
//   o4 r2 c2 01-15   400.00 (t1), cancelled 03-12 (t2)
//   o5 r1 c2 03-03   101.01 split r1 ½, r2 ½ (§2: 50.51 / 50.50, both t1)   p3 03-06 20.01 (10.01 / 10.00)
//   o6 r1 c2 03-20   700.00 (after the day)
//   o7 r1 c1 01-10   300.00   p5 02-15 100.00, p6 03-14 250.00 (overpaid by 50.00)
// c1 pays in 30 days, c2 in 10.
struct Fixture
{
    Dataset ds;
    std::vector<UnitMembership> past{{"r2", "t1", d(2025, 1, 1), d(2026, 3, 8)}};
    WorkspaceSettings settings;
    Fixture()
    {
        ds.orgUnits = {OrgUnit{"co", std::nullopt, "Company", OrgKind::Company},
                       OrgUnit{"t1", "co", "Team 1", OrgKind::Team}, OrgUnit{"t2", "co", "Team 2", OrgKind::Team}};
        for (auto [id, unit] : {std::pair{"r1", "t1"}, std::pair{"r2", "t2"}}) {
            Rep r;
            r.id = id;
            r.name = id;
            r.orgUnitId = unit;
            r.hireDate = d(2025, 1, 1);
            ds.reps.push_back(r);
        }
        for (auto [id, terms] : {std::pair{"c1", 30}, std::pair{"c2", 10}}) {
            Customer c;
            c.id = id;
            c.name = id;
            c.ownerRepId = "r1";
            c.createdOn = d(2025, 1, 1);
            c.paymentTermsDays = terms;
            ds.customers.push_back(c);
        }
        ds.orders = {order("o1", "r2", "c1", d(2026, 3, 2), 100000),
                     order("o2", "r2", "c2", d(2026, 3, 10), 50000),
                     order("o3", "r1", "c1", d(2026, 2, 10), 200000, d(2026, 3, 5)),
                     order("o4", "r2", "c2", d(2026, 1, 15), 40000, d(2026, 3, 12)),
                     order("o5", "r1", "c2", d(2026, 3, 3), 10101),
                     order("o6", "r1", "c2", d(2026, 3, 20), 70000),
                     order("o7", "r1", "c1", d(2026, 1, 10), 30000)};
        ds.orderCredits = {OrderCredit{"o5", "r1", Rational(1, 2), false}, OrderCredit{"o5", "r2", Rational(1, 2), false}};
        ds.payments = {payment("p1", "o1", d(2026, 3, 5), 40000), payment("p2", "o1", d(2026, 3, 11), 10000),
                       payment("p3", "o5", d(2026, 3, 6), 2001),  payment("p4", "o3", d(2026, 2, 20), 50000),
                       payment("p5", "o7", d(2026, 2, 15), 10000), payment("p6", "o7", d(2026, 3, 14), 25000)};
        ds.targets = {Target{OwnerRef{OwnerKind::Unit, "t1"}, Metric::Revenue, "2026-03", Segment::All, 100000},
                      Target{OwnerRef{OwnerKind::Unit, "t1"}, Metric::Collections, "2026Q1", Segment::All, 200000},
                      Target{OwnerRef{OwnerKind::Rep, "r2"}, Metric::Revenue, "2026", Segment::All, 1000000}};
    }
};

const OwnerRef co{OwnerKind::Unit, "co"};
const OwnerRef t1{OwnerKind::Unit, "t1"};
const OwnerRef t2{OwnerKind::Unit, "t2"};
const OwnerRef r1{OwnerKind::Rep, "r1"};
const OwnerRef r2{OwnerKind::Rep, "r2"};

} // namespace

TEST_CASE("dashboard one-pass figures, worked by hand, with a team move", "[daily][dashboard]")
{
    Fixture f;
    const DatasetIndex index(f.ds);
    const ActualsEngine actuals(index, f.settings);
    const ReceivablesEngine receivables(index, f.settings);
    const UnitHistory history(index, f.past);
    const Date today = d(2026, 3, 15);
    const DashboardActuals pass(actuals, receivables, history, f.settings, today);
    using Span = DashboardActuals::Span;

    // Revenue, month: r1 −2,000.00 (o3 cancelled) + 50.51 = −1,949.49; r2 1,000.00 + 500.00 − 400.00 + 50.50 =
    // 1,150.50. t1 gets r1 and r2's o1 and o5 share: −1,949.49 + 1,050.50 = −898.99; t2 gets o2 and o4's
    // cancellation: 500.00 − 400.00 = 100.00; the company −798.99.
    CHECK(pass.actual(r1, Metric::Revenue, Span::Month) == -194949);
    CHECK(pass.actual(r2, Metric::Revenue, Span::Month) == 115050);
    CHECK(pass.actual(t1, Metric::Revenue, Span::Month) == -89899);
    CHECK(pass.actual(t2, Metric::Revenue, Span::Month) == 10000);
    CHECK(pass.actual(co, Metric::Revenue, Span::Month) == -79899);
    // Quarter: o3 nets to 0, o7 300.00, o4's booking stays in t1: r1 50.51 + 300.00 = 350.51; t1 350.51 + 1,050.50
    // + 400.00 = 1,801.01; t2 still 100.00; company 1,901.01. The year is the same (it starts with the quarter).
    CHECK(pass.actual(r1, Metric::Revenue, Span::Quarter) == 35051);
    CHECK(pass.actual(t1, Metric::Revenue, Span::Quarter) == 180101);
    CHECK(pass.actual(t2, Metric::Revenue, Span::Quarter) == 10000);
    CHECK(pass.actual(co, Metric::Revenue, Span::Year) == 190101);
    // Collections, month: t1 p1 400.00 + p3 20.01 + p6 250.00 = 670.01; t2 p2 100.00. Quarter: t1 + p4 500.00 +
    // p5 100.00 = 1,270.01; r1 10.01 + 250.00 + 500.00 + 100.00 = 860.01.
    CHECK(pass.actual(t1, Metric::Collections, Span::Month) == 67001);
    CHECK(pass.actual(t2, Metric::Collections, Span::Month) == 10000);
    CHECK(pass.actual(t1, Metric::Collections, Span::Quarter) == 127001);
    CHECK(pass.actual(r1, Metric::Collections, Span::Quarter) == 86001);
    CHECK(pass.actual(co, Metric::Collections, Span::Quarter) == 137001);
    // The whole March per rep (the contest): r1 −1,949.49 + o6 700.00 = −1,249.49.
    CHECK(pass.repWholePeriod("r1", Metric::Revenue, Span::Month) == -124949);
    CHECK(pass.repWholePeriod("r2", Metric::Revenue, Span::Month) == 115050);

    // March collection rate by rep_id (current units): r1's due set o5 101.01 (due 03-13, 20.01 paid), o6 700.00
    // (due 03-30), o7 300.00 − 100.00 = 200.00 at 03-01 (250.00 paid, counted up to 200.00): 220.01 / 1,001.01;
    // o1 is due 04-01, o3 and o4 are cancelled. r2: o2 500.00 due 03-20, nothing paid: 0.
    const CollectionRate rateT1 = pass.collectionRate(t1);
    CHECK(rateT1.dueCents == 100101);
    CHECK(rateT1.collectedCents == 22001);
    CHECK(rateT1.dueOrders == 3);
    CHECK(*rateT1.rate == Rational(22001, 100101));
    CHECK(*pass.collectionRate(t2).rate == Rational(0));
    CHECK(pass.collectionRate(co).dueCents == 150101);

    // Receivables as of 03-15: o1 600.00, o2 500.00, o5 81.00 (2 days past due), o7 −50.00 (overpaid, listed).
    std::int64_t balance = 0;
    for (const Receivable& r : pass.receivables())
        balance += r.balanceCents;
    CHECK(pass.receivables().size() == 4);
    CHECK(balance == 103100);
}

TEST_CASE("dashboard one-pass figures equal the engines' for every owner and span", "[daily][dashboard]")
{
    Fixture f;
    const DatasetIndex index(f.ds);
    const ActualsEngine actuals(index, f.settings);
    const ReceivablesEngine receivables(index, f.settings);
    const UnitHistory history(index, f.past);
    const FiscalCalendar cal = f.settings.calendar();
    for (const Date today : {d(2026, 3, 15), d(2026, 3, 8), d(2026, 3, 9), d(2026, 1, 1), d(2026, 3, 31)}) {
        const DashboardActuals pass(actuals, receivables, history, f.settings, today);
        for (const OwnerRef& owner : {co, t1, t2, r1, r2})
            for (const Metric metric : {Metric::Revenue, Metric::Collections})
                for (const auto span :
                     {DashboardActuals::Span::Month, DashboardActuals::Span::Quarter, DashboardActuals::Span::Year}) {
                    const Date first = pass.period(span).firstDay(cal);
                    const std::int64_t engine = owner.kind == OwnerKind::Rep
                        ? actuals.repActual(metric, owner.id, first, today)
                        : history.unitActual(actuals, metric, owner.id, first, today);
                    INFO(today.toString() << " " << owner.toString() << " span " << static_cast<int>(span));
                    CHECK(pass.actual(owner, metric, span) == engine);
                }
        const Period month = Period::monthOf(today);
        for (const OwnerRef& owner : {co, t1, t2, r1, r2}) {
            const CollectionRate expected = receivables.collectionRateOf(owner, month.firstDay(cal), month.lastDay(cal));
            const CollectionRate got = pass.collectionRate(owner);
            CHECK(got.dueCents == expected.dueCents);
            CHECK(got.collectedCents == expected.collectedCents);
            CHECK(got.dueOrders == expected.dueOrders);
            CHECK(got.rate == expected.rate);
        }
        CHECK(pass.receivables().size() == receivables.receivables(today).size());
    }
}

TEST_CASE("dashboard attainment views follow the move and match TargetMonitor without one", "[daily][dashboard]")
{
    Fixture f;
    const DatasetIndex index(f.ds);
    const Date today = d(2026, 3, 15);
    // t1's March revenue with the move: −898.99 against 1,000.00; its Q1 collections 1,270.01 against 2,000.00.
    const DashboardFigures fig = computeDashboard(index, f.settings, t1, today, {}, f.past);
    REQUIRE(fig.revenue.month);
    CHECK(fig.revenue.month->actual == -89899);
    CHECK(*fig.revenue.month->attainment == Rational(-89899, 100000));
    CHECK(fig.revenue.month->gap == 189899);
    // The quarter's and year's revenue targets are the sums of their month rows (TargetLookup): 1,000.00 again.
    REQUIRE(fig.revenue.year);
    CHECK(fig.revenue.year->target == 100000);
    CHECK(fig.revenue.year->actual == 180101);
    REQUIRE(fig.collections.quarter);
    CHECK(fig.collections.quarter->actual == 127001);
    // The receivables of t1's current reps (r1): o5 81.00 + o7 −50.00; o5 is overdue.
    CHECK(fig.balanceCents == 3100);
    CHECK(fig.overdueCents == 8100);
    CHECK(*fig.collectionRate.rate == Rational(22001, 100101));

    // Without kept memberships every figure is TargetMonitor's and ReceivablesEngine's.
    const ActualsEngine actuals(index, f.settings);
    const TargetLookup targets(f.ds.targets);
    const TargetMonitor monitor(actuals, targets, f.settings);
    for (const OwnerRef& owner : {co, t1, t2, r1, r2}) {
        const DashboardFigures plain = computeDashboard(index, f.settings, owner, today);
        for (const Metric metric : {Metric::Revenue, Metric::Collections}) {
            const TargetMonitor::Views expected = monitor.views(owner, metric, Segment::All, today);
            const TargetMonitor::Views& got = metric == Metric::Revenue ? plain.revenue : plain.collections;
            for (auto [e, g] : {std::pair{&expected.month, &got.month}, std::pair{&expected.quarter, &got.quarter},
                                std::pair{&expected.year, &got.year}}) {
                REQUIRE(e->has_value() == g->has_value());
                if (!*e)
                    continue;
                CHECK((*g)->actual == (*e)->actual);
                CHECK((*g)->target == (*e)->target);
                CHECK((*g)->attainment == (*e)->attainment);
                CHECK((*g)->runRate == (*e)->runRate);
                CHECK((*g)->from == (*e)->from);
                CHECK((*g)->to == (*e)->to);
                CHECK((*g)->elapsedWorkingDays == (*e)->elapsedWorkingDays);
                CHECK((*g)->workingDays == (*e)->workingDays);
            }
        }
    }
    // The contest (no plan: revenue of the whole month): r2 1,150.50 ranks first, r1 is below 0.
    const DashboardFigures company = computeDashboard(index, f.settings, std::nullopt, today, {}, f.past);
    REQUIRE(company.leaderboard.size() == 1);
    CHECK(company.leaderboard[0].repId == "r2");
    CHECK(company.leaderboard[0].value == Rational(115050));
}

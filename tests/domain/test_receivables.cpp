// Receivables, aging and collection rate (SPEC §5); every expected value worked by hand below.

#include "domain/Receivables.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(const char* s) { return Date::parseOrThrow(s); }
Money m(const char* s) { return Money::parseOrThrow(s); }

Customer customer(const char* id, int terms, std::optional<Money> limit = std::nullopt)
{
    Customer c;
    c.id = id;
    c.name = std::string("Customer ") + id;
    c.ownerRepId = "r1";
    c.paymentTermsDays = terms;
    c.creditLimit = limit;
    return c;
}

Order order(const char* id, const char* cust, const char* rep, const char* date, const char* amount,
            std::optional<Date> cancelled = std::nullopt)
{
    Order o;
    o.id = id;
    o.customerId = cust;
    o.repId = rep;
    o.productId = "p1";
    o.orderDate = d(date);
    o.amount = m(amount);
    o.grossProfit = Money();
    o.cancelledOn = cancelled;
    return o;
}

Payment payment(const char* id, const char* orderId, const char* date, const char* amount)
{
    return Payment{id, orderId, d(date), m(amount)};
}

void addOrg(Dataset& ds)
{
    ds.orgUnits = {{"C", std::nullopt, "Company", OrgKind::Company}, {"T1", std::string("C"), "Team 1", OrgKind::Team}};
    Rep r1;
    r1.id = "r1";
    r1.name = "Rep One";
    r1.orgUnitId = "T1";
    Rep r2 = r1;
    r2.id = "r2";
    r2.name = "Rep Two";
    ds.reps = {r1, r2};
}

// o1: c1 (terms 30, limit 400.00), r1, 2026-01-01, 1000.00; paid 300.00 on 01-15, 200.00 on 02-20, 600.00 on 03-10.
// o2: c2 (terms 0), r2, 2026-02-10, 100.00; paid 150.00 on 02-12 (overpaid).
// o3: c2, r2, 2026-02-01, 80.00; paid 80.00 on 02-05 (settled).
// o4: c3 (terms 60, limit 1000.00), r1, 2026-01-10, 500.00; cancelled 2026-02-15.
// o5: c3, r1, 2026-02-01, 300.00 (due 2026-04-02); paid 100.00 on 02-20.
Dataset sample()
{
    Dataset ds;
    addOrg(ds);
    ds.customers = {customer("c1", 30, m("400.00")), customer("c2", 0), customer("c3", 60, m("1000.00"))};
    ds.orders = {order("o1", "c1", "r1", "2026-01-01", "1000.00"), order("o2", "c2", "r2", "2026-02-10", "100.00"),
                 order("o3", "c2", "r2", "2026-02-01", "80.00"),
                 order("o4", "c3", "r1", "2026-01-10", "500.00", d("2026-02-15")),
                 order("o5", "c3", "r1", "2026-02-01", "300.00")};
    ds.payments = {payment("p1", "o1", "2026-01-15", "300.00"), payment("p2", "o1", "2026-02-20", "200.00"),
                   payment("p3", "o1", "2026-03-10", "600.00"), payment("p4", "o2", "2026-02-12", "150.00"),
                   payment("p5", "o3", "2026-02-05", "80.00"),  payment("p6", "o5", "2026-02-20", "100.00")};
    return ds;
}

} // namespace

TEST_CASE("aging buckets by days past due")
{
    CHECK(agingBucketFor(-5) == AgingBucket::Current);
    CHECK(agingBucketFor(0) == AgingBucket::Current); // the due date itself is current
    CHECK(agingBucketFor(1) == AgingBucket::Days1To30);
    CHECK(agingBucketFor(30) == AgingBucket::Days1To30);
    CHECK(agingBucketFor(31) == AgingBucket::Days31To60);
    CHECK(agingBucketFor(60) == AgingBucket::Days31To60);
    CHECK(agingBucketFor(61) == AgingBucket::Days61To90);
    CHECK(agingBucketFor(90) == AgingBucket::Days61To90);
    CHECK(agingBucketFor(91) == AgingBucket::Days91To180);
    CHECK(agingBucketFor(180) == AgingBucket::Days91To180);
    CHECK(agingBucketFor(181) == AgingBucket::Over180);
    CHECK(toCode(AgingBucket::Over180) == ">180");
    CHECK(toCode(AgingBucket::Days91To180) == "91-180");
}

TEST_CASE("aging of one order at the bucket boundaries, by date")
{
    // Order 2026-01-01, terms 30 → due 2026-01-31. Days past due from Jan 31:
    // Feb 28 = 28, Mar 2 = 30, Mar 3 = 31, Apr 1 = 28+31+1 = 60... May 1 = 28+31+30+1 = 90, May 2 = 91,
    // Jul 30 = 28+31+30+31+30+30 = 180, Jul 31 = 181.
    Dataset ds;
    addOrg(ds);
    ds.customers = {customer("c1", 30)};
    ds.orders = {order("o1", "c1", "r1", "2026-01-01", "1000.00")};
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ReceivablesEngine eng(idx, s);
    const Order& o = ds.orders[0];
    CHECK(eng.dueDate(o) == d("2026-01-31"));

    struct Case
    {
        const char* asOf;
        int days;
        AgingBucket bucket;
    };
    for (const Case& c : {Case{"2026-01-31", 0, AgingBucket::Current}, Case{"2026-03-02", 30, AgingBucket::Days1To30},
                          Case{"2026-03-03", 31, AgingBucket::Days31To60}, Case{"2026-05-01", 90, AgingBucket::Days61To90},
                          Case{"2026-05-02", 91, AgingBucket::Days91To180},
                          Case{"2026-07-30", 180, AgingBucket::Days91To180},
                          Case{"2026-07-31", 181, AgingBucket::Over180}}) {
        INFO(c.asOf);
        auto r = eng.receivableOf(o, d(c.asOf));
        REQUIRE(r);
        CHECK(r->daysPastDue == c.days);
        CHECK(r->bucket == c.bucket);
        CHECK(r->balanceCents == 100000);
    }
    // Not dated yet on 2025-12-31.
    CHECK_FALSE(eng.receivableOf(o, d("2025-12-31")));
}

TEST_CASE("receivable balances: payments, overpaid, settled, cancelled")
{
    Dataset ds = sample();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ReceivablesEngine eng(idx, s);

    // o1 as of 2026-01-31: 1000.00 − 300.00 = 700.00; due date itself → current.
    auto r1 = eng.receivableOf(ds.orders[0], d("2026-01-31"));
    REQUIRE(r1);
    CHECK(r1->balanceCents == 70000);
    CHECK(r1->bucket == AgingBucket::Current);
    // o1 as of 2026-03-10: 1000 − 300 − 200 − 600 = −100.00, listed (overpaid).
    auto r1b = eng.receivableOf(ds.orders[0], d("2026-03-10"));
    REQUIRE(r1b);
    CHECK(r1b->balanceCents == -10000);
    // o2 as of 2026-02-28: 100 − 150 = −50.00, due 02-10, 18 days → 1-30.
    auto r2 = eng.receivableOf(ds.orders[1], d("2026-02-28"));
    REQUIRE(r2);
    CHECK(r2->balanceCents == -5000);
    CHECK(r2->daysPastDue == 18);
    CHECK(r2->bucket == AgingBucket::Days1To30);
    // o3: 80.00 open on 02-04, settled (zero, not listed) from 02-05.
    REQUIRE(eng.receivableOf(ds.orders[2], d("2026-02-04")));
    CHECK(eng.receivableOf(ds.orders[2], d("2026-02-04"))->balanceCents == 8000);
    CHECK_FALSE(eng.receivableOf(ds.orders[2], d("2026-02-05")));
    // o4: open the day before its cancellation, gone on the cancellation date.
    REQUIRE(eng.receivableOf(ds.orders[3], d("2026-02-14")));
    CHECK(eng.receivableOf(ds.orders[3], d("2026-02-14"))->balanceCents == 50000);
    CHECK_FALSE(eng.receivableOf(ds.orders[3], d("2026-02-15")));
}

TEST_CASE("receivables report as of 2026-02-28")
{
    Dataset ds = sample();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ReceivablesEngine eng(idx, s);
    ReceivablesReport rep = eng.report(d("2026-02-28"));

    // Listed: o1 500.00 (1000 − 300 − 200; 28 days → 1-30), o2 −50.00 (1-30),
    // o5 200.00 (300 − 100; due 04-02 → current). o3 settled, o4 cancelled.
    REQUIRE(rep.receivables.size() == 3);
    CHECK(rep.total[AgingBucket::Current] == 20000);
    CHECK(rep.total[AgingBucket::Days1To30] == 45000); // 500.00 − 50.00
    CHECK(rep.total.total() == 65000);

    REQUIRE(rep.customers.size() == 3);
    CHECK(rep.customers[0].id == "c1");
    CHECK(rep.customers[0].aging[AgingBucket::Days1To30] == 50000);
    CHECK(rep.customers[1].id == "c2");
    CHECK(rep.customers[1].aging[AgingBucket::Days1To30] == -5000);
    CHECK(rep.customers[2].id == "c3");
    CHECK(rep.customers[2].aging[AgingBucket::Current] == 20000);

    // Per rep by the order's rep_id: r1 = 500.00 + 200.00, r2 = −50.00.
    REQUIRE(rep.reps.size() == 2);
    CHECK(rep.reps[0].aging.total() == 70000);
    CHECK(rep.reps[1].aging.total() == -5000);
    // Units: the company and the team both hold everything.
    REQUIRE(rep.units.size() == 2);
    CHECK(rep.units[0].id == "C");
    CHECK(rep.units[0].aging.total() == 65000);
    CHECK(rep.units[1].id == "T1");

    // Overdue: only o1 (o2 is overpaid, o5 is current).
    REQUIRE(rep.overdue.size() == 1);
    CHECK(rep.overdue[0].order->id == "o1");

    // c1's balance 500.00 is over its limit 400.00; c3 (200.00 ≤ 1000.00) is not flagged.
    REQUIRE(rep.creditFlags.size() == 1);
    CHECK(rep.creditFlags[0].customerId == "c1");
    CHECK(rep.creditFlags[0].overCreditLimit);
    CHECK_FALSE(rep.creditFlags[0].overdue90);

    // Owner filter rep:r2 keeps o2 only (o3 settled).
    ReceivablesReport r2 = eng.report(d("2026-02-28"), OwnerRef{OwnerKind::Rep, "r2"});
    REQUIRE(r2.customers.size() == 1);
    CHECK(r2.customers[0].id == "c2");
    CHECK(r2.total.total() == -5000);
}

TEST_CASE("credit flag for more than 90 days past due")
{
    Dataset ds = sample();
    ds.payments.erase(ds.payments.begin() + 2); // drop o1's March payment
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ReceivablesEngine eng(idx, s);
    // As of 2026-05-02 o1 is 91 days past due with 500.00 open.
    ReceivablesReport rep = eng.report(d("2026-05-02"));
    REQUIRE_FALSE(rep.creditFlags.empty());
    CHECK(rep.creditFlags[0].customerId == "c1");
    CHECK(rep.creditFlags[0].overdue90);
    CHECK(rep.creditFlags[0].over90Cents == 50000);
    CHECK(rep.total[AgingBucket::Days91To180] == 50000);
}

TEST_CASE("collection rate of SPEC §5")
{
    Dataset ds = sample();
    DatasetIndex idx(ds);
    WorkspaceSettings s;
    ReceivablesEngine eng(idx, s);

    SECTION("February: orders dated inside P, a payment above the balance, a cancellation, a later due date")
    {
        // o1: opening 1000 − 300 = 700.00, collected 200.00 (02-20).
        // o2: dated in P → opening 100.00; paid 150.00 in P, counted up to 100.00.
        // o3: dated in P → opening 80.00; collected 80.00.
        // o4: cancelled 02-15 ≤ 02-28 → out. o5: due 04-02 > 02-28 → out.
        // due = 880.00, collected = 380.00, rate = 380/880 = 19/44 = 0.43181… → 0.4318.
        CollectionRate cr = eng.collectionRateOf(std::nullopt, d("2026-02-01"), d("2026-02-28"));
        CHECK(cr.dueOrders == 3);
        CHECK(cr.dueCents == 88000);
        CHECK(cr.collectedCents == 38000);
        REQUIRE(cr.rate);
        CHECK(*cr.rate == Rational(19, 44));
        CHECK(cr.rate->toFixed(4) == "0.4318");
        // Over r1's orders only: o1 → 200/700 = 2/7.
        CollectionRate r1 = eng.collectionRateOfRep("r1", d("2026-02-01"), d("2026-02-28"));
        REQUIRE(r1.rate);
        CHECK(*r1.rate == Rational(2, 7));
    }
    SECTION("March: opening balances ≤ 0 leave the due set; a payment above the balance counts up to it")
    {
        // o1: opening 1000 − 500 = 500.00, paid 600.00 → 500.00. o2 opening −50, o3 opening 0 → out.
        // o5 due 04-02 > 03-31 → out. Rate 500/500 = 1.
        CollectionRate cr = eng.collectionRateOf(std::nullopt, d("2026-03-01"), d("2026-03-31"));
        CHECK(cr.dueCents == 50000);
        CHECK(cr.collectedCents == 50000);
        REQUIRE(cr.rate);
        CHECK(*cr.rate == Rational(1));
    }
    SECTION("nothing due: not applicable")
    {
        CollectionRate cr = eng.collectionRateOf(std::nullopt, d("2025-12-01"), d("2025-12-31"));
        CHECK(cr.dueOrders == 0);
        CHECK(cr.dueCents == 0);
        CHECK_FALSE(cr.rate);
    }
    SECTION("the report carries the rate of the month holding the as-of date")
    {
        ReceivablesReport rep = eng.report(d("2026-02-28"));
        CHECK(rep.collectionPeriod.label() == "2026-02");
        REQUIRE(rep.collectionRate.rate);
        CHECK(*rep.collectionRate.rate == Rational(19, 44));
    }
}

// The dashboard's compact lookups (IdPositions, DashboardIndex): positions by id on numbered and other ids, each
// order's rep and customer (an unknown customer gets a slot of its own), first orders (SPEC §3: never a cancelled
// one, ties on the date to the lowest id), due dates (SPEC §5: order date + payment terms, 30 days without a
// customer row), payments by order and the last contact on or before a day. Tiny fixtures, values worked by hand.

#include "domain/Actuals.h"
#include "domain/DashboardIndex.h"
#include "domain/IdPositions.h"
#include "domain/Receivables.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

Date d(int y, int m, int dd)
{
    return Date::fromYmd(y, m, dd);
}

struct Row
{
    std::string id;
};

std::vector<Row> rows(std::initializer_list<const char*> ids)
{
    std::vector<Row> out;
    for (const char* id : ids)
        out.push_back({id});
    return out;
}

Order order(const char* id, const char* repId, const char* customer, Date on, std::optional<Date> cancelled = {})
{
    Order o;
    o.id = id;
    o.customerId = customer;
    o.repId = repId;
    o.orderDate = on;
    o.amount = Money::fromCents(10000);
    o.cancelledOn = cancelled;
    return o;
}

Activity activity(const char* id, const char* customer, Date on)
{
    Activity a;
    a.id = id;
    a.repId = "E01";
    a.customerId = customer;
    a.date = on;
    return a;
}

} // namespace

TEST_CASE("IdPositions finds rows by numbered and by other ids", "[daily][dashboard]")
{
    SECTION("numbered in sequence: C0007, C0008, C0009 are rows 0, 1, 2")
    {
        const auto list = rows({"C0007", "C0008", "C0009"});
        const IdPositions<Row> ids(list);
        CHECK(ids.find("C0007") == 0);
        CHECK(ids.find("C0009") == 2);
        CHECK(ids.find("C0006") == IdPositions<Row>::npos); // before the first number
        CHECK(ids.find("C0010") == IdPositions<Row>::npos); // after the last
        CHECK(ids.find("C007") == IdPositions<Row>::npos);  // other width
        CHECK(ids.find("D0008") == IdPositions<Row>::npos); // other prefix
        CHECK(ids.find("C00x8") == IdPositions<Row>::npos);
        CHECK(ids.find("") == IdPositions<Row>::npos);
    }
    SECTION("not numbered in sequence (a gap, widths that change, long ids, duplicates): the table")
    {
        const auto gap = rows({"C1", "C2", "C4"});
        const IdPositions<Row> a(gap);
        CHECK(a.find("C4") == 2);
        CHECK(a.find("C3") == IdPositions<Row>::npos);

        const auto widths = rows({"C8", "C9", "C10"}); // C10 has one digit more
        const IdPositions<Row> b(widths);
        CHECK(b.find("C10") == 2);
        CHECK(b.find("C8") == 0);

        // Ids longer than eight bytes sharing their first eight: told apart by the rest.
        const auto longIds = rows({"customer-alpha", "customer-beta", "customer-alphb", "x"});
        const IdPositions<Row> c(longIds);
        CHECK(c.find("customer-alpha") == 0);
        CHECK(c.find("customer-beta") == 1);
        CHECK(c.find("customer-alphb") == 2);
        CHECK(c.find("x") == 3);
        CHECK(c.find("customer-alphc") == IdPositions<Row>::npos);
        CHECK(c.find("customer") == IdPositions<Row>::npos);

        const auto dup = rows({"b", "a", "b"}); // the first row of an id wins
        const IdPositions<Row> e(dup);
        CHECK(e.find("b") == 0);
        CHECK(e.find("a") == 1);

        const std::vector<Row> none;
        CHECK(IdPositions<Row>(none).find("a") == IdPositions<Row>::npos);
    }
    SECTION("many rows: every id found at its own position")
    {
        std::vector<Row> many;
        for (int i = 0; i < 5000; ++i)
            many.push_back({"row-" + std::to_string(i * 7)}); // not in sequence: the table
        const IdPositions<Row> ids(many);
        for (std::size_t i = 0; i < many.size(); ++i)
            REQUIRE(ids.find(many[i].id) == i);
        CHECK(ids.find("row-1") == IdPositions<Row>::npos);
    }
}

TEST_CASE("DashboardIndex: positions, first orders, due dates, payments and last contacts", "[daily][dashboard]")
{
    Dataset ds;
    for (const char* id : {"E01", "E02"}) {
        Rep r;
        r.id = id;
        r.orgUnitId = "co";
        ds.reps.push_back(r);
    }
    for (auto [id, terms] : {std::pair{"C1", 45}, std::pair{"C2", 10}}) {
        Customer c;
        c.id = id;
        c.ownerRepId = "E02";
        c.paymentTermsDays = terms;
        ds.customers.push_back(c);
    }
    // C1: o1 03-05 cancelled, o2 03-07, o3 03-07 (tie: o2 is lower), o4 03-01 cancelled → first order o2.
    // C2: o5 02-01 → first; Z9 (no customer row): o6 04-01 by a rep that does not exist.
    ds.orders = {order("o1", "E01", "C1", d(2026, 3, 5), d(2026, 3, 6)), order("o2", "E02", "C1", d(2026, 3, 7)),
                 order("o3", "E01", "C1", d(2026, 3, 7)), order("o4", "E01", "C1", d(2026, 3, 1), d(2026, 3, 2)),
                 order("o5", "E01", "C2", d(2026, 2, 1)), order("o6", "E99", "Z9", d(2026, 4, 1))};
    ds.payments = {Payment{"p1", "o2", d(2026, 3, 9), Money::fromCents(100)},
                   Payment{"p2", "o5", d(2026, 3, 9), Money::fromCents(200)},
                   Payment{"p3", "o2", d(2026, 3, 10), Money::fromCents(300)},
                   Payment{"p4", "nope", d(2026, 3, 10), Money::fromCents(400)}};
    ds.activities = {activity("a1", "C1", d(2026, 3, 1)), activity("a2", "C1", d(2026, 3, 20)),
                     activity("a3", "C1", d(2026, 3, 10)), activity("a4", "Z9", d(2026, 3, 1))};
    const DatasetIndex index(ds);
    const DashboardIndex positions(index);

    CHECK(positions.repPosition("E02") == 1);
    CHECK(positions.repPosition("E99") == DashboardIndex::npos);
    CHECK(positions.orderRep(5) == DashboardIndex::npos);
    CHECK(positions.orderCustomer(0) == 0);
    CHECK(positions.orderCustomer(4) == 1);
    CHECK(positions.orderCustomer(5) == 2); // Z9: the first slot after the two customers
    CHECK(positions.customerSlots() == 3);
    CHECK(positions.customerRep(0) == 1);

    CHECK(positions.firstOrder(0) == &ds.orders[1]);
    CHECK(positions.firstOrder(1) == &ds.orders[4]);
    CHECK(positions.firstOrder(2) == &ds.orders[5]);
    const ActualsEngine actuals(index, WorkspaceSettings{});
    CHECK(actuals.firstOrder("C1") == positions.firstOrder(0));
    CHECK(actuals.firstOrder("Z9") == positions.firstOrder(2));

    // o2 03-07 + 45 days = 04-21; o5 02-01 + 10 = 02-11; o6 (no customer row) 04-01 + 30 = 05-01.
    CHECK(positions.dueDate(1) == d(2026, 4, 21));
    CHECK(positions.dueDate(4) == d(2026, 2, 11));
    CHECK(positions.dueDate(5) == d(2026, 5, 1));
    const WorkspaceSettings settings;
    const ReceivablesEngine receivables(index, settings);
    for (std::size_t i = 0; i < ds.orders.size(); ++i)
        CHECK(positions.dueDate(i) == receivables.dueDate(ds.orders[i]));

    // o2 has p1 and p3 (1.00 + 3.00), o5 has p2; p4 names no order.
    std::int64_t o2 = 0;
    for (const DashboardIndex::PaymentFacts& p : positions.paymentsOfOrder(1)) {
        o2 += p.cents;
        CHECK(p.cents == ds.payments[p.payment].amount.cents());
        CHECK(p.paidOn == ds.payments[p.payment].paidOn);
    }
    CHECK(positions.paymentsOfOrder(1).size() == 2);
    CHECK(o2 == 400);
    REQUIRE(positions.paymentsOfOrder(4).size() == 1);
    CHECK(ds.payments[positions.paymentsOfOrder(4)[0].payment].id == "p2");
    CHECK(positions.paymentsOfOrder(0).empty());

    // C1's activities on 03-01, 03-20, 03-10: as of 03-15 the last is 03-10; as of 03-20 it is 03-20.
    CHECK(positions.lastContacts(d(2026, 3, 15))[0] == d(2026, 3, 10));
    CHECK(positions.lastContacts(d(2026, 3, 20))[0] == d(2026, 3, 20));
    CHECK_FALSE(positions.lastContacts(d(2026, 2, 28))[0]);
    CHECK_FALSE(positions.lastContacts(d(2026, 3, 20))[1]); // C2: none
    CHECK(positions.lastContacts(d(2026, 3, 20)).size() == 2); // Z9's activity has no customer row

    // Payments already in the orders' order are kept as they come: o1's two, then o3's.
    Dataset inOrder = ds;
    inOrder.payments = {Payment{"q1", "o1", d(2026, 3, 9), Money::fromCents(1)},
                        Payment{"q2", "o1", d(2026, 3, 8), Money::fromCents(2)},
                        Payment{"q3", "o3", d(2026, 3, 9), Money::fromCents(4)}};
    const DatasetIndex inOrderIndex(inOrder);
    const DashboardIndex grouped(inOrderIndex);
    REQUIRE(grouped.paymentsOfOrder(0).size() == 2);
    CHECK(grouped.paymentsOfOrder(0)[1].cents == 2);
    CHECK(grouped.paymentsOfOrder(1).empty());
    REQUIRE(grouped.paymentsOfOrder(2).size() == 1);
    CHECK(grouped.paymentsOfOrder(2)[0].payment == 2);
}

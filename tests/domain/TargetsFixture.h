#pragma once

// A small company for the targets tests:
//   C (company) ── R1 (region) ── T1 (team): a1 senior hired 2020-01-01, a2 junior hired 2025-11-15
//              │               └─ T2 (team): b1 mid hired 2025-07-01
//              │               (m1, a regional manager, sits on R1 itself)
//              └─ R2 (region) ── T3 (team): c1 mid hired 2019-05-05, c2 left 2025-12-31
// Orders (revenue): o0 k1/a1 2024-06-01 100.00; o1 k1/a1 2025-03-10 600.00; o2 k2/a2 2025-05-05 200.00;
// o3 k3/b1 2025-02-01 300.00 cancelled 2025-02-20; o4 k4/c1 2025-08-01 100.00;
// o5 k3/b1 2024-12-15 50.00 cancelled 2025-01-10.

#include "domain/Dataset.h"

namespace targets_fixture {

using namespace sd;

inline OrgUnit unit(const char* id, const char* parent, OrgKind kind)
{
    OrgUnit u;
    u.id = id;
    if (parent)
        u.parentId = parent;
    u.name = id;
    u.kind = kind;
    return u;
}

inline Rep rep(const char* id, const char* unitId, Level level, Date hired, Role role = Role::Rep)
{
    Rep r;
    r.id = id;
    r.name = id;
    r.orgUnitId = unitId;
    r.level = level;
    r.hireDate = hired;
    r.role = role;
    return r;
}

inline Order order(const char* id, const char* customer, const char* repId, Date on, std::int64_t cents,
                   std::optional<Date> cancelled = std::nullopt)
{
    Order o;
    o.id = id;
    o.customerId = customer;
    o.repId = repId;
    o.productId = "p1";
    o.orderDate = on;
    o.amount = Money::fromCents(cents);
    o.grossProfit = Money::fromCents(cents / 2);
    o.cancelledOn = cancelled;
    return o;
}

inline Dataset company()
{
    auto d = [](int y, int m, int dd) { return Date::fromYmd(y, m, dd); };
    Dataset ds;
    ds.orgUnits
        = { unit("C", nullptr, OrgKind::Company), unit("R1", "C", OrgKind::Region), unit("R2", "C", OrgKind::Region),
            unit("T1", "R1", OrgKind::Team),      unit("T2", "R1", OrgKind::Team),  unit("T3", "R2", OrgKind::Team) };
    Rep c2 = rep("c2", "T3", Level::Senior, d(2018, 1, 1));
    c2.leftOn = d(2025, 12, 31);
    ds.reps = { rep("a1", "T1", Level::Senior, d(2020, 1, 1)),
                rep("a2", "T1", Level::Junior, d(2025, 11, 15)),
                rep("b1", "T2", Level::Mid, d(2025, 7, 1)),
                rep("c1", "T3", Level::Mid, d(2019, 5, 5)),
                c2,
                rep("m1", "R1", Level::Senior, d(2015, 1, 1), Role::RegionalManager) };
    ds.products = { Product{ "p1", "Widget", "std" } };
    for (const char* k : { "k1", "k2", "k3", "k4" }) {
        Customer c;
        c.id = k;
        c.name = k;
        c.ownerRepId = "a1";
        c.createdOn = d(2024, 1, 1);
        ds.customers.push_back(c);
    }
    ds.orders = {
        order("o0", "k1", "a1", d(2024, 6, 1), 10000), order("o1", "k1", "a1", d(2025, 3, 10), 60000),
        order("o2", "k2", "a2", d(2025, 5, 5), 20000), order("o3", "k3", "b1", d(2025, 2, 1), 30000, d(2025, 2, 20)),
        order("o4", "k4", "c1", d(2025, 8, 1), 10000), order("o5", "k3", "b1", d(2024, 12, 15), 5000, d(2025, 1, 10))
    };
    return ds;
}

} // namespace targets_fixture

#pragma once

// Shared helpers for the storage tests: a QCoreApplication (Qt SQL loads its driver plugins
// through it), a temp-file workspace, a sample dataset with every optional field, and row
// descriptions that make a mismatch readable.

#include "PgTestServer.h"

#include "domain/Dataset.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sstream>
#include <string>

namespace sd::storage::test {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_storage";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// The two storage backends the repository tests run on with the same test code.
enum class Backend { Sqlite, Postgres };

// The backends to run: both, or only those named in SALESDESK_TEST_BACKENDS ("sqlite", "postgresql").
inline std::vector<Backend> testBackends()
{
    const QString only = qEnvironmentVariable("SALESDESK_TEST_BACKENDS");
    std::vector<Backend> out;
    if (only.isEmpty() || only.contains(QStringLiteral("sqlite")))
        out.push_back(Backend::Sqlite);
    if (only.isEmpty() || only.contains(QStringLiteral("postgres")))
        out.push_back(Backend::Postgres);
    return out;
}

// A workspace location: a file in a temp folder (the default), or on the Postgres backend a new database on the
// test server (tests/support/PgTestServer.h), copied from a template migrated once per process, so that
// `Workspace ws(tmp.path())` works alike on both. available() is false (with a WARN) when the server cannot run.
struct TempWorkspace
{
    TempWorkspace() { ensureApp(); }
    explicit TempWorkspace(Backend b)
        : backend(b)
    {
        ensureApp();
        if (b != Backend::Postgres)
            return;
        auto& server = sd::test::PgTestServer::instance();
        if (!server.available()) {
            WARN("PostgreSQL backend not tested: " << server.unavailableReason());
            return;
        }
        static const QString migratedTemplate = [&] {
            const QString name = server.createDatabase();
            Workspace(server.url(name)); // runs every migration
            return name;
        }();
        m_url = server.url(server.createDatabase(migratedTemplate));
    }
    Backend backend = Backend::Sqlite;
    QTemporaryDir dir;
    bool available() const { return backend == Backend::Sqlite || !m_url.isEmpty(); }
    bool isServer() const { return backend == Backend::Postgres; }
    const char* backendName() const { return isServer() ? "postgresql" : "sqlite"; }
    QString path() const { return isServer() ? m_url : dir.filePath(QStringLiteral("w.sqlite")); }

private:
    QString m_url;
};

// Opens `tmp` as a TempWorkspace on each backend in turn (the test case runs once per backend; Catch GENERATE),
// names the backend in failure messages, and ends the run for a backend that is not available.
#define SD_ON_EACH_BACKEND(tmp)                                                                                       \
    ::sd::storage::test::TempWorkspace tmp(GENERATE(from_range(::sd::storage::test::testBackends())));              \
    INFO("backend: " << tmp.backendName());                                                                          \
    if (!tmp.available())                                                                                            \
    return

inline Date d(const char* text) { return Date::parseOrThrow(text); }
inline Money m(const char* text) { return Money::parseOrThrow(text); }
inline Rational r(const char* text) { return *Rational::parse(text); }

template <class T>
std::string opt(const std::optional<T>& v)
{
    if (!v)
        return "null";
    if constexpr (std::is_same_v<T, std::string>)
        return *v;
    else
        return v->toString();
}

inline std::string describe(const OrgUnit& x)
{
    return x.id + "|" + opt(x.parentId) + "|" + x.name + "|" + std::string(toCode(x.kind));
}
inline std::string describe(const Rep& x)
{
    return x.id + "|" + x.name + "|" + x.orgUnitId + "|" + std::string(toCode(x.role)) + "|"
        + std::string(toCode(x.level)) + "|" + x.hireDate.toString() + "|" + opt(x.managerId) + "|"
        + (x.active ? "1" : "0") + "|" + opt(x.leftOn);
}
inline std::string describe(const Product& x) { return x.id + "|" + x.name + "|" + x.category; }
inline std::string describe(const Customer& x)
{
    return x.id + "|" + x.name + "|" + x.ownerRepId + "|" + opt(x.industry) + "|" + x.createdOn.toString() + "|"
        + std::to_string(x.paymentTermsDays) + "|" + opt(x.creditLimit) + "|" + opt(x.birthday) + "|"
        + opt(x.foundedOn);
}
inline std::string describe(const Opportunity& x)
{
    std::string s = x.id + "|" + x.name + "|" + x.customerId + "|" + x.ownerRepId + "|" + x.amount.toString() + "|"
        + x.createdOn.toString() + "|" + opt(x.expectedCloseOn) + "|" + x.stage + "|history:";
    for (const auto& e : x.history)
        s += e.stage + "@" + e.enteredOn.toString() + ",";
    return s;
}
inline std::string describe(const Order& x)
{
    return x.id + "|" + x.customerId + "|" + x.repId + "|" + x.productId + "|" + x.orderDate.toString() + "|"
        + x.amount.toString() + "|" + x.grossProfit.toString() + "|" + opt(x.opportunityId) + "|"
        + opt(x.cancelledOn);
}
inline std::string describe(const OrderCredit& x)
{
    return x.orderId + "|" + x.repId + "|" + x.share.toString() + "|" + (x.overlay ? "1" : "0");
}
inline std::string describe(const Payment& x)
{
    return x.id + "|" + x.orderId + "|" + x.paidOn.toString() + "|" + x.amount.toString();
}
inline std::string describe(const Activity& x)
{
    return x.id + "|" + x.repId + "|" + x.customerId + "|" + std::string(toCode(x.kind)) + "|" + x.date.toString()
        + "|" + opt(x.opportunityId) + "|" + opt(x.note);
}
inline std::string describe(const Target& x)
{
    return x.owner.toString() + "|" + std::string(toCode(x.metric)) + "|" + x.period + "|"
        + std::string(toCode(x.segment)) + "|" + std::to_string(x.amount);
}
inline std::string describe(const KpiValue& x) { return x.repId + "|" + x.period + "|" + x.code + "|" + x.value.toString(); }
inline std::string describe(const Review& x)
{
    return x.subjectRepId + "|" + x.period + "|" + x.reviewerKind + "|" + opt(x.reviewerId) + "|" + x.score.toString();
}

template <class T>
std::vector<std::string> describeAll(const std::vector<T>& rows)
{
    std::vector<std::string> out;
    for (const T& row : rows)
        out.push_back(describe(row));
    return out;
}

// A small company with every optional field both set and empty, rows deliberately out of
// dependency order (a team before its region, a rep before its manager).
inline Dataset sampleDataset()
{
    Dataset ds;
    ds.orgUnits = {OrgUnit{"T1", std::string("R1"), "华东一组", OrgKind::Team},
                   OrgUnit{"C", std::nullopt, "Acme", OrgKind::Company},
                   OrgUnit{"R1", std::string("C"), "East", OrgKind::Region}};
    ds.reps = {Rep{"r2", "李雷", "T1", Role::Rep, Level::Junior, d("2025-03-01"), std::string("r3"), true, std::nullopt},
               Rep{"r1", "Boss", "C", Role::SeniorManager, Level::Senior, d("2020-01-15"), std::nullopt, true,
                   std::nullopt},
               Rep{"r3", "Han", "R1", Role::RegionalManager, Level::Mid, d("2021-07-01"), std::string("r1"), false,
                   d("2026-06-30")}};
    ds.products = {Product{"p1", "Widget", "strategic"}, Product{"p2", "Gadget", "standard"}};
    ds.customers = {Customer{"c1", "Alpha Co", "r2", std::string("制造"), d("2025-04-01"), 45, m("-0.05"),
                             d("1980-02-29"), d("2001-10-01")},
                    Customer{"c2", "beta ltd", "r3", std::nullopt, d("2025-05-02"), 30, std::nullopt, std::nullopt,
                             std::nullopt}};
    Opportunity o1{"o1", "Big deal", "c1", "r2", m("120000.50"), d("2026-01-05"), d("2026-03-31"), "won", {}};
    o1.history = {{"lead", d("2026-01-05")}, {"proposal", d("2026-02-01")}, {"won", d("2026-02-01")}};
    Opportunity o2{"o2", "Small", "c2", "r3", m("-10.00"), d("2026-02-10"), std::nullopt, "lead", {}};
    ds.opportunities = {o2, o1};
    ds.orders = {Order{"ord1", "c1", "r2", "p1", d("2026-02-01"), m("120000.50"), m("30000.13"), std::string("o1"),
                       std::nullopt},
                 Order{"ord2", "c2", "r3", "p2", d("2026-02-03"), m("-100.01"), m("-20.00"), std::nullopt,
                       d("2026-02-04")}};
    ds.orderCredits = {OrderCredit{"ord1", "r2", r("0.333333"), false}, OrderCredit{"ord1", "r3", r("0.666667"), false},
                       OrderCredit{"ord1", "r1", r("0.1"), true}};
    ds.payments = {Payment{"pay1", "ord1", d("2026-03-01"), m("50000.00")},
                   Payment{"pay2", "ord1", d("2026-03-15"), m("0.01")}};
    ds.activities = {Activity{"a1", "r2", "c1", ActivityKind::Demo, d("2026-01-20"), std::string("o1"),
                              std::string("演示, \"quoted\"; semi")},
                     Activity{"a2", "r3", "c2", ActivityKind::Email, d("2026-02-11"), std::nullopt, std::nullopt}};
    ds.targets = {Target{OwnerRef{OwnerKind::Unit, "C"}, Metric::Revenue, "2026", Segment::All, 100000000},
                  Target{OwnerRef{OwnerKind::Rep, "r2"}, Metric::NewCustomers, "2026Q1", Segment::New, 5}};
    ds.kpiValues = {KpiValue{"r2", "2026Q3", "csat", r("4.75")}};
    ds.reviews = {Review{"r2", "2026Q3", "supervisor", std::string("r3"), r("85.5")},
                  Review{"r2", "2026Q3", "peer", std::nullopt, r("90")},
                  Review{"r3", "2026Q3", "self", std::string("r3"), r("70")}};
    return ds;
}

} // namespace sd::storage::test

// Team mode's permissions enforced by the server (issue 9, item 3): as each role's own login, straight through a
// QPSQL connection (not the app), what can be read and changed. The server is a real PostgreSQL on loopback
// (tests/support/PgTestServer.h); without PostgreSQL installed the tests say so and pass.
#include "PgTestServer.h"
#include "StorageTestSupport.h"

#include "storage/ImportWriter.h"
#include "storage/Migrator.h"
#include "storage/PostgresDialect.h"
#include "storage/TeamSecurity.h"
#include "storage/TeamSecurityUrl.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

bool serverAvailable()
{
    ensureApp();
    auto& server = sd::test::PgTestServer::instance();
    if (!server.available())
        WARN("PostgreSQL permission tests not run: " << server.unavailableReason());
    return server.available();
}

// The company of these tests:  C ─┬─ R1 (East) ─┬─ T1: e1, e2
//                                 │             └─ T2: e3
//                                 └─ R2 (West) ─── T3: e4
// Each rep owns one customer cN, one opportunity oN on it, one order ordN, one activity aN, one statement, one
// appraisal record and one review about them.
Dataset company()
{
    Dataset ds;
    ds.orgUnits = {OrgUnit{"C", std::nullopt, "Acme", OrgKind::Company},
                   OrgUnit{"R1", std::string("C"), "East", OrgKind::Region},
                   OrgUnit{"R2", std::string("C"), "West", OrgKind::Region},
                   OrgUnit{"T1", std::string("R1"), "East 1", OrgKind::Team},
                   OrgUnit{"T2", std::string("R1"), "East 2", OrgKind::Team},
                   OrgUnit{"T3", std::string("R2"), "West 1", OrgKind::Team}};
    const std::pair<const char*, const char*> reps[] = {{"e1", "T1"}, {"e2", "T1"}, {"e3", "T2"}, {"e4", "T3"}};
    ds.products = {Product{"p1", "Widget", "standard"}};
    int n = 0;
    for (const auto& [id, unit] : reps) {
        ++n;
        const std::string k = std::to_string(n);
        ds.reps.push_back(Rep{id, std::string("Rep ") + k, unit, Role::Rep, Level::Mid, d("2024-01-01"),
                              std::nullopt, true, std::nullopt});
        ds.customers.push_back(Customer{"c" + k, "Customer " + k, id, std::nullopt, d("2025-01-01"), 30,
                                        std::nullopt, std::nullopt, std::nullopt});
        Opportunity o{"o" + k, "Deal " + k, "c" + k, id, m("1000.00"), d("2026-01-05"), std::nullopt, "lead", {}};
        o.history = {{"lead", d("2026-01-05")}};
        ds.opportunities.push_back(o);
        ds.orders.push_back(Order{"ord" + k, "c" + k, id, "p1", d("2026-02-01"), m("500.00"), m("100.00"),
                                  std::string("o") + k, std::nullopt});
        ds.payments.push_back(Payment{"pay" + k, "ord" + k, d("2026-03-01"), m("500.00")});
        ds.activities.push_back(Activity{"a" + k, id, "c" + k, ActivityKind::Visit, d("2026-01-20"), std::nullopt,
                                         std::nullopt});
        ds.reviews.push_back(Review{id, "2026Q1", "supervisor", std::nullopt, r("80")});
        ds.targets.push_back(Target{OwnerRef{OwnerKind::Rep, id}, Metric::Revenue, "2026Q1", Segment::All, 100000});
    }
    ds.targets.push_back(Target{OwnerRef{OwnerKind::Unit, "T1"}, Metric::Revenue, "2026Q1", Segment::All, 200000});
    ds.targets.push_back(Target{OwnerRef{OwnerKind::Unit, "T3"}, Metric::Revenue, "2026Q1", Segment::All, 100000});
    return ds;
}

// One database for the whole file: migrated, the company imported, team security applied and six users added.
// The logins are prefixed with the database name (roles are cluster-wide).
struct TeamDatabase
{
    QString name;
    QString owner = QStringLiteral("sd-team-owner");
    QString prefix;

    TeamDatabase()
    {
        auto& server = sd::test::PgTestServer::instance();
        name = server.createDatabase();
        prefix = name + QStringLiteral("_");
        QSqlDatabase db = server.connect(name, owner);
        PostgresDialect dialect;
        dialect.configureConnection(db);
        Migrator(db, dialect).migrate(0);
        ImportWriter(db, dialect).write(company());
        QSqlQuery q(db);
        for (const char* rep : {"e1", "e2", "e3", "e4"}) {
            REQUIRE(q.exec(QStringLiteral("INSERT INTO incentive_statements (rep_id, period, plan_code, total, "
                                          "calculated_at) VALUES ('%1', '2026-02', 'std', 5000, '2026-03-01')")
                               .arg(QLatin1String(rep))));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO appraisal_records (rep_id, period, state, updated_at) "
                                          "VALUES ('%1', '2026Q1', 'open', '2026-03-01')")
                               .arg(QLatin1String(rep))));
        }
        TeamSecurity security(db);
        const TeamInitReport report = security.init();
        CHECK(report.unclassified.empty());
        addUser("rep1", TeamRole::Rep, "e1", std::nullopt);
        addUser("rep3", TeamRole::Rep, "e3", std::nullopt);
        addUser("lead_t1", TeamRole::TeamLead, std::nullopt, "T1");
        addUser("lead_r1", TeamRole::TeamLead, std::nullopt, "R1");
        addUser("hr1", TeamRole::Hr, std::nullopt, std::nullopt);
        addUser("mgr1", TeamRole::SalesManager, std::nullopt, std::nullopt);
        addUser("adm1", TeamRole::Admin, std::nullopt, std::nullopt);
    }

    void addUser(const char* login, TeamRole role, std::optional<std::string> rep, std::optional<std::string> unit)
    {
        TeamUser u;
        u.login = (prefix + QLatin1String(login)).toStdString();
        u.role = role;
        u.repId = std::move(rep);
        u.orgUnitId = std::move(unit);
        TeamSecurity(ownerDb()).addUser(u, std::string("pw-") + login);
    }

    QSqlDatabase ownerDb() const { return QSqlDatabase::database(owner, false); }

    // A connection as one of the users (trust authentication on the test server: the password is not checked).
    QSqlDatabase as(const char* login) const
    {
        const QString connection = QStringLiteral("sd-team-as-") + QLatin1String(login);
        if (QSqlDatabase::contains(connection))
            return QSqlDatabase::database(connection, false);
        ServerAddress a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = sd::test::PgTestServer::instance().port();
        a.database = name;
        a.user = prefix + QLatin1String(login);
        a.sslMode = QStringLiteral("disable");
        return openServerConnection(a, connection);
    }

    static TeamDatabase& instance()
    {
        static TeamDatabase db;
        return db;
    }
};

// The first column of every row, in order; "refused: …" when the server refuses the statement.
std::vector<std::string> column(const QSqlDatabase& db, const char* sqlText)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(sqlText)))
        return {"refused: " + q.lastError().databaseText().toStdString()};
    std::vector<std::string> out;
    while (q.next())
        out.push_back(q.value(0).toString().toStdString());
    return out;
}

bool refused(const std::vector<std::string>& result)
{
    return result.size() == 1 && result[0].starts_with("refused: ");
}

// Runs a statement: -1 when refused, else the number of rows it changed.
int change(const QSqlDatabase& db, const char* sqlText)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(sqlText)))
        return -1;
    return q.numRowsAffected();
}

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("Team security: a rep reads only their own rows, straight from the server", "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    const QSqlDatabase rep = t.as("rep1");
    CHECK(column(rep, "SELECT id FROM customers ORDER BY id") == Ids{"c1"});
    CHECK(column(rep, "SELECT id FROM opportunities ORDER BY id") == Ids{"o1"});
    CHECK(column(rep, "SELECT opportunity_id FROM stage_history ORDER BY 1") == Ids{"o1"});
    CHECK(column(rep, "SELECT id FROM orders ORDER BY id") == Ids{"ord1"});
    CHECK(column(rep, "SELECT id FROM payments ORDER BY id") == Ids{"pay1"});
    CHECK(column(rep, "SELECT id FROM activities ORDER BY id") == Ids{"a1"});
    CHECK(column(rep, "SELECT rep_id FROM incentive_statements ORDER BY 1") == Ids{"e1"});
    CHECK(column(rep, "SELECT rep_id FROM appraisal_records ORDER BY 1") == Ids{"e1"});
    CHECK(column(rep, "SELECT subject_rep_id FROM reviews ORDER BY 1") == Ids{"e1"});
    CHECK(column(rep, "SELECT owner_id FROM targets ORDER BY 1") == Ids{"e1"}); // no unit's target
    // Asking for another rep's rows by key returns nothing.
    CHECK(column(rep, "SELECT name FROM customers WHERE id = 'c2'").empty());
    CHECK(column(rep, "SELECT name FROM opportunities WHERE owner_rep_id = 'e3'").empty());
    CHECK(column(rep, "SELECT total FROM incentive_statements WHERE rep_id = 'e2'").empty());
    // The org and the reps are not secret.
    CHECK(column(rep, "SELECT count(*) FROM reps") == Ids{"4"});
    // Only their own user row.
    CHECK(column(rep, "SELECT login FROM team_users") == Ids{(t.prefix + QStringLiteral("rep1")).toStdString()});
}

TEST_CASE("Team security: a rep cannot change another rep's rows nor hand theirs away", "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    const QSqlDatabase rep = t.as("rep1");
    // Another rep's rows are invisible to UPDATE and DELETE: nothing changes.
    CHECK(change(rep, "UPDATE customers SET name = 'mine now' WHERE id = 'c2'") == 0);
    CHECK(change(rep, "UPDATE opportunities SET amount = 1 WHERE id = 'o2'") == 0);
    CHECK(change(rep, "DELETE FROM activities WHERE id = 'a2'") == 0);
    CHECK(column(t.ownerDb(), "SELECT name FROM customers WHERE id = 'c2'") == Ids{"Customer 2"});
    CHECK(column(t.ownerDb(), "SELECT amount FROM opportunities WHERE id = 'o2'") == Ids{"100000"});
    CHECK(column(t.ownerDb(), "SELECT count(*) FROM activities WHERE id = 'a2'") == Ids{"1"});
    // Writing a row into another rep's scope is refused (the policy's WITH CHECK).
    CHECK(change(rep, "UPDATE customers SET owner_rep_id = 'e2' WHERE id = 'c1'") == -1);
    CHECK(change(rep, "INSERT INTO opportunities (id, name, customer_id, owner_rep_id, amount, created_on, stage) "
                      "VALUES ('ox', 'Sneaky', 'c1', 'e2', 1, '2026-01-01', 'lead')")
          == -1);
    // Tables a rep only reads are refused outright.
    CHECK(change(rep, "UPDATE orders SET amount = 1 WHERE id = 'ord1'") == -1);
    CHECK(change(rep, "UPDATE incentive_statements SET total = 999999 WHERE rep_id = 'e1'") == -1);
    CHECK(change(rep, "INSERT INTO team_users (login, role, created_at) VALUES ('x', 'admin', 'now')") == -1);
    // Their own rows they may edit.
    CHECK(change(rep, "UPDATE customers SET industry = 'retail', updated_by = 'somebody' WHERE id = 'c1'") == 1);
    CHECK(column(t.ownerDb(), "SELECT industry FROM customers WHERE id = 'c1'") == Ids{"retail"});
    // "Last changed by" names the login, not what the client wrote.
    CHECK(column(t.ownerDb(), "SELECT updated_by FROM customers WHERE id = 'c1'")
          == Ids{(t.prefix + QStringLiteral("rep1")).toStdString()});
}

TEST_CASE("Team security: a team lead sees exactly their team (the org subtree)", "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    const QSqlDatabase t1 = t.as("lead_t1");
    CHECK(column(t1, "SELECT id FROM customers ORDER BY id") == Ids{"c1", "c2"});
    CHECK(column(t1, "SELECT id FROM opportunities ORDER BY id") == Ids{"o1", "o2"});
    CHECK(column(t1, "SELECT rep_id FROM incentive_statements ORDER BY 1") == Ids{"e1", "e2"});
    CHECK(column(t1, "SELECT owner_id FROM targets ORDER BY 1") == Ids{"T1", "e1", "e2"});
    // A region's lead sees both of its teams (T1: e1, e2; T2: e3), not the West.
    const QSqlDatabase r1 = t.as("lead_r1");
    CHECK(column(r1, "SELECT id FROM customers ORDER BY id") == Ids{"c1", "c2", "c3"});
    CHECK(column(r1, "SELECT rep_id FROM appraisal_records ORDER BY 1") == Ids{"e1", "e2", "e3"});
    CHECK(column(r1, "SELECT owner_id FROM targets ORDER BY 1") == Ids{"T1", "e1", "e2", "e3"});
    // The lead edits within the team, not outside it.
    CHECK(change(t1, "UPDATE opportunities SET stage = 'qualified' WHERE id = 'o2'") == 1);
    CHECK(change(t1, "UPDATE opportunities SET stage = 'qualified' WHERE id = 'o3'") == 0);
    CHECK(change(t1, "UPDATE customers SET owner_rep_id = 'e4' WHERE id = 'c2'") == -1);
}

TEST_CASE("Team security: HR sees appraisals and statements and reads, never changes, what they are computed from",
          "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    const QSqlDatabase hr = t.as("hr1");
    // The KPI inputs: read only.
    CHECK(column(hr, "SELECT id FROM opportunities ORDER BY id") == Ids{"o1", "o2", "o3", "o4"});
    CHECK(column(hr, "SELECT id FROM customers ORDER BY id") == Ids{"c1", "c2", "c3", "c4"});
    CHECK_FALSE(refused(column(hr, "SELECT opportunity_id FROM stage_history")));
    CHECK_FALSE(refused(column(hr, "SELECT id FROM activities")));
    CHECK(change(hr, "UPDATE customers SET name = 'x'") == -1);
    CHECK(change(hr, "DELETE FROM activities") == -1);
    // The funnel's working detail: refused outright.
    CHECK(refused(column(hr, "SELECT id FROM contacts")));
    CHECK(refused(column(hr, "SELECT opportunity_id FROM opportunity_changes")));
    CHECK(refused(column(hr, "SELECT opportunity_id FROM opportunity_forecast")));
    CHECK(refused(column(hr, "SELECT rep_id FROM forecast_submissions")));
    CHECK(refused(column(hr, "SELECT rep_id FROM visit_plans")));
    CHECK(refused(column(hr, "SELECT rep_id FROM coaching_notes")));
    CHECK(column(hr, "SELECT rep_id FROM appraisal_records ORDER BY 1") == Ids{"e1", "e2", "e3", "e4"});
    CHECK(column(hr, "SELECT rep_id FROM incentive_statements ORDER BY 1") == Ids{"e1", "e2", "e3", "e4"});
    CHECK(column(hr, "SELECT subject_rep_id FROM reviews ORDER BY 1") == Ids{"e1", "e2", "e3", "e4"});
    CHECK(column(hr, "SELECT count(*) FROM reps") == Ids{"4"});
    CHECK(change(hr, "UPDATE opportunities SET amount = 1") == -1);
    CHECK(change(hr, "UPDATE appraisal_records SET manager_comment = 'ok' WHERE rep_id = 'e4'") == 1);
}

TEST_CASE("Team security: managers and admins see the whole company", "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    for (const char* login : {"mgr1", "adm1"}) {
        const QSqlDatabase db = t.as(login);
        CHECK(column(db, "SELECT id FROM customers ORDER BY id") == Ids{"c1", "c2", "c3", "c4"});
        CHECK(column(db, "SELECT rep_id FROM incentive_statements ORDER BY 1") == Ids{"e1", "e2", "e3", "e4"});
    }
    CHECK(column(t.as("mgr1"), "SELECT count(*) FROM team_users") == Ids{"7"});
}

TEST_CASE("Team security: the audit log records the signed-in user and is insert-only", "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    const QSqlDatabase rep = t.as("rep3");
    const std::string login = (t.prefix + QStringLiteral("rep3")).toStdString();
    // Whatever actor the client sends, the row names the login.
    CHECK(change(rep, "INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES "
                      "('2026-11-27T04:00:00Z', 'somebody_else', 'customer', 'c3', 'name')")
          == 1);
    CHECK(column(t.ownerDb(), "SELECT actor FROM audit_log WHERE entity_id = 'c3' AND action = 'name'")
          == Ids{login});
    CHECK(change(rep, "UPDATE audit_log SET actor = 'x'") == -1);
    CHECK(change(rep, "DELETE FROM audit_log") == -1);
    CHECK(change(t.as("mgr1"), "DELETE FROM audit_log") == -1);
    // A rep reads back their own entries only; the admin may correct the log.
    CHECK(column(rep, "SELECT DISTINCT actor FROM audit_log") == Ids{login});
    CHECK(change(t.as("adm1"), "DELETE FROM audit_log WHERE entity_id = 'c3' AND action = 'name'") == 1);

    // The library's own audit writer, on a user's connection.
    const auto who = TeamSecurity(rep).signedIn();
    REQUIRE(who);
    CHECK(who->login == login);
    REQUIRE(who->user);
    CHECK(who->user->role == TeamRole::Rep);
    CHECK(who->user->repId == std::optional<std::string>("e3"));
}

TEST_CASE("Team security: users are checked before anything is created", "[storage][postgres][team]")
{
    if (!serverAvailable())
        return;
    auto& t = TeamDatabase::instance();
    TeamSecurity security(t.ownerDb());
    TeamUser u;
    u.login = "nobody_rep";
    u.role = TeamRole::Rep;
    CHECK_THROWS_WITH(security.addUser(u, std::nullopt), Catch::Contains("needs the rep"));
    u.repId = "e9";
    CHECK_THROWS_WITH(security.addUser(u, std::nullopt), Catch::Contains("no rep e9"));
    u.login = "Bad Name";
    u.repId = "e1";
    CHECK_THROWS_WITH(security.addUser(u, std::nullopt), Catch::Contains("not usable"));
    u.login = "postgres";
    CHECK_THROWS_WITH(security.addUser(u, std::nullopt), Catch::Contains("reserved"));
    CHECK(column(t.ownerDb(), "SELECT count(*) FROM pg_roles WHERE rolname = 'nobody_rep'") == Ids{"0"});
    CHECK(security.users().size() == 7);
    // Adding an existing login again changes its role: it ends up in exactly one group.
    t.addUser("switcher", TeamRole::Rep, "e2", std::nullopt);
    t.addUser("switcher", TeamRole::TeamLead, std::nullopt, "T2");
    const std::string groups = "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                               "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '"
        + (t.prefix + QStringLiteral("switcher")).toStdString() + "'";
    CHECK(column(t.ownerDb(), groups.c_str()) == Ids{"sd_team_lead"});
    CHECK(column(t.as("switcher"), "SELECT id FROM customers ORDER BY id") == Ids{"c3"});
    security.removeUser((t.prefix + QStringLiteral("switcher")).toStdString());
    CHECK(column(t.ownerDb(), groups.c_str()).empty());
    CHECK(security.users().size() == 7);
    // Re-running init keeps the users and their access.
    security.init();
    CHECK(column(t.as("rep1"), "SELECT id FROM customers") == Ids{"c1"});
}

TEST_CASE("Team security: server URLs", "[storage][team]")
{
    const ServerAddress a = ServerAddress::parse(QStringLiteral("postgresql://li%40lei:p%3Ass@db.example.com:6543/"
                                                                "sales?sslmode=verify-full"));
    CHECK(a.host == QStringLiteral("db.example.com"));
    CHECK(a.port == 6543);
    CHECK(a.user == QStringLiteral("li@lei"));
    CHECK(a.password == QStringLiteral("p:ss"));
    CHECK(a.database == QStringLiteral("sales"));
    CHECK(a.sslMode == QStringLiteral("verify-full"));
    CHECK(a.toUrl(false) == QStringLiteral("postgresql://li%40lei@db.example.com:6543/sales?sslmode=verify-full"));
    CHECK(ServerAddress::parse(a.toUrl()).password == QStringLiteral("p:ss"));
    const ServerAddress b = ServerAddress::parse(QStringLiteral("postgres://rep1@localhost/team"));
    CHECK(b.port == 5432);
    CHECK(b.sslMode == QStringLiteral("prefer"));
    CHECK_THROWS_WITH(ServerAddress::parse(QStringLiteral("postgresql://localhost/team")),
                      Catch::Contains("user name is empty"));
    CHECK_THROWS_WITH(ServerAddress::parse(QStringLiteral("postgresql://u@localhost/team?sslmode=maybe")),
                      Catch::Contains("unknown sslmode 'maybe'"));
    // verify-ca is a libpq mode the workspace accepts but the connect form does not offer.
    CHECK_THROWS_WITH(ServerAddress::parse(QStringLiteral("postgresql://u@localhost/team?sslmode=verify-ca")),
                      Catch::Contains("TLS mode"));
    CHECK_THROWS_WITH(ServerAddress::parse(QStringLiteral("postgresql://u@localhost/")),
                      Catch::Contains("names no database"));
    CHECK_THROWS(ServerAddress::parse(QStringLiteral("/tmp/file.sqlite")));
}

TEST_CASE("Team security: a workspace file has the users table but refuses team setup", "[storage][team]")
{
    ensureApp();
    QTemporaryDir dir;
    Workspace ws(dir.filePath(QStringLiteral("w.sqlite")));
    QSqlQuery q(ws.database());
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM team_users")));
    TeamSecurity security(ws.database());
    CHECK_THROWS_WITH(security.init(), Catch::Contains("PostgreSQL"));
    CHECK_FALSE(security.signedIn());
}

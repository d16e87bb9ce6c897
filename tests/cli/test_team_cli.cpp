// salesctl team …: users and roles of a team workspace on a PostgreSQL server (issue 9), run as a process against
// a real server on loopback (tests/support/PgTestServer.h); without PostgreSQL installed the tests say so and pass.
#include "CliRunner.h"
#include "PgTestServer.h"

#include "storage/ImportWriter.h"
#include "storage/Migrator.h"
#include "storage/PostgresDialect.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlQuery>

using sd::test::runSalesctl;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "test_cli";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

bool serverAvailable()
{
    ensureApp();
    auto& server = sd::test::PgTestServer::instance();
    if (!server.available())
        WARN("salesctl team tests not run: " << server.unavailableReason());
    return server.available();
}

sd::Date day(const char* text)
{
    return sd::Date::parseOrThrow(text);
}

// A migrated database with one team T1 (reps e1, e2) and one customer each; returns the owner's URL.
std::string teamDatabase(QString& name)
{
    auto& server = sd::test::PgTestServer::instance();
    name = server.createDatabase();
    {
        QSqlDatabase db = server.connect(name, QStringLiteral("sd-team-cli"));
        sd::storage::PostgresDialect dialect;
        dialect.configureConnection(db);
        sd::storage::Migrator(db, dialect).migrate(0);
        sd::Dataset ds;
        ds.orgUnits = {sd::OrgUnit{"C", std::nullopt, "Acme", sd::OrgKind::Company},
                       sd::OrgUnit{"T1", std::string("C"), "East 1", sd::OrgKind::Team}};
        for (const char* id : {"e1", "e2"}) {
            ds.reps.push_back(sd::Rep{id, id, "T1", sd::Role::Rep, sd::Level::Mid, day("2024-01-01"), std::nullopt,
                                      true, std::nullopt});
            ds.customers.push_back(sd::Customer{std::string("c-") + id, "Customer", id, std::nullopt,
                                                day("2025-01-01"), 30, std::nullopt, std::nullopt, std::nullopt});
        }
        sd::storage::ImportWriter(db, dialect).write(ds);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sd-team-cli"));
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2?sslmode=disable")
        .arg(server.port())
        .arg(name)
        .toStdString();
}

std::string userUrl(const QString& database, const std::string& login)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
        .arg(QString::fromStdString(login))
        .arg(sd::test::PgTestServer::instance().port())
        .arg(database)
        .toStdString();
}

} // namespace

TEST_CASE("salesctl team: init, add users, list them, who am I", "[cli][team][postgres]")
{
    if (!serverAvailable())
        return;
    QString name;
    const std::string url = teamDatabase(name);
    const std::string rep = name.toStdString() + "_rep1";
    const std::string lead = name.toStdString() + "_lead1";

    auto init = runSalesctl({"--db", url, "--json", "team", "init"});
    REQUIRE(init.exitCode == 0);
    CHECK(init.json()["unclassified_tables"].empty());
    CHECK(init.json()["secured_tables"].get<int>() > 30);

    auto add = runSalesctl({"--db", url, "--json", "team", "add-user", "--login", rep, "--role", "rep", "--rep", "e1"});
    REQUIRE(add.exitCode == 0);
    CHECK(add.json()["login"] == rep);
    CHECK(add.json()["role"] == "rep");
    CHECK(add.json()["rep_id"] == "e1");
    CHECK(add.json()["org_unit_id"].is_null());
    REQUIRE(runSalesctl({"--db", url, "team", "add-user", "--login", lead, "--role", "team_lead", "--unit", "T1"})
                .exitCode
            == 0);

    auto users = runSalesctl({"--db", url, "--json", "team", "users"});
    REQUIRE(users.exitCode == 0);
    REQUIRE(users.json()["users"].size() == 2);
    CHECK(users.json()["users"][0]["login"] == lead); // by login
    CHECK(users.json()["users"][0]["role"] == "team_lead");

    // Signed in as the rep: who the server says this is, and only their own user row.
    auto who = runSalesctl({"--db", userUrl(name, rep), "--json", "team", "whoami"});
    REQUIRE(who.exitCode == 0);
    CHECK(who.json()["login"] == rep);
    CHECK(who.json()["user"]["role"] == "rep");
    auto seen = runSalesctl({"--db", userUrl(name, rep), "--json", "team", "users"});
    REQUIRE(seen.exitCode == 0);
    CHECK(seen.json()["users"].size() == 1);
    // A rep cannot add users: the server refuses.
    auto refused = runSalesctl({"--db", userUrl(name, rep), "team", "add-user", "--login", "x_admin", "--role",
                                "admin"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("salesctl:") != std::string::npos);

    auto removed = runSalesctl({"--db", url, "team", "remove-user", "--login", lead});
    CHECK(removed.exitCode == 0);
    CHECK(runSalesctl({"--db", url, "--json", "team", "users"}).json()["users"].size() == 1);
}

TEST_CASE("salesctl team: bad lines are refused with a message", "[cli][team]")
{
    auto file = runSalesctl({"--db", "/tmp/none.sqlite", "team", "init"});
    CHECK(file.exitCode == 2);
    CHECK(file.err.find("PostgreSQL") != std::string::npos);
    auto noSub = runSalesctl({"--db", "postgresql://u@localhost/x", "team"});
    CHECK(noSub.exitCode == 2);
    auto badRole = runSalesctl(
        {"--db", "postgresql://u@localhost/x", "team", "add-user", "--login", "a", "--role", "boss"});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.find("unknown role") != std::string::npos);
    if (!serverAvailable())
        return;
    QString name;
    const std::string url = teamDatabase(name);
    REQUIRE(runSalesctl({"--db", url, "team", "init"}).exitCode == 0);
    auto noRep = runSalesctl({"--db", url, "team", "add-user", "--login", name.toStdString() + "_x", "--role", "rep"});
    CHECK(noRep.exitCode == 1);
    CHECK(noRep.err.find("--rep") != std::string::npos);
    auto unknownRep = runSalesctl(
        {"--db", url, "team", "add-user", "--login", name.toStdString() + "_x", "--role", "rep", "--rep", "e9"});
    CHECK(unknownRep.exitCode == 1);
    CHECK(unknownRep.err.find("no rep e9") != std::string::npos);
}

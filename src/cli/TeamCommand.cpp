// salesctl team init|add-user|remove-user|users|whoami: users and roles of a team workspace on a PostgreSQL server
// (issue 9; docs/team-server.md "Users and roles", docs/cli.md "team").

#include "cli/Commands.h"
#include "storage/TeamSecurity.h"
#include "storage/TeamSecurityUrl.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdlib>
#include <iostream>

namespace sd::cli {

namespace {

// The --db connection for the command's lifetime.
class ServerConnection
{
public:
    explicit ServerConnection(const CliContext& ctx)
    {
        if (!storage::ServerAddress::isServerUrl(ctx.dbPath()))
            throw CliError(QCoreApplication::translate("sd::cli", "team needs a workspace on a PostgreSQL server: --db postgresql://USER@HOST/DATABASE").toStdString(),
                           2);
        m_address = storage::ServerAddress::parse(ctx.dbPath());
        m_db = storage::openServerConnection(m_address, m_name);
    }
    ~ServerConnection()
    {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    QSqlDatabase db() const { return m_db; }
    QString display() const { return m_address.toUrl(false); }

private:
    QString m_name = QStringLiteral("salesctl-team");
    storage::ServerAddress m_address;
    QSqlDatabase m_db;
};

Json optJson(const std::optional<std::string>& s)
{
    return s ? Json(*s) : Json();
}

Json userJson(const storage::TeamUser& u)
{
    Json j;
    j["login"] = u.login;
    j["role"] = storage::teamRoleName(u.role);
    j["rep_id"] = optJson(u.repId);
    j["org_unit_id"] = optJson(u.orgUnitId);
    j["created_at"] = u.createdAt;
    return j;
}

std::string scopeText(const storage::TeamUser& u)
{
    std::string out;
    if (u.repId)
        out += "rep " + *u.repId;
    if (u.orgUnitId)
        out += (out.empty() ? "" : ", ") + std::string("unit ") + *u.orgUnitId;
    // translate() with its context spelled out: lupdate takes this function for one of namespace std.
    return out.empty() ? QCoreApplication::translate("sd::cli", "whole company").toStdString() : out;
}

int runInit(const CliContext& ctx)
{
    ctx.checkKnownOptions({});
    ServerConnection server(ctx);
    const storage::TeamInitReport report = storage::TeamSecurity(server.db()).init();
    if (ctx.json()) {
        Json doc;
        doc["workspace"] = server.display().toStdString();
        doc["secured_tables"] = countJson(report.securedTables);
        doc["unclassified_tables"] = report.unclassified;
        CliContext::printJson(doc);
    } else {
        std::cout << tr("users and roles set up on %1: %2 tables secured")
                         .arg(server.display())
                         .arg(report.securedTables)
                         .toLocal8Bit()
                         .constData()
                  << '\n';
        for (const std::string& t : report.unclassified)
            std::cout << tr("table %1 has no rule: only admin and sales_manager can use it")
                             .arg(QString::fromStdString(t))
                             .toLocal8Bit()
                             .constData()
                      << '\n';
    }
    return 0;
}

int runAddUser(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--login", "--role", "--rep", "--unit", "--password-env"});
    const std::string usage = trs("usage: salesctl --db postgresql://… team add-user --login L "
                                  "--role admin|sales_manager|team_lead|rep|hr [--rep ID] [--unit ID] "
                                  "[--password-env VAR]");
    if (ctx.words().size() != 2 || !ctx.option("--login") || !ctx.option("--role"))
        throw CliError(usage, 2);
    storage::TeamUser user;
    user.login = *ctx.option("--login");
    const auto role = storage::parseTeamRole(*ctx.option("--role"));
    if (!role)
        throw CliError(trs("unknown role (use admin, sales_manager, team_lead, rep or hr): ") + *ctx.option("--role"),
                       2);
    user.role = *role;
    user.repId = ctx.option("--rep");
    user.orgUnitId = ctx.option("--unit");
    std::optional<std::string> password;
    if (const auto var = ctx.option("--password-env")) {
        // Taken from the environment, never from the command line (which other users of the machine can see).
        const char* value = std::getenv(var->c_str());
        if (!value || !*value)
            throw CliError(trs("the environment variable named by --password-env is not set: ") + *var, 2);
        password = std::string(value);
    }
    ServerConnection server(ctx);
    storage::TeamSecurity security(server.db());
    security.addUser(user, password);
    if (ctx.json()) {
        for (const storage::TeamUser& u : security.users())
            if (u.login == user.login)
                CliContext::printJson(userJson(u));
    } else {
        std::cout << tr("user %1 added as %2 (%3)")
                         .arg(QString::fromStdString(user.login),
                              QString::fromStdString(storage::teamRoleName(user.role)),
                              QString::fromStdString(scopeText(user)))
                         .toLocal8Bit()
                         .constData()
                  << '\n';
    }
    return 0;
}

int runRemoveUser(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--login"});
    if (ctx.words().size() != 2 || !ctx.option("--login"))
        throw CliError(trs("usage: salesctl --db postgresql://… team remove-user --login L"), 2);
    ServerConnection server(ctx);
    storage::TeamSecurity(server.db()).removeUser(*ctx.option("--login"));
    if (ctx.json()) {
        Json doc;
        doc["removed"] = *ctx.option("--login");
        CliContext::printJson(doc);
    } else {
        std::cout << tr("user %1 removed; the login can no longer sign in")
                         .arg(QString::fromStdString(*ctx.option("--login")))
                         .toLocal8Bit()
                         .constData()
                  << '\n';
    }
    return 0;
}

int runUsers(const CliContext& ctx)
{
    ctx.checkKnownOptions({});
    ServerConnection server(ctx);
    const auto users = storage::TeamSecurity(server.db()).users();
    if (ctx.json()) {
        Json list = Json::array();
        for (const storage::TeamUser& u : users)
            list.push_back(userJson(u));
        Json doc;
        doc["users"] = list;
        CliContext::printJson(doc);
    } else {
        for (const storage::TeamUser& u : users)
            std::cout << u.login << '\t' << storage::teamRoleName(u.role) << '\t' << scopeText(u) << '\n';
    }
    return 0;
}

int runWhoami(const CliContext& ctx)
{
    ctx.checkKnownOptions({});
    ServerConnection server(ctx);
    const auto who = storage::TeamSecurity(server.db()).signedIn();
    if (ctx.json()) {
        Json doc;
        doc["login"] = who ? Json(who->login) : Json();
        doc["user"] = who && who->user ? userJson(*who->user) : Json();
        CliContext::printJson(doc);
    } else if (who && who->user) {
        std::cout << who->login << '\t' << storage::teamRoleName(who->user->role) << '\t'
                  << scopeText(*who->user) << '\n';
    } else {
        std::cout << (who ? who->login : std::string()) << '\t' << trs("not a Salesdesk user (database owner?)")
                  << '\n';
    }
    return 0;
}

} // namespace

int runTeam(const CliContext& ctx)
{
    const std::string sub = ctx.words().size() > 1 ? ctx.words()[1] : std::string();
    if (sub == "init" && ctx.words().size() == 2)
        return runInit(ctx);
    if (sub == "add-user")
        return runAddUser(ctx);
    if (sub == "remove-user")
        return runRemoveUser(ctx);
    if (sub == "users" && ctx.words().size() == 2)
        return runUsers(ctx);
    if (sub == "whoami" && ctx.words().size() == 2)
        return runWhoami(ctx);
    throw CliError(trs("usage: salesctl --db postgresql://… team init|add-user|remove-user|users|whoami"), 2);
}

} // namespace sd::cli

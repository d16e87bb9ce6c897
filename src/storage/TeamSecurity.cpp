#include "storage/TeamSecurity.h"

#include "storage/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/PostgresDialect.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"
#include "storage/TeamSecurityRules.h"
#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <spdlog/spdlog.h>

#include <set>

namespace sd::storage {

namespace {

struct RoleName
{
    TeamRole role;
    const char* name;
};

constexpr RoleName roleNames[] = {{TeamRole::Admin, "admin"},
                                  {TeamRole::SalesManager, "sales_manager"},
                                  {TeamRole::TeamLead, "team_lead"},
                                  {TeamRole::Rep, "rep"},
                                  {TeamRole::Hr, "hr"}};

QString privileges(const char* letters)
{
    QStringList out;
    for (const char* c = letters; *c; ++c) {
        switch (*c) {
        case 'S':
            out << QStringLiteral("SELECT");
            break;
        case 'I':
            out << QStringLiteral("INSERT");
            break;
        case 'U':
            out << QStringLiteral("UPDATE");
            break;
        case 'D':
            out << QStringLiteral("DELETE");
            break;
        default:
            break;
        }
    }
    return out.join(QStringLiteral(", "));
}

// A login role name as the users type it: lower-case letters, digits and '_', starting with a letter, so it
// needs no quoting in SQL nor in libpq URLs.
void checkLogin(const std::string& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!pattern.match(QString::fromStdString(login)).hasMatch())
        throw StorageError("the login \"" + login
                           + "\" is not usable: lower-case letters, digits and '_', starting with a letter, "
                             "at most 63 characters");
    if (login.starts_with("sd_") || login.starts_with("pg_") || login == "postgres" || login == "public")
        throw StorageError("the login \"" + login + "\" is reserved");
}

QString quoteLiteral(const std::string& s)
{
    QString out = QString::fromStdString(s);
    out.replace(QStringLiteral("'"), QStringLiteral("''"));
    return QStringLiteral("'") + out + QStringLiteral("'");
}

bool exists(const QSqlDatabase& db, const QString& sqlText, const std::string& value)
{
    QSqlQuery q = sql::prepare(db, sqlText);
    q.addBindValue(sql::text(value));
    sql::exec(q, "looking up a name");
    return q.next();
}

QVariant optText(const std::optional<std::string>& s)
{
    return s ? sql::text(*s) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<std::string> optStd(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return sql::toStd(v);
}

// The Salesdesk groups `login` is a member of.
QStringList groupsOf(const QSqlDatabase& db, const QString& login)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON "
                                                  "g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE "
                                                  "u.rolname = ? AND g.rolname LIKE 'sd\\_%' ORDER BY 1"));
    q.addBindValue(login);
    sql::exec(q, "looking up the login's groups");
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

TeamUser userFromRow(const QSqlQuery& q)
{
    TeamUser u;
    u.login = sql::toStd(q.value(0));
    u.role = parseTeamRole(sql::toStd(q.value(1))).value_or(TeamRole::Rep);
    u.repId = optStd(q.value(2));
    u.orgUnitId = optStd(q.value(3));
    u.createdAt = sql::toStd(q.value(4));
    return u;
}

} // namespace

std::string teamRoleName(TeamRole role)
{
    for (const RoleName& r : roleNames)
        if (r.role == role)
            return r.name;
    return "rep";
}

std::optional<TeamRole> parseTeamRole(const std::string& name)
{
    for (const RoleName& r : roleNames)
        if (name == r.name)
            return r.role;
    return std::nullopt;
}

QString teamGroupRole(TeamRole role)
{
    return QStringLiteral("sd_") + QString::fromStdString(teamRoleName(role));
}

const std::vector<TeamRole>& allTeamRoles()
{
    static const std::vector<TeamRole> roles{TeamRole::Admin, TeamRole::SalesManager, TeamRole::TeamLead,
                                             TeamRole::Rep, TeamRole::Hr};
    return roles;
}

TeamSecurity::TeamSecurity(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TeamSecurity::isServer(const QSqlDatabase& db)
{
    return db.driverName() == QStringLiteral("QPSQL");
}

void TeamSecurity::requireServer(const char* what) const
{
    if (!isServer(m_db))
        throw StorageError(std::string(what)
                           + " needs a team workspace on a PostgreSQL server (postgresql://…), not a workspace file");
}

TeamInitReport TeamSecurity::init()
{
    requireServer("setting up users and roles");
    const PostgresDialect dialect;
    if (const int version = dialect.schemaVersion(m_db); version < Migrator::latestVersion())
        Migrator(m_db, dialect).migrate(version);
    // The columns the repositories would otherwise add on first use (0009, 0011): signed-in users may not alter
    // tables, so the owner adds them here.
    for (const char* table : {"target_plans", "appraisal_records", "incentive_statements"})
        if (dialect.userTables(m_db).contains(QLatin1String(table)))
            ensureRowVersionColumn(m_db, QLatin1String(table));

    ScopedTransaction tx(m_db);
    for (TeamRole role : allTeamRoles()) {
        const QString group = teamGroupRole(role);
        if (!exists(m_db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), group.toStdString()))
            sql::execText(m_db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group));
    }
    const QString groups = QStringLiteral("sd_admin, sd_sales_manager, sd_team_lead, sd_rep, sd_hr");
    for (const QString& statement : teamFunctionStatements())
        sql::execText(m_db, statement);

    TeamInitReport report;
    std::set<std::string> known{"team_users", "audit_log"};
    for (const TeamTableRule& rule : teamTableRules()) {
        const QString table = QString::fromLatin1(rule.table);
        known.insert(rule.table);
        if (!exists(m_db, QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = "
                                         "current_schema() AND table_name = ?"),
                    rule.table))
            continue; // a table of a later schema than this database's
        sql::execText(m_db, QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(table, groups));
        sql::execText(m_db, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO sd_admin").arg(table));
        const std::pair<const char*, const char*> grants[] = {{"sd_sales_manager", rule.salesManager},
                                                              {"sd_team_lead", rule.teamLead},
                                                              {"sd_rep", rule.rep},
                                                              {"sd_hr", rule.hr}};
        for (const auto& [group, letters] : grants)
            if (*letters)
                sql::execText(m_db, QStringLiteral("GRANT %1 ON %2 TO %3")
                                        .arg(privileges(letters), table, QString::fromLatin1(group)));
        sql::execText(m_db, QStringLiteral("DROP POLICY IF EXISTS sd_scope ON %1").arg(table));
        if (rule.scope) {
            sql::execText(m_db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
            const QString scope = QString::fromLatin1(rule.scope);
            sql::execText(m_db, QStringLiteral("CREATE POLICY sd_scope ON %1 USING (%2) WITH CHECK (%2)")
                                    .arg(table, scope));
        } else {
            sql::execText(m_db, QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(table));
        }
        ++report.securedTables;
    }
    for (const QString& statement : teamSpecialStatements())
        sql::execText(m_db, statement);
    report.securedTables += 2;
    // "Last changed by" (schema 11) names the signed-in login too, whatever the client wrote.
    QSqlQuery authored = sql::run(m_db,
                                  QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema "
                                                 "= current_schema() AND column_name = 'updated_by' ORDER BY 1"),
                                  "listing the change-author columns");
    QStringList authoredTables;
    while (authored.next())
        authoredTables << authored.value(0).toString();
    for (const QString& table : authoredTables) {
        sql::execText(m_db, QStringLiteral("DROP TRIGGER IF EXISTS sd_change_author ON %1").arg(table));
        sql::execText(m_db, QStringLiteral("CREATE TRIGGER sd_change_author BEFORE INSERT OR UPDATE ON %1 FOR EACH "
                                           "ROW EXECUTE FUNCTION sd_change_author()")
                                .arg(table));
    }

    // Tables no rule names (a later schema's): the managers only, until they get a rule.
    QSqlQuery tables = sql::run(m_db,
                                QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                               "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"),
                                "listing the tables");
    std::vector<QString> others;
    while (tables.next())
        if (const std::string name = sql::toStd(tables.value(0)); !known.count(name))
            others.push_back(tables.value(0).toString());
    for (const QString& table : others) {
        sql::execText(m_db, QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(table, groups));
        sql::execText(m_db, QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO sd_admin, sd_sales_manager")
                                .arg(table));
        report.unclassified.push_back(table.toStdString());
        spdlog::warn("team security: table {} has no rule; only admin and sales_manager can use it",
                     table.toStdString());
    }
    sql::execText(m_db, QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(groups));
    tx.commit();
    return report;
}

void TeamSecurity::addUser(const TeamUser& user, const std::optional<std::string>& password)
{
    requireServer("adding a user");
    checkLogin(user.login);
    if (user.role == TeamRole::Rep && !user.repId)
        throw StorageError("a user with the role rep needs the rep they are (--rep ID)");
    if (user.role == TeamRole::TeamLead && !user.orgUnitId)
        throw StorageError("a user with the role team_lead needs the org unit they lead (--unit ID)");
    if (user.repId && !exists(m_db, QStringLiteral("SELECT 1 FROM reps WHERE id = ?"), *user.repId))
        throw StorageError("the workspace has no rep " + *user.repId);
    if (user.orgUnitId && !exists(m_db, QStringLiteral("SELECT 1 FROM org_units WHERE id = ?"), *user.orgUnitId))
        throw StorageError("the workspace has no org unit " + *user.orgUnitId);

    ScopedTransaction tx(m_db);
    {
        QSqlQuery groups = sql::run(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                                         "('sd_admin', 'sd_sales_manager', 'sd_team_lead', "
                                                         "'sd_rep', 'sd_hr')"),
                                    "looking up the group roles");
        if (!groups.next() || groups.value(0).toInt() != 5)
            throw StorageError("the server has no Salesdesk group roles yet: run `salesctl team init` first");
    }
    const QString login = QString::fromStdString(user.login);
    QSqlQuery role = sql::prepare(m_db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = ?"));
    role.addBindValue(login);
    sql::exec(role, "looking up the login");
    const QString pass = password ? QStringLiteral(" PASSWORD ") + quoteLiteral(*password) : QString();
    const QString create = user.role == TeamRole::Admin ? QStringLiteral(" CREATEROLE") : QString();
    if (role.next()) {
        if (role.value(0).toBool())
            throw StorageError("the login " + user.login
                               + " is a superuser: row-level security does not apply to it; choose another login");
        sql::execText(m_db, QStringLiteral("ALTER ROLE %1 LOGIN%2%3").arg(login, create, pass));
    } else {
        sql::execText(m_db, QStringLiteral("CREATE ROLE %1 LOGIN%2%3").arg(login, create, pass));
    }
    for (const QString& group : groupsOf(m_db, login))
        if (group != teamGroupRole(user.role))
            sql::execText(m_db, QStringLiteral("REVOKE %1 FROM %2").arg(group, login));
    sql::execText(m_db, QStringLiteral("GRANT %1 TO %2").arg(teamGroupRole(user.role), login));

    QSqlQuery row = sql::prepare(m_db, QStringLiteral("INSERT INTO team_users (login, role, rep_id, org_unit_id, "
                                                      "created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO "
                                                      "UPDATE SET role = excluded.role, rep_id = excluded.rep_id, "
                                                      "org_unit_id = excluded.org_unit_id"));
    row.addBindValue(login);
    row.addBindValue(sql::text(teamRoleName(user.role)));
    row.addBindValue(optText(user.repId));
    row.addBindValue(optText(user.orgUnitId));
    row.addBindValue(sql::text(user.createdAt.empty() ? AuditLog::nowUtc() : user.createdAt));
    sql::exec(row, "saving the user");
    AuditLog(m_db).record("team_user", user.login, "add",
                          std::nullopt,
                          auditJson({{"role", teamRoleName(user.role)},
                                     {"rep_id", user.repId},
                                     {"org_unit_id", user.orgUnitId}}));
    tx.commit();
}

void TeamSecurity::removeUser(const std::string& login)
{
    requireServer("removing a user");
    checkLogin(login);
    ScopedTransaction tx(m_db);
    QSqlQuery del = sql::prepare(m_db, QStringLiteral("DELETE FROM team_users WHERE login = ?"));
    del.addBindValue(sql::text(login));
    sql::exec(del, "removing the user");
    if (del.numRowsAffected() < 1)
        throw StorageError("the workspace has no user " + login);
    const QString name = QString::fromStdString(login);
    for (const QString& group : groupsOf(m_db, name))
        sql::execText(m_db, QStringLiteral("REVOKE %1 FROM %2").arg(group, name));
    sql::execText(m_db, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(name));
    AuditLog(m_db).record("team_user", login, "remove", std::nullopt, std::nullopt);
    tx.commit();
}

std::vector<TeamUser> TeamSecurity::users() const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT login, role, rep_id, org_unit_id, created_at FROM team_users "
                                          "ORDER BY login"),
                           "reading the users");
    std::vector<TeamUser> out;
    while (q.next())
        out.push_back(userFromRow(q));
    return out;
}

std::optional<TeamSecurity::SignedIn> TeamSecurity::signedIn() const
{
    if (!isServer(m_db))
        return std::nullopt;
    SignedIn out;
    QSqlQuery who = sql::execText(m_db, QStringLiteral("SELECT session_user"));
    if (who.next())
        out.login = sql::toStd(who.value(0));
    QSqlQuery exists = sql::execText(m_db, QStringLiteral("SELECT to_regclass('team_users') IS NOT NULL"));
    if (!exists.next() || !exists.value(0).toBool())
        return out;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT login, role, rep_id, org_unit_id, created_at FROM "
                                                    "team_users WHERE login = ?"));
    q.addBindValue(sql::text(out.login));
    sql::exec(q, "reading the signed-in user");
    if (q.next())
        out.user = userFromRow(q);
    return out;
}

} // namespace sd::storage

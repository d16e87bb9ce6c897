#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// The five roles of team mode (issue 9). Each is a PostgreSQL group role named "sd_<role>".
enum class TeamRole { Admin, SalesManager, TeamLead, Rep, Hr };

std::string teamRoleName(TeamRole role);                        // "admin", "sales_manager", …
std::optional<TeamRole> parseTeamRole(const std::string& name); // the inverse; nullopt when unknown
QString teamGroupRole(TeamRole role);                           // "sd_admin", …
const std::vector<TeamRole>& allTeamRoles();

// One person who signs in: a PostgreSQL login role in one group plus a row of team_users. The scope is a rep
// (that rep's rows), an org unit (every rep in its subtree), or none (the whole company: admin, sales_manager,
// and an HR user without a unit).
struct TeamUser
{
    std::string login;
    TeamRole role = TeamRole::Rep;
    std::optional<std::string> repId;
    std::optional<std::string> orgUnitId;
    std::string createdAt;
};

// What `team init` did.
struct TeamInitReport
{
    int securedTables = 0;                   // tables with grants (and row-level security where scoped)
    std::vector<std::string> unclassified;   // tables no rule names: readable and writable by admin and
                                             // sales_manager only, until a rule is added for them
};

// Server-side permissions of a team workspace on PostgreSQL: group roles, grants, row-level security policies and
// the audit log's actor trigger (what each role sees and may change is in docs/team-server.md, "Users and roles",
// and in TeamSecurityRules.cpp). Works on an open connection of the database owner (init, users) or of any user
// (signedIn). Every function throws StorageError; the PostgreSQL-only ones refuse an SQLite connection.
class TeamSecurity
{
public:
    explicit TeamSecurity(QSqlDatabase db);

    static bool isServer(const QSqlDatabase& db); // a PostgreSQL connection

    // Creates the group roles when missing and (re)applies grants, policies and the trigger to every table, in one
    // transaction; run again after a schema upgrade. Needs the database owner (and CREATEROLE for the groups).
    TeamInitReport init();

    // Creates or updates the login role (in exactly one sd_ group; the password only when given) and its
    // team_users row. A rep needs a rep, a team lead an org unit. Refuses superusers and malformed logins.
    void addUser(const TeamUser& user, const std::optional<std::string>& password);
    // Removes the team_users row and the group memberships and disables the login (the role itself is kept).
    void removeUser(const std::string& login);
    std::vector<TeamUser> users() const;

    // The login this connection signed in with (session_user), with its team_users row when it has one.
    struct SignedIn
    {
        std::string login;
        std::optional<TeamUser> user;
    };
    std::optional<SignedIn> signedIn() const; // nullopt on SQLite

private:
    void requireServer(const char* what) const;
    QSqlDatabase m_db;
};

} // namespace sd::storage

#pragma once

#include <QStringList>

#include <vector>

namespace sd::storage {

// What one table allows each group: `scope` is the row-level security expression (a boolean over the row's columns;
// nullptr: no row-level security, every row), the privileges are letters S(elect) I(nsert) U(pdate) D(elete);
// an empty string means no access at all. sd_admin has every privilege on every table.
struct TeamTableRule
{
    const char* table;
    const char* scope;
    const char* salesManager;
    const char* teamLead;
    const char* rep;
    const char* hr;
};

// The tables of the schema and their rules (team_users and audit_log have their own, in teamSpecialStatements()).
const std::vector<TeamTableRule>& teamTableRules();
// The helper functions the scopes call (sd_sees_everything, sd_visible_units, sd_visible_reps), STABLE SQL.
QStringList teamFunctionStatements();
// team_users (each sees their own row) and audit_log (insert-only, the actor set to the session user).
QStringList teamSpecialStatements();

} // namespace sd::storage

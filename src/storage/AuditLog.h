#pragma once

#include <QSqlDatabase>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sd::storage {

class Workspace;

// One row of the audit log: who changed what, when, from what to what.
struct AuditEntry
{
    long long id = 0;
    std::string at;       // UTC ISO 8601, "2026-11-26T21:30:00Z"
    std::string actor;    // the OS user
    std::string entity;   // target, stage, opportunity, appraisal, calibration, plan, settings, statement
    std::string entityId; // the row's key as text
    std::string action;   // the field or the action
    std::optional<std::string> before; // JSON text; empty when there was no row before
    std::optional<std::string> after;  // JSON text; empty when there is none after
};

// What the audit view shows: every condition given must hold. Dates are 'YYYY-MM-DD' (UTC), both ends included;
// `text` matches the id, action, before or after as a substring, ignoring ASCII case.
struct AuditFilter
{
    std::optional<std::string> fromDate;
    std::optional<std::string> toDate;
    std::optional<std::string> entity;
    std::optional<std::string> actor;
    std::string text;
};

enum class AuditColumn { At, Actor, Entity, EntityId, Action };

// The audit log of a workspace: append and query only — nothing in the application updates or deletes its rows.
// append() writes on the caller's connection and inside the caller's transaction, so the change and its audit
// row are saved together or not at all. Every function throws StorageError.
class AuditLog
{
public:
    explicit AuditLog(const Workspace& workspace);
    explicit AuditLog(QSqlDatabase db);

    // Fills `at` (now) and `actor` (currentUser()) when empty; returns the new row's id.
    long long append(AuditEntry entry);
    // Shorthand for the repositories.
    void record(const std::string& entity, const std::string& entityId, const std::string& action,
                std::optional<std::string> before, std::optional<std::string> after);

    long long count(const AuditFilter& filter) const;
    // One page of the rows the filter keeps, sorted by `column` (ties by id, the same direction).
    std::vector<AuditEntry> page(const AuditFilter& filter, AuditColumn column, bool ascending, long long offset,
                                 long long limit) const;
    // The distinct entities and actors present, sorted (for the view's filter lists).
    std::vector<std::string> entities() const;
    std::vector<std::string> actors() const;

    // The actor of every change: the one function the audit log and the change authors (updated_by, schema 11)
    // both use. The signed-in user when one was set (team mode), else the OS user name ($USER, $USERNAME, else
    // the account of the process), "unknown" when none is found.
    static std::string currentUser();
    // Team mode: the user signed in to the server (empty: back to the OS user). Process-wide, thread-safe.
    static void setSignedInUser(const std::string& user);
    // Now in UTC, ISO 8601 to the second.
    static std::string nowUtc();

private:
    QSqlDatabase m_db;
};

// Records the change of a JSON object's text (the workspace JSON): one row per top-level member that differs, with
// that member's before/after; the incentive plans as entity "plan", other members as "settings". Text that is
// not a JSON object is recorded whole.
void recordJsonChange(AuditLog& log, const std::string& entityId, const std::optional<std::string>& before,
                      const std::string& after);

// A JSON object of the given names and values (strings, or null when empty), as compact text.
std::string auditJson(const std::vector<std::pair<std::string, std::optional<std::string>>>& fields);

} // namespace sd::storage

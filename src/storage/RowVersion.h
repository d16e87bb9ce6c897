#pragma once

#include "storage/Workspace.h"

#include "domain/TargetLifecycle.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// An edit made on data read before someone else changed the row (another window, salesctl, another user): the
// row's version is no longer the one the edit expected. Carries what is stored now, for the user to see.
class StaleEdit : public StorageError
{
public:
    StaleEdit(std::string entity, std::string key, long long expectedVersion, long long currentVersion,
              std::string currentValue, std::string changedBy = {}, std::string changedAt = {});

    const std::string& entity() const { return m_entity; }
    const std::string& key() const { return m_key; }
    long long expectedVersion() const { return m_expected; }
    // -1 when the row no longer exists.
    long long currentVersion() const { return m_current; }
    // The stored value as text ("" when the caller did not say).
    const std::string& currentValue() const { return m_currentValue; }
    // Who last changed the row and when (UTC ISO 8601), "" when not recorded (rows older than schema 11).
    const std::string& changedBy() const { return m_changedBy; }
    const std::string& changedAt() const { return m_changedAt; }

private:
    std::string m_entity;
    std::string m_key;
    long long m_expected;
    long long m_current;
    std::string m_currentValue;
    std::string m_changedBy;
    std::string m_changedAt;
};

// One row of a versioned table: the table, its key columns and their values.
struct VersionedRow
{
    QString table;
    QStringList keyColumns;
    std::vector<QVariant> keyValues;
    std::string entity; // for messages: "opportunity", "customer", …
    std::string key;    // the key as text
};

// The rows of the tables keyed by one id column.
VersionedRow opportunityRow(const std::string& id);
VersionedRow customerRow(const std::string& id);
VersionedRow settingsRow();
VersionedRow targetPlanRow(const TargetKey& key);
VersionedRow appraisalRow(const std::string& repId, const std::string& period);
VersionedRow statementRow(const std::string& repId, const std::string& period);

// Who last changed a row (schema 11: updated_by / updated_at, set with every raise of row_version).
struct LastChange
{
    std::string by;
    std::string at; // UTC ISO 8601
};
// The row's last change, nullopt when the row does not exist or none was recorded (an older row).
std::optional<LastChange> lastChange(const QSqlDatabase& db, const VersionedRow& row);

// The SET part that records the change's author with the raise of row_version: ", updated_by = '<actor>',
// updated_at = '<now>'" (AuditLog::currentUser(), the same actor as the audit log; quoted literals, so it can be
// appended to any UPDATE's SET list without moving its bound values).
QString changeAuthorAssignments();

// Adds row_version (and updated_by / updated_at, schema 11) to `table` when it lacks them (tables created by a
// repository on first use, see 0009). Outside a transaction or inside the caller's.
void ensureRowVersionColumn(const QSqlDatabase& db, const QString& table);

// The tables whose rows carry row_version (schema 9).
bool isVersionedTable(const QString& table);

// The row's version, or nullopt when there is no such row.
std::optional<long long> rowVersion(const QSqlDatabase& db, const VersionedRow& row);

// Raises the row's version by one, inside the caller's write transaction. With `expected`, only when the row is
// still at that version: otherwise throws StaleEdit with `currentValue` (what the user should be shown).
// Returns the new version (0 when the row does not exist and nothing was expected).
long long bumpRowVersion(const QSqlDatabase& db, const VersionedRow& row, std::optional<long long> expected = {},
                         const std::string& currentValue = {});

// Throws StaleEdit unless the row is at `expected` (nothing to check when `expected` is empty).
void checkRowVersion(const QSqlDatabase& db, const VersionedRow& row, std::optional<long long> expected,
                     const std::string& currentValue = {});

// An upsert of a versioned table ("INSERT … ON CONFLICT … DO UPDATE SET …") that also raises the updated row's
// version; other statements unchanged. Portable (SQLite and PostgreSQL both name the existing row by its table).
QString withRowVersionBump(const QString& table, const QString& upsertSql);

// The versions of a set of rows an edit is based on. read() remembers them (a missing row too); check() throws
// StaleEdit (with the row's current value from `describe` and its last change) when one of them moved since.
// Both run inside the caller's write transaction: check, write, read, commit — so a step of an undoable edit
// refuses a change made meanwhile by another window, salesctl or another user, and remembers its own result.
class VersionCheck
{
public:
    using Describe = std::function<std::string(const QSqlDatabase&, const VersionedRow&)>;

    VersionCheck() = default;
    explicit VersionCheck(std::vector<VersionedRow> rows);

    void setRows(std::vector<VersionedRow> rows);
    const std::vector<VersionedRow>& rows() const { return m_rows; }
    bool isRead() const { return m_read; }
    void read(const QSqlDatabase& db);
    // Nothing to check before the first read().
    void check(const QSqlDatabase& db, const Describe& describe = {}) const;

private:
    std::vector<VersionedRow> m_rows;
    std::vector<std::optional<long long>> m_versions;
    bool m_read = false;
};

// One step of an edit based on `versions`: in one write transaction on `db` (joined by the repositories' own),
// checks the versions (throws StaleEdit, nothing written), runs `write`, remembers the versions it left.
void versionedWrite(const QSqlDatabase& db, VersionCheck& versions, const std::function<void()>& write,
                    const VersionCheck::Describe& describe = {});

} // namespace sd::storage

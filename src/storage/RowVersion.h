#pragma once

#include "storage/Workspace.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

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
              std::string currentValue);

    const std::string& entity() const { return m_entity; }
    const std::string& key() const { return m_key; }
    long long expectedVersion() const { return m_expected; }
    // -1 when the row no longer exists.
    long long currentVersion() const { return m_current; }
    // The stored value as text ("" when the caller did not say).
    const std::string& currentValue() const { return m_currentValue; }

private:
    std::string m_entity;
    std::string m_key;
    long long m_expected;
    long long m_current;
    std::string m_currentValue;
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

// Adds row_version to `table` when it lacks it (tables created by a repository on first use, see 0009). Outside a
// transaction or inside the caller's.
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

} // namespace sd::storage

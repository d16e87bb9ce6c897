#pragma once

#include "storage/SqlDialect.h"
#include "storage/WorkspaceUrl.h"

#include <optional>

namespace sd::storage {

// PostgreSQL 13+ (a shared server for team mode, issue 9): the schema version in a one-row table,
// foreign keys always enforced (bulk writes defer the DEFERRABLE ones to the commit), ILIKE, identity
// columns for the migrations' integer keys, text columns in byte order (COLLATE "C", as SQLite's BINARY),
// pg_dump before a schema upgrade. Rows go through Qt's QPSQL driver (no native fast path yet).
class PostgresDialect : public SqlDialect
{
public:
    PostgresDialect() = default;
    // `server` is what backupBeforeUpgrade() dumps; without it an upgrade of a non-empty database is refused.
    explicit PostgresDialect(WorkspaceUrl server);

    QString driverName() const override;
    QString connectOptions() const override;
    void configureConnection(QSqlDatabase& db) const override;
    void enforceForeignKeys(QSqlDatabase& db) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    void setSchemaVersion(QSqlDatabase& db, int version) const override;
    void prepareFileCopy(QSqlDatabase& db) const override;
    QString upsertSql(const QString& table, const QStringList& columns, const QStringList& keyColumns) const override;
    void beginBulkWrite(QSqlDatabase& db) const override;
    QString foreignKeyProblems(QSqlDatabase& db) const override;
    QString checkDeferredForeignKeys(QSqlDatabase& db) const override;
    QString likeInsensitive(const QString& column) const override;
    QString adaptMigrationStatement(const QString& statement) const override;
    QString backupBeforeUpgrade(QSqlDatabase& db, int fromVersion) const override;
    void lockSchemaUpgrade(QSqlDatabase& db) const override;
    void unlockSchemaUpgrade(QSqlDatabase& db) const override;
    QStringList userTables(const QSqlDatabase& db) const override;
    QStringList referencedTables(const QSqlDatabase& db, const QString& table) const override;
    void afterCopyInto(QSqlDatabase& db, const QString& table) const override;
    void beginSnapshot(QSqlDatabase& db) const override;

private:
    std::optional<WorkspaceUrl> m_server;
};

} // namespace sd::storage

#pragma once

#include "storage/SqlDialect.h"

namespace sd::storage {

// SQLite 3.24+ (one file per workspace): WAL, foreign keys on, PRAGMA user_version, ON CONFLICT upserts.
// The only place that holds SQLite-specific SQL.
class SqliteDialect : public SqlDialect
{
public:
    QString driverName() const override;
    QString connectOptions() const override;
    void configureConnection(QSqlDatabase& db) const override;
    void enforceForeignKeys(QSqlDatabase& db) const override;
    int schemaVersion(const QSqlDatabase& db) const override;
    void setSchemaVersion(QSqlDatabase& db, int version) const override;
    void prepareFileCopy(QSqlDatabase& db) const override;
    QString upsertSql(const QString& table, const QStringList& columns, const QStringList& keyColumns) const override;
    void beginBulkWrite(QSqlDatabase& db) const override;
    std::unique_ptr<SqlStatement> prepareBulk(const QSqlDatabase& db, const QString& sql, const char* what) const override;
    std::unique_ptr<SqlCursor> openCursor(const QSqlDatabase& db, const QString& sql, const char* what) const override;
    QStringList dropIndexesForBulkLoad(QSqlDatabase& db, const QString& table) const override;
    QString foreignKeyProblems(QSqlDatabase& db) const override;
    QString likeInsensitive(const QString& column) const override;
    QString backupBeforeUpgrade(QSqlDatabase& db, int fromVersion) const override;
    QStringList referencedTables(const QSqlDatabase& db, const QString& table) const override;
};

} // namespace sd::storage

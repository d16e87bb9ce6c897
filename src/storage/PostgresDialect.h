#pragma once

#include "storage/SqlDialect.h"

namespace sd::storage {

// PostgreSQL 13+ (a shared server for team mode, issue 9): the schema version in a one-row table,
// foreign keys always enforced (bulk writes defer the DEFERRABLE ones to the commit), ILIKE, identity
// columns for the migrations' integer keys. Rows go through Qt's QPSQL driver (no native fast path yet).
class PostgresDialect : public SqlDialect
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
    QString foreignKeyProblems(QSqlDatabase& db) const override;
    QString likeInsensitive(const QString& column) const override;
    QString adaptMigrationStatement(const QString& statement) const override;
};

} // namespace sd::storage

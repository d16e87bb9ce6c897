#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace sd::storage {

class SqlDialect;

// One numbered migration: the file :/migrations/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

// Applies the numbered SQL migrations from the Qt resource in order, each in one transaction that
// also stores the new version (Strawberry's schema-N.sql).
class Migrator
{
public:
    Migrator(QSqlDatabase db, const SqlDialect& dialect);

    // The migrations in the resource, by version; throws StorageError when they are not numbered 1..N.
    static const std::vector<Migration>& available();
    static int latestVersion();

    // Applies every migration after `fromVersion`. Throws StorageError naming the failing migration.
    void migrate(int fromVersion);

    // The statements of an SQL script: split at ';' outside quotes and comments, comments removed.
    static QStringList splitStatements(const QString& script);

private:
    void apply(const Migration& m);
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace sd::storage

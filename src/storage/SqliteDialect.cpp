#include "storage/SqliteDialect.h"

#include "storage/Backup.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteNative.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::storage {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions() const
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
}

void SqliteDialect::configureConnection(QSqlDatabase& db) const
{
    QSqlQuery q = sql::execText(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (q.next() && q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw StorageError("cannot switch the workspace to write-ahead logging (journal mode stays "
                           + q.value(0).toString().toStdString() + ")");
    sql::execText(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    // 64 MiB of page cache and in-memory temporary tables: the large workspace sorts and
    // indexes millions of rows on import.
    sql::execText(db, QStringLiteral("PRAGMA cache_size=-65536"));
    sql::execText(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
}

void SqliteDialect::enforceForeignKeys(QSqlDatabase& db) const
{
    sql::execText(db, QStringLiteral("PRAGMA foreign_keys=ON"));
}

int SqliteDialect::schemaVersion(const QSqlDatabase& db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        throw StorageError(db.databaseName().toStdString() + " is not a Salesdesk workspace ("
                           + q.lastError().text().toStdString() + ")");
    }
    return q.value(0).toInt();
}

void SqliteDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    sql::execText(db, QStringLiteral("PRAGMA user_version=%1").arg(version));
}

void SqliteDialect::prepareFileCopy(QSqlDatabase& db) const
{
    sql::execText(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString SqliteDialect::upsertSql(const QString& table, const QStringList& columns, const QStringList& keyColumns) const
{
    return onConflictUpsertSql(table, columns, keyColumns);
}

void SqliteDialect::beginBulkWrite(QSqlDatabase& db) const
{
    sql::execText(db, QStringLiteral("PRAGMA defer_foreign_keys=ON"));
}

std::unique_ptr<SqlStatement> SqliteDialect::prepareBulk(const QSqlDatabase& db, const QString& sql,
                                                         const char* what) const
{
    return std::make_unique<SqliteStatement>(db, sql, what);
}

std::unique_ptr<SqlCursor> SqliteDialect::openCursor(const QSqlDatabase& db, const QString& sql, const char* what) const
{
    return std::make_unique<SqliteCursor>(db, sql, what);
}

QStringList SqliteDialect::dropIndexesForBulkLoad(QSqlDatabase& db, const QString& table) const
{
    // Indexes made by CREATE INDEX have their statement in sqlite_master; the primary key's has none.
    QSqlQuery q = sql::prepare(db,
                               QStringLiteral("SELECT name, sql FROM sqlite_master "
                                              "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    q.addBindValue(table);
    sql::exec(q, "listing indexes");
    QStringList names, recreate;
    while (q.next()) {
        names << q.value(0).toString();
        recreate << q.value(1).toString();
    }
    for (const QString& name : names)
        sql::execText(db, QStringLiteral("DROP INDEX ") + name);
    return recreate;
}

QString SqliteDialect::foreignKeyProblems(QSqlDatabase& db) const
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return QString();
    QStringList problems;
    int count = 0;
    while (check.next()) {
        if (++count > 5)
            continue;
        const QString table = check.value(0).toString();
        QString key = QStringLiteral("?");
        QSqlQuery row(db);
        row.setForwardOnly(true);
        if (row.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE rowid = ")
                     + QString::number(check.value(1).toLongLong()))
            && row.next())
            key = row.value(0).toString();
        problems << table + QStringLiteral(" '") + key + QStringLiteral("' refers to a missing ")
                + check.value(2).toString() + QStringLiteral(" row");
    }
    if (count > 5)
        problems << QString::number(count - 5) + QStringLiteral(" more");
    return problems.join(QStringLiteral("; "));
}

QString SqliteDialect::likeInsensitive(const QString& column) const
{
    // SQLite's LIKE ignores ASCII case by default.
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString SqliteDialect::backupBeforeUpgrade(QSqlDatabase& db, int fromVersion) const
{
    // A free name next to the file: "<file>.bak-v<N>", or "<file>.bak-v<N>-2", … when taken.
    const QString path = db.databaseName();
    const QString base = path + QStringLiteral(".bak-v") + QString::number(fromVersion);
    QString backup = base;
    for (int i = 2; QFileInfo::exists(backup); ++i)
        backup = base + QStringLiteral("-") + QString::number(i);
    // The online backup API: a plain file copy could miss pages still in the write-ahead log.
    try {
        Backup::copy(db, backup);
    } catch (const StorageError& e) {
        throw StorageError("cannot back up the workspace to " + backup.toStdString() + " before upgrading it: "
                           + e.what());
    }
    return backup;
}

QStringList SqliteDialect::referencedTables(const QSqlDatabase& db, const QString& table) const
{
    QSqlQuery q = sql::execText(db, QStringLiteral("PRAGMA foreign_key_list(") + table + QStringLiteral(")"));
    QStringList out;
    while (q.next())
        if (!out.contains(q.value(2).toString()))
            out << q.value(2).toString();
    return out;
}

} // namespace sd::storage

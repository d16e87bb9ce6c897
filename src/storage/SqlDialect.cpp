#include "storage/SqlDialect.h"

#include "storage/QtSqlRow.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QSqlError>

namespace sd::storage {

std::unique_ptr<SqlStatement> SqlDialect::prepareBulk(const QSqlDatabase& db, const QString& sql,
                                                      const char* what) const
{
    return std::make_unique<QtSqlStatement>(db, sql, what);
}

std::unique_ptr<SqlCursor> SqlDialect::openCursor(const QSqlDatabase& db, const QString& sql, const char* what) const
{
    return std::make_unique<QtSqlCursor>(sql::run(db, sql, what));
}

QStringList SqlDialect::dropIndexesForBulkLoad(QSqlDatabase&, const QString&) const
{
    return {};
}

QString SqlDialect::checkDeferredForeignKeys(QSqlDatabase&) const
{
    return {};
}

void SqlDialect::lockSchemaUpgrade(QSqlDatabase&) const { }

void SqlDialect::unlockSchemaUpgrade(QSqlDatabase&) const { }

QStringList SqlDialect::userTables(const QSqlDatabase& db) const
{
    QStringList out;
    for (const QString& t : db.tables(QSql::Tables))
        if (!t.startsWith(QStringLiteral("sqlite_")) && t != QStringLiteral("salesdesk_schema") && !t.contains(u'.'))
            out << t;
    out.sort();
    return out;
}

void SqlDialect::afterCopyInto(QSqlDatabase&, const QString&) const { }

void SqlDialect::beginSnapshot(QSqlDatabase& db) const
{
    if (!db.transaction())
        throw StorageError("cannot begin reading the workspace: " + db.lastError().text().toStdString());
}

QString SqlDialect::onConflictUpsertSql(const QString& table, const QStringList& columns, const QStringList& keyColumns)
{
    QStringList placeholders, updates;
    for (const QString& c : columns) {
        placeholders << QStringLiteral("?");
        if (!keyColumns.contains(c))
            updates << c + QStringLiteral(" = excluded.") + c;
    }
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", "))
        + QStringLiteral(") VALUES (") + placeholders.join(QStringLiteral(", ")) + QStringLiteral(") ON CONFLICT (")
        + keyColumns.join(QStringLiteral(", ")) + QStringLiteral(")");
    if (updates.isEmpty())
        return sql + QStringLiteral(" DO NOTHING");
    return sql + QStringLiteral(" DO UPDATE SET ") + updates.join(QStringLiteral(", "));
}

} // namespace sd::storage

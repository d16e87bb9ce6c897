#include "storage/SqlDialect.h"

#include "storage/QtSqlRow.h"
#include "storage/SqlHelpers.h"

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

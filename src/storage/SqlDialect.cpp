#include "storage/SqlDialect.h"

#include "storage/QtSqlRow.h"
#include "storage/SqlHelpers.h"

namespace sd::storage {

std::unique_ptr<SqlStatement> SqlDialect::prepareBulk(const QSqlDatabase& db, const QString& sql, const char* what) const
{
    return std::make_unique<QtSqlStatement>(db, sql, what);
}

std::unique_ptr<SqlCursor> SqlDialect::openCursor(const QSqlDatabase& db, const QString& sql, const char* what) const
{
    return std::make_unique<QtSqlCursor>(sql::run(db, sql, what));
}

QStringList SqlDialect::dropIndexesForBulkLoad(QSqlDatabase&, const QString&) const { return {}; }

} // namespace sd::storage

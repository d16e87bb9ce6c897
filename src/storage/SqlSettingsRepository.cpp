#include "storage/SqlSettingsRepository.h"

#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/SqlDialect.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

namespace sd::storage {

SqlSettingsRepository::SqlSettingsRepository(Workspace& workspace)
    : m_ws(workspace)
{
}

std::optional<std::string> SqlSettingsRepository::value(const std::string& key) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(sql::text(key));
    sql::exec(q, "reading a setting");
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toStdString();
}

void SqlSettingsRepository::setValue(const std::string& key, const std::string& value)
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               withRowVersionBump(QStringLiteral("settings"),
                                                  m_ws.dialect().upsertSql(QStringLiteral("settings"),
                                                                           {QStringLiteral("key"), QStringLiteral("value"),
                                                                        QStringLiteral("updated_by"), QStringLiteral("updated_at")},
                                                                           {QStringLiteral("key")})));
    q.addBindValue(sql::text(key));
    q.addBindValue(sql::text(value));
    // Who and when on the first save too, not only on updates (StaleEdit names them).
    q.addBindValue(sql::text(AuditLog::currentUser()));
    q.addBindValue(sql::text(AuditLog::nowUtc()));
    sql::exec(q, "saving a setting");
}

void SqlSettingsRepository::remove(const std::string& key)
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(sql::text(key));
    sql::exec(q, "removing a setting");
}

} // namespace sd::storage

#include "storage/AuditLog.h"

#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <QtGlobal>

#include <mutex>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace sd::storage {

namespace {

QVariant optText(const std::optional<std::string>& s)
{
    return s ? sql::text(*s) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<std::string> optStd(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return sql::toStd(v);
}

QString orderColumn(AuditColumn c)
{
    switch (c) {
    case AuditColumn::At:
        return QStringLiteral("at");
    case AuditColumn::Actor:
        return QStringLiteral("actor");
    case AuditColumn::Entity:
        return QStringLiteral("entity");
    case AuditColumn::EntityId:
        return QStringLiteral("entity_id");
    case AuditColumn::Action:
        return QStringLiteral("action");
    }
    return QStringLiteral("at");
}

// The WHERE clause of a filter and its values, in order.
QString whereOf(const AuditFilter& f, std::vector<QVariant>& binds)
{
    QStringList parts;
    if (f.fromDate) {
        parts << QStringLiteral("at >= ?");
        binds.push_back(sql::text(*f.fromDate));
    }
    if (f.toDate) {
        // Every time of that day sorts before the next day's date.
        parts << QStringLiteral("at < ?");
        binds.push_back(sql::text(*f.toDate + "T99"));
    }
    if (f.entity) {
        parts << QStringLiteral("entity = ?");
        binds.push_back(sql::text(*f.entity));
    }
    if (f.actor) {
        parts << QStringLiteral("actor = ?");
        binds.push_back(sql::text(*f.actor));
    }
    if (!f.text.empty()) {
        // LOWER() of ASCII is the same in SQLite and PostgreSQL; the pattern is lowered here.
        const QString pattern = QStringLiteral("%") + sql::escapeLike(QString::fromStdString(f.text).toLower())
            + QStringLiteral("%");
        QStringList any;
        for (const char* c : {"entity_id", "action", "before_json", "after_json"}) {
            any << QStringLiteral("LOWER(COALESCE(%1, '')) LIKE ? ESCAPE '\\'").arg(QLatin1String(c));
            binds.push_back(pattern);
        }
        parts << QStringLiteral("(") + any.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

std::vector<std::string> distinct(const QSqlDatabase& db, const char* column)
{
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(QLatin1String(column)),
                           "reading the audit log");
    std::vector<std::string> out;
    while (q.next())
        out.push_back(sql::toStd(q.value(0)));
    return out;
}

} // namespace

AuditLog::AuditLog(const Workspace& workspace)
    : m_db(workspace.database())
{
}

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

long long AuditLog::append(AuditEntry e)
{
    if (e.at.empty())
        e.at = nowUtc();
    if (e.actor.empty())
        e.actor = currentUser();
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, "
                                                    "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(e.at));
    q.addBindValue(sql::text(e.actor));
    q.addBindValue(sql::text(e.entity));
    q.addBindValue(sql::text(e.entityId));
    q.addBindValue(sql::text(e.action));
    q.addBindValue(optText(e.before));
    q.addBindValue(optText(e.after));
    sql::exec(q, "writing the audit log");
    return q.lastInsertId().toLongLong();
}

void AuditLog::record(const std::string& entity, const std::string& entityId, const std::string& action,
                      std::optional<std::string> before, std::optional<std::string> after)
{
    AuditEntry e;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.before = std::move(before);
    e.after = std::move(after);
    append(std::move(e));
}

long long AuditLog::count(const AuditFilter& filter) const
{
    std::vector<QVariant> binds;
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log") + whereOf(filter, binds));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    sql::exec(q, "counting the audit log");
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<AuditEntry> AuditLog::page(const AuditFilter& filter, AuditColumn column, bool ascending,
                                       long long offset, long long limit) const
{
    std::vector<QVariant> binds;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT id, at, actor, entity, entity_id, action, before_json, "
                                                    "after_json FROM audit_log")
                                         + whereOf(filter, binds) + QStringLiteral(" ORDER BY ")
                                         + orderColumn(column) + dir + QStringLiteral(", id") + dir
                                         + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(QVariant::fromValue<qlonglong>(limit));
    q.addBindValue(QVariant::fromValue<qlonglong>(offset));
    sql::exec(q, "reading the audit log");
    std::vector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = sql::toStd(q.value(1));
        e.actor = sql::toStd(q.value(2));
        e.entity = sql::toStd(q.value(3));
        e.entityId = sql::toStd(q.value(4));
        e.action = sql::toStd(q.value(5));
        e.before = optStd(q.value(6));
        e.after = optStd(q.value(7));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::string> AuditLog::entities() const { return distinct(m_db, "entity"); }

std::vector<std::string> AuditLog::actors() const { return distinct(m_db, "actor"); }

namespace {

std::mutex& signedInMutex()
{
    static std::mutex m;
    return m;
}

std::string& signedInUser()
{
    static std::string user;
    return user;
}

} // namespace

void AuditLog::setSignedInUser(const std::string& user)
{
    const std::lock_guard lock(signedInMutex());
    signedInUser() = user;
}

std::string AuditLog::currentUser()
{
    {
        const std::lock_guard lock(signedInMutex());
        if (!signedInUser().empty())
            return signedInUser();
    }
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(name);
        if (!v.isEmpty())
            return v.toStdString();
    }
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name)
        return pw->pw_name;
#endif
    return "unknown";
}

std::string AuditLog::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

void recordJsonChange(AuditLog& log, const std::string& entityId, const std::optional<std::string>& before,
                      const std::string& after)
{
    if (before && *before == after)
        return;
    const QJsonDocument b = QJsonDocument::fromJson(QByteArray::fromStdString(before.value_or("{}")));
    const QJsonDocument a = QJsonDocument::fromJson(QByteArray::fromStdString(after));
    if (!b.isObject() || !a.isObject()) {
        log.record("settings", entityId, "replace", before, after);
        return;
    }
    const QJsonObject bo = b.object(), ao = a.object();
    QStringList keys = bo.keys() + ao.keys();
    keys.removeDuplicates();
    keys.sort();
    const auto text = [](const QJsonObject& o, const QString& k) -> std::optional<std::string> {
        if (!o.contains(k))
            return std::nullopt;
        const QJsonValue v = o.value(k);
        if (v.isObject())
            return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
        if (v.isArray())
            return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
        // A scalar: wrapped in a one-element array to make valid JSON text, then unwrapped.
        const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return one.mid(1, one.size() - 2).toStdString();
    };
    for (const QString& k : keys) {
        if (bo.value(k) == ao.value(k) && bo.contains(k) == ao.contains(k))
            continue;
        const std::string entity = k == QStringLiteral("incentive_plans") ? "plan" : "settings";
        log.record(entity, entityId, k.toStdString(), text(bo, k), text(ao, k));
    }
}

std::string auditJson(const std::vector<std::pair<std::string, std::optional<std::string>>>& fields)
{
    QJsonObject o;
    for (const auto& [name, value] : fields)
        o.insert(QString::fromStdString(name),
                 value ? QJsonValue(QString::fromStdString(*value)) : QJsonValue(QJsonValue::Null));
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace sd::storage

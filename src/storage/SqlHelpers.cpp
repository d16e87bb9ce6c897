#include "storage/SqlHelpers.h"

#include "storage/Workspace.h"

#include <QSqlDriver>
#include <QSqlError>

namespace sd::storage::sql {

namespace {

std::string errorText(const QSqlError& e)
{
    QString t = e.databaseText();
    if (t.isEmpty())
        t = e.text();
    return t.toStdString();
}

} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError("cannot prepare a database statement (" + errorText(q.lastError())
                           + "): " + sql.toStdString());
    return q;
}

void exec(QSqlQuery& query, const char* what)
{
    if (!query.exec())
        throw StorageError(std::string("database error while ") + what + ": " + errorText(query.lastError()));
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const char* what)
{
    if (db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        // Without parameters there is nothing to prepare, and PostgreSQL cannot PREPARE DDL (ALTER/CREATE TABLE).
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            throw StorageError(std::string("database error while ") + what + ": " + errorText(q.lastError()));
        return q;
    }
    QSqlQuery q = prepare(db, sql);
    exec(q, what);
    return q;
}

QSqlQuery execText(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(statement))
        throw StorageError("database error while running " + statement.toStdString() + ": "
                           + q.lastError().text().toStdString());
    return q;
}

QVariant date(Date d)
{
    return QString::fromStdString(d.toString());
}

QVariant optDate(const std::optional<Date>& d)
{
    return d ? date(*d) : QVariant(QMetaType::fromType<QString>());
}

std::string toStd(const QString& s)
{
    const qsizetype n = s.size();
    const ushort* p = s.utf16();
    std::string out;
    out.resize(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80)
            return s.toStdString();
        out[static_cast<size_t>(i)] = static_cast<char>(p[i]);
    }
    return out;
}

QString escapeLike(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace sd::storage::sql

#pragma once

// Small helpers for the QSqlQuery code: prepared statements that throw StorageError, and the
// values bound for the schema's column types (money: integer cents; dates: 'YYYY-MM-DD' text).
// Rows are mapped to the domain's structs in RowMapping.

#include "domain/Date.h"
#include "domain/Money.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <string>

namespace sd::storage::sql {

// A forward-only query prepared from `sql`; throws StorageError naming the statement on failure.
QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
// Executes a prepared query; throws StorageError with `what` and the driver's message on failure.
void exec(QSqlQuery& query, const char* what);
// Prepares and executes a statement without parameters.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const char* what);
// Executes a statement as plain text, unprepared: for the dialects' PRAGMA and SET statements, which take no
// parameters and which some databases refuse to prepare. Throws StorageError naming the statement.
QSqlQuery execText(const QSqlDatabase& db, const QString& statement);

inline QVariant text(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
QVariant date(Date d);
QVariant optDate(const std::optional<Date>& d);
inline QVariant cents(Money m)
{
    return QVariant::fromValue<qlonglong>(m.cents());
}

// UTF-8 of a column's text (a fast path for ASCII).
std::string toStd(const QString& s);
inline std::string toStd(const QVariant& v)
{
    return toStd(v.toString());
}

// Escapes '\', '%' and '_' for a LIKE pattern with '\' as the escape character.
QString escapeLike(const QString& s);

} // namespace sd::storage::sql

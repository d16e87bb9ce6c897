#pragma once

// Small helpers shared by the SQL code: prepared statements that throw StorageError, and the
// conversions between the domain's value types and the column types of the schema
// (money: integer cents; dates: 'YYYY-MM-DD' text; exact decimals: Rational text).

#include "domain/Date.h"
#include "domain/Money.h"
#include "domain/Rational.h"

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

// Values to bind.
inline QVariant text(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QVariant optText(const std::optional<std::string>& s);
QVariant date(Date d);
QVariant optDate(const std::optional<Date>& d);
inline QVariant cents(Money m) { return QVariant::fromValue<qlonglong>(m.cents()); }
QVariant optCents(const std::optional<Money>& m);
inline QVariant decimal(const Rational& r) { return text(r.toString()); }
inline QVariant flag(bool b) { return QVariant::fromValue<int>(b ? 1 : 0); }

// Values read back; a malformed value throws StorageError naming `column`.
std::string toStd(const QString& s);
inline std::string toStd(const QVariant& v) { return toStd(v.toString()); }
std::optional<std::string> toOptStd(const QVariant& v);
Date toDate(const QVariant& v, const char* column);
std::optional<Date> toOptDate(const QVariant& v, const char* column);
inline Money toMoney(const QVariant& v) { return Money::fromCents(v.toLongLong()); }
std::optional<Money> toOptMoney(const QVariant& v);
Rational toDecimal(const QVariant& v, const char* column);

// Escapes '\', '%' and '_' for a LIKE pattern with '\' as the escape character.
QString escapeLike(const QString& s);

} // namespace sd::storage::sql

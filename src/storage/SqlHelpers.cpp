#include "storage/SqlHelpers.h"

#include "storage/Workspace.h"

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

[[noreturn]] void badValue(const char* column, const QVariant& v)
{
    throw StorageError(std::string("the workspace holds a malformed value in column ") + column + ": '"
                       + v.toString().toStdString() + "'");
}

} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError("cannot prepare a database statement (" + errorText(q.lastError()) + "): " + sql.toStdString());
    return q;
}

void exec(QSqlQuery& query, const char* what)
{
    if (!query.exec())
        throw StorageError(std::string("database error while ") + what + ": " + errorText(query.lastError()));
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const char* what)
{
    QSqlQuery q = prepare(db, sql);
    exec(q, what);
    return q;
}

QVariant optText(const std::optional<std::string>& s)
{
    return s ? text(*s) : QVariant(QMetaType::fromType<QString>());
}

QVariant date(Date d)
{
    int y, m, day;
    d.ymd(y, m, day);
    char buf[10];
    for (int i = 3; i >= 0; --i, y /= 10)
        buf[i] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + day / 10);
    buf[9] = static_cast<char>('0' + day % 10);
    return QString::fromLatin1(buf, 10);
}

QVariant optDate(const std::optional<Date>& d)
{
    return d ? date(*d) : QVariant(QMetaType::fromType<QString>());
}

QVariant optCents(const std::optional<Money>& m)
{
    return m ? cents(*m) : QVariant(QMetaType::fromType<qlonglong>());
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

std::optional<std::string> toOptStd(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return toStd(v.toString());
}

Date toDate(const QVariant& v, const char* column)
{
    const QString s = v.toString();
    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-') {
        const ushort* p = s.utf16();
        int parts[3] = {0, 0, 0};
        const int from[3] = {0, 5, 8}, len[3] = {4, 2, 2};
        bool ok = true;
        for (int k = 0; k < 3 && ok; ++k)
            for (int i = from[k]; i < from[k] + len[k]; ++i) {
                if (p[i] < u'0' || p[i] > u'9') {
                    ok = false;
                    break;
                }
                parts[k] = parts[k] * 10 + (p[i] - u'0');
            }
        if (ok && Date::isValidYmd(parts[0], parts[1], parts[2]))
            return Date::fromYmd(parts[0], parts[1], parts[2]);
    }
    badValue(column, v);
}

std::optional<Date> toOptDate(const QVariant& v, const char* column)
{
    if (v.isNull())
        return std::nullopt;
    return toDate(v, column);
}

std::optional<Money> toOptMoney(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return toMoney(v);
}

Rational toDecimal(const QVariant& v, const char* column)
{
    auto r = Rational::parse(toStd(v.toString()), 36);
    if (!r)
        badValue(column, v);
    return *r;
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

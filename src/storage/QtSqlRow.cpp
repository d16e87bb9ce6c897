#include "storage/QtSqlRow.h"

#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QSqlError>

namespace sd::storage {

QtSqlCursor::QtSqlCursor(QSqlQuery query)
    : m_query(std::move(query))
{
}

bool QtSqlCursor::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        throw StorageError("database error while reading: " + m_query.lastError().text().toStdString());
    return false;
}

bool QtSqlCursor::isNull(int column) const { return m_query.isNull(column); }

std::string_view QtSqlCursor::text(int column) const
{
    if (m_text.size() <= static_cast<size_t>(column))
        m_text.resize(static_cast<size_t>(column) + 1);
    QByteArray& slot = m_text[static_cast<size_t>(column)];
    slot = m_query.value(column).toString().toUtf8();
    return std::string_view(slot.constData(), static_cast<size_t>(slot.size()));
}

std::int64_t QtSqlCursor::int64(int column) const { return m_query.value(column).toLongLong(); }

QtSqlStatement::QtSqlStatement(const QSqlDatabase& db, const QString& sql, const char* what)
    : m_query(sql::prepare(db, sql))
    , m_what(what)
{
}

void QtSqlStatement::bindText(int index, std::string_view utf8)
{
    m_query.bindValue(index, QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
}

void QtSqlStatement::bindInt64(int index, std::int64_t value) { m_query.bindValue(index, QVariant::fromValue<qlonglong>(value)); }

void QtSqlStatement::bindNull(int index) { m_query.bindValue(index, QVariant(QMetaType::fromType<QString>())); }

void QtSqlStatement::exec() { sql::exec(m_query, m_what); }

} // namespace sd::storage

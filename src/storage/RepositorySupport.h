#pragma once

// Shared by the SQL repositories: reading rows of an executed query through the row mapping,
// and the column list for a SELECT.

#include "storage/QtSqlRow.h"
#include "storage/RowMapping.h"
#include "storage/SqlHelpers.h"

#include <vector>

namespace sd::storage {

template <class T, class Read>
std::vector<T> readAll(QSqlQuery executed, Read read)
{
    QtSqlCursor cursor(std::move(executed));
    std::vector<T> out;
    while (cursor.next())
        out.push_back(read(cursor, 0));
    return out;
}

template <class T, class Read>
std::optional<T> readOne(QSqlQuery executed, Read read)
{
    QtSqlCursor cursor(std::move(executed));
    if (!cursor.next())
        return std::nullopt;
    return read(cursor, 0);
}

// Forwards bindings to another statement with every index moved by `shift`, dropping those that
// land below 0: binds a row's columns after a leading parameter, or without its first column.
class ShiftedStatement : public SqlStatement
{
public:
    ShiftedStatement(SqlStatement& inner, int shift)
        : m_inner(inner)
        , m_shift(shift)
    {
    }
    void bindText(int i, std::string_view v) override
    {
        if (i + m_shift >= 0)
            m_inner.bindText(i + m_shift, v);
    }
    void bindInt64(int i, std::int64_t v) override
    {
        if (i + m_shift >= 0)
            m_inner.bindInt64(i + m_shift, v);
    }
    void bindNull(int i) override
    {
        if (i + m_shift >= 0)
            m_inner.bindNull(i + m_shift);
    }
    void exec() override { m_inner.exec(); }

private:
    SqlStatement& m_inner;
    int m_shift;
};

// Attaches each opportunity's history from rows (opportunity_id, stage, entered_on) ordered by
// (opportunity_id, seq), the opportunities being ordered by id under the same collation.
void attachHistory(std::vector<Opportunity>& opportunities, QSqlQuery executedHistory);

} // namespace sd::storage

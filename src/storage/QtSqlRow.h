#pragma once

#include "storage/SqlRow.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <string>
#include <vector>

namespace sd::storage {

// SqlCursor over an executed QSqlQuery it owns (the portable path; any Qt SQL driver).
class QtSqlCursor : public SqlCursor
{
public:
    explicit QtSqlCursor(QSqlQuery query);
    bool next() override;
    bool isNull(int column) const override;
    std::string_view text(int column) const override;
    std::int64_t int64(int column) const override;

private:
    QSqlQuery m_query;
    mutable std::vector<QByteArray> m_text;
};

// SqlStatement over a prepared QSqlQuery (the portable path; any Qt SQL driver).
class QtSqlStatement : public SqlStatement
{
public:
    QtSqlStatement(const QSqlDatabase& db, const QString& sql, const char* what);
    void bindText(int index, std::string_view utf8) override;
    void bindInt64(int index, std::int64_t value) override;
    void bindNull(int index) override;
    void exec() override;

private:
    QSqlQuery m_query;
    const char* m_what;
};

} // namespace sd::storage

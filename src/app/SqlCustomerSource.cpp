#include "app/SqlCustomerSource.h"

#include "storage/QtSqlRow.h"
#include "storage/RowMapping.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

namespace sd::app {

namespace rows = storage::rows;
namespace sql = storage::sql;

namespace {

QString orderColumn(CustomerSource::SortKey key)
{
    switch (key) {
    case CustomerSource::SortKey::Id:
        return QStringLiteral("c.id");
    case CustomerSource::SortKey::Name:
        return QStringLiteral("c.name");
    case CustomerSource::SortKey::Owner:
        return QStringLiteral("r.name");
    case CustomerSource::SortKey::Industry:
        return QStringLiteral("c.industry");
    case CustomerSource::SortKey::CreatedOn:
        return QStringLiteral("c.created_on");
    case CustomerSource::SortKey::PaymentTerms:
        return QStringLiteral("c.payment_terms_days");
    case CustomerSource::SortKey::CreditLimit:
        return QStringLiteral("c.credit_limit");
    }
    return QStringLiteral("c.name");
}

QString whereClause(const QString& search)
{
    if (search.isEmpty())
        return {};
    return QStringLiteral(" WHERE (c.id LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\' OR c.industry LIKE ? "
                          "ESCAPE '\\')");
}

void bindSearch(QSqlQuery& q, const QString& search)
{
    if (search.isEmpty())
        return;
    const QString pattern = QLatin1Char('%') + sql::escapeLike(search) + QLatin1Char('%');
    for (int i = 0; i < 3; ++i)
        q.addBindValue(pattern);
}

template <typename T, typename Read>
std::vector<T> readAll(const QSqlDatabase& db, const QString& statement, const std::string& customerId, Read read,
                       const char* what)
{
    QSqlQuery q = sql::prepare(db, statement);
    q.addBindValue(sql::text(customerId));
    q.addBindValue(SqlCustomerSource::kDetailLimit);
    sql::exec(q, what);
    storage::QtSqlCursor cursor(std::move(q));
    std::vector<T> out;
    while (cursor.next())
        out.push_back(read(cursor, 0));
    return out;
}

} // namespace

SqlCustomerSource::SqlCustomerSource(storage::Workspace* workspace)
    : m_workspace(workspace)
{
}

long long SqlCustomerSource::count(const QString& search)
{
    if (m_keysValid && m_keysSearch == search)
        return static_cast<long long>(m_keys.size());
    QSqlQuery q = sql::prepare(m_workspace->database(),
                               QStringLiteral("SELECT COUNT(*) FROM customers c") + whereClause(search));
    bindSearch(q, search);
    sql::exec(q, "counting customers");
    return q.next() ? q.value(0).toLongLong() : 0;
}

const std::vector<qint64>& SqlCustomerSource::keys(const QString& search, SortKey key, bool descending)
{
    if (m_keysValid && m_keysSearch == search && m_keysSort == key && m_keysDescending == descending)
        return m_keys;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString statement = QStringLiteral("SELECT c.rowid FROM customers c");
    if (key == SortKey::Owner)
        statement.append(QStringLiteral(" LEFT JOIN reps r ON r.id = c.owner_rep_id"));
    if (!search.isEmpty())
        statement.append(whereClause(search));
    statement.append(QStringLiteral(" ORDER BY "));
    statement.append(orderColumn(key));
    statement.append(direction);
    statement.append(QStringLiteral(", c.rowid"));
    statement.append(direction);
    QSqlQuery q = sql::prepare(m_workspace->database(), statement);
    bindSearch(q, search);
    sql::exec(q, "ordering customers");
    m_keys.clear();
    while (q.next())
        m_keys.push_back(q.value(0).toLongLong());
    m_keysSearch = search;
    m_keysSort = key;
    m_keysDescending = descending;
    m_keysValid = true;
    return m_keys;
}

std::vector<CustomerListRow> SqlCustomerSource::page(const QString& search, SortKey key, bool descending,
                                                     long long offset, int limit)
{
    const std::vector<qint64>& all = keys(search, key, descending);
    if (offset < 0 || offset >= static_cast<long long>(all.size()) || limit <= 0)
        return {};
    const size_t first = size_t(offset);
    const size_t last = std::min(all.size(), first + size_t(limit));
    const QString placeholders = QStringLiteral("?") + QStringLiteral(", ?").repeated(qsizetype(last - first - 1));
    const QString statement = QStringLiteral("SELECT c.rowid, ")
        + rows::selectList(rows::customerColumns(), QStringLiteral("c"))
        + QStringLiteral(", r.name FROM customers c LEFT JOIN reps r ON r.id = c.owner_rep_id WHERE c.rowid IN (")
        + placeholders + QStringLiteral(")");
    QSqlQuery q = sql::prepare(m_workspace->database(), statement);
    for (size_t i = first; i < last; ++i)
        q.addBindValue(all[i]);
    sql::exec(q, "reading a page of customers");
    storage::QtSqlCursor cursor(std::move(q));
    const int ownerColumn = 1 + int(rows::customerColumns().size());
    std::unordered_map<qint64, CustomerListRow> byKey;
    while (cursor.next()) {
        CustomerListRow row;
        row.customer = rows::readCustomer(cursor, 1);
        if (!cursor.isNull(ownerColumn))
            row.ownerName = std::string(cursor.text(ownerColumn));
        byKey.emplace(cursor.int64(0), std::move(row));
    }
    std::vector<CustomerListRow> out;
    out.reserve(last - first);
    for (size_t i = first; i < last; ++i) {
        auto it = byKey.find(all[i]);
        if (it != byKey.end()) // a row deleted since the keys were read is skipped
            out.push_back(std::move(it->second));
    }
    return out;
}

std::optional<CustomerDetails> SqlCustomerSource::details(const std::string& customerId)
{
    const QSqlDatabase db = m_workspace->database();
    CustomerDetails d;
    {
        QSqlQuery q
            = sql::prepare(db,
                           QStringLiteral("SELECT ") + rows::selectList(rows::customerColumns(), QStringLiteral("c"))
                               + QStringLiteral(", r.name FROM customers c LEFT JOIN reps r ON r.id = "
                                                "c.owner_rep_id WHERE c.id = ?"));
        q.addBindValue(sql::text(customerId));
        sql::exec(q, "reading a customer");
        storage::QtSqlCursor cursor(std::move(q));
        if (!cursor.next())
            return std::nullopt;
        d.row.customer = rows::readCustomer(cursor, 0);
        const int ownerColumn = int(rows::customerColumns().size());
        if (!cursor.isNull(ownerColumn))
            d.row.ownerName = std::string(cursor.text(ownerColumn));
    }
    d.opportunities = readAll<Opportunity>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::opportunityColumns(), QStringLiteral("o"))
            + QStringLiteral(" FROM opportunities o WHERE o.customer_id = ? ORDER BY o.created_on DESC, o.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readOpportunity(r, first); },
        "reading a customer's opportunities");
    d.orders = readAll<Order>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns(), QStringLiteral("o"))
            + QStringLiteral(" FROM orders o WHERE o.customer_id = ? ORDER BY o.order_date DESC, o.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readOrder(r, first); },
        "reading a customer's orders");
    d.payments = readAll<Payment>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::paymentColumns(), QStringLiteral("p"))
            + QStringLiteral(" FROM payments p JOIN orders o ON o.id = p.order_id WHERE o.customer_id = ? "
                             "ORDER BY p.paid_on DESC, p.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readPayment(r, first); },
        "reading a customer's payments");
    d.activities = readAll<Activity>(
        db,
        QStringLiteral("SELECT ") + rows::selectList(rows::activityColumns(), QStringLiteral("a"))
            + QStringLiteral(" FROM activities a WHERE a.customer_id = ? ORDER BY a.activity_date DESC, a.id LIMIT ?"),
        customerId, [](const storage::SqlRow& r, int first) { return rows::readActivity(r, first); },
        "reading a customer's activities");
    return d;
}

} // namespace sd::app

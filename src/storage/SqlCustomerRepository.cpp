#include "storage/SqlCustomerRepository.h"

#include "storage/RepositorySupport.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlCustomerChanges.h"
#include "storage/SqlDialect.h"
#include "storage/Workspace.h"

#include <QDate>

#include <algorithm>
#include <unordered_map>

namespace sd::storage {

namespace {

QString customerSelect(const QString& alias) { return rows::selectList(rows::customerColumns(), alias); }

QString sortExpression(CustomerColumn c)
{
    switch (c) {
    case CustomerColumn::Id: return QStringLiteral("c.id");
    case CustomerColumn::Name: return QStringLiteral("c.name");
    case CustomerColumn::Owner: return QStringLiteral("r.name");
    case CustomerColumn::Industry: return QStringLiteral("c.industry");
    case CustomerColumn::CreatedOn: return QStringLiteral("c.created_on");
    case CustomerColumn::PaymentTerms: return QStringLiteral("c.payment_terms_days");
    case CustomerColumn::CreditLimit: return QStringLiteral("c.credit_limit");
    }
    return QStringLiteral("c.id");
}

bool nullable(CustomerColumn c)
{
    return c == CustomerColumn::Owner || c == CustomerColumn::Industry || c == CustomerColumn::CreditLimit;
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values[i]);
}

} // namespace

// Rows of "SELECT <customer columns>, r.name, s.active, s.merged_into …".
static std::vector<CustomerRow> readRows(QSqlQuery executed)
{
    std::vector<CustomerRow> out;
    QtSqlCursor cursor(std::move(executed));
    const int ownerName = static_cast<int>(rows::customerColumns().size());
    while (cursor.next()) {
        CustomerRow row{rows::readCustomer(cursor, 0),
                        cursor.isNull(ownerName) ? std::string() : std::string(cursor.text(ownerName)), Money(), {}};
        if (!cursor.isNull(ownerName + 1))
            row.status.active = cursor.int64(ownerName + 1) != 0;
        if (!cursor.isNull(ownerName + 2))
            row.status.mergedInto = std::string(cursor.text(ownerName + 2));
        out.push_back(std::move(row));
    }
    return out;
}

QString SqlCustomerRepository::orderBy(CustomerColumn sortColumn, bool ascending)
{
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString key = sortExpression(sortColumn);
    // Empty values last in both directions ("x IS NULL" sorts false before true everywhere).
    QString order = nullable(sortColumn) ? QStringLiteral("(") + key + QStringLiteral(" IS NULL), ") : QString();
    order += key + dir;
    if (sortColumn != CustomerColumn::Id)
        order += QStringLiteral(", c.id") + dir;
    return QStringLiteral(" ORDER BY ") + order;
}

void SqlCustomerRepository::fillBalances(std::vector<CustomerRow>& out) const
{
    QSqlQuery balance = sql::prepare(
        m_ws.database(),
        QStringLiteral("SELECT COALESCE(SUM(o.amount), 0) - COALESCE((SELECT SUM(p.amount) FROM payments p "
                       "JOIN orders po ON po.id = p.order_id WHERE po.customer_id = ? AND po.cancelled_on IS NULL), 0) "
                       "FROM orders o WHERE o.customer_id = ? AND o.cancelled_on IS NULL"));
    for (CustomerRow& row : out) {
        balance.bindValue(0, sql::text(row.customer.id));
        balance.bindValue(1, sql::text(row.customer.id));
        sql::exec(balance, "reading a customer's balance");
        if (balance.next())
            row.openBalance = Money::fromCents(balance.value(0).toLongLong());
        balance.finish();
    }
}

std::vector<std::string> SqlCustomerRepository::orderedIds(const CustomerFilter& filter, CustomerColumn sortColumn,
                                                           bool ascending) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QString statement = QStringLiteral("SELECT c.id FROM customers c");
    if (sortColumn == CustomerColumn::Owner)
        statement += QStringLiteral(" LEFT JOIN reps r ON r.id = c.owner_rep_id");
    QSqlQuery q = sql::prepare(m_ws.database(), statement + where + orderBy(sortColumn, ascending));
    bindAll(q, values);
    sql::exec(q, "ordering customers");
    std::vector<std::string> out;
    QtSqlCursor cursor(std::move(q));
    while (cursor.next())
        out.emplace_back(cursor.text(0));
    return out;
}

std::vector<CustomerRow> SqlCustomerRepository::rows(const std::vector<std::string>& ids) const
{
    constexpr std::size_t kChunk = 400; // well under every driver's bound-parameter limit
    std::unordered_map<std::string, CustomerRow> byId;
    for (std::size_t first = 0; first < ids.size(); first += kChunk) {
        const std::size_t n = std::min(kChunk, ids.size() - first);
        const QString placeholders = QStringLiteral("?") + QStringLiteral(", ?").repeated(qsizetype(n - 1));
        QSqlQuery q = sql::prepare(
            m_ws.database(),
            QStringLiteral("SELECT ") + customerSelect(QStringLiteral("c"))
                + QStringLiteral(", r.name, s.active, s.merged_into FROM customers c LEFT JOIN reps r ON r.id = "
                                 "c.owner_rep_id LEFT JOIN customer_status s ON s.customer_id = c.id WHERE c.id IN (")
                + placeholders + QStringLiteral(")"));
        for (std::size_t i = 0; i < n; ++i)
            q.bindValue(int(i), sql::text(ids[first + i]));
        sql::exec(q, "reading customers");
        for (CustomerRow& row : readRows(std::move(q)))
            byId.emplace(row.customer.id, std::move(row));
    }
    std::vector<CustomerRow> out;
    out.reserve(ids.size());
    for (const std::string& id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            out.push_back(std::move(it->second));
    }
    fillBalances(out);
    return out;
}

SqlCustomerRepository::SqlCustomerRepository(const Workspace& workspace)
    : m_ws(workspace)
{
}

QString SqlCustomerRepository::whereClause(const CustomerFilter& filter, QVariantList& values) const
{
    QStringList conditions;
    const QString term = QString::fromStdString(filter.search).trimmed();
    if (!term.isEmpty()) {
        const QString pattern = QStringLiteral("%") + sql::escapeLike(term) + QStringLiteral("%");
        const SqlDialect& d = m_ws.dialect();
        conditions << QStringLiteral("(") + d.likeInsensitive(QStringLiteral("c.id")) + QStringLiteral(" OR ")
                + d.likeInsensitive(QStringLiteral("c.name")) + QStringLiteral(" OR ")
                + d.likeInsensitive(QStringLiteral("c.industry")) + QStringLiteral(")");
        values << pattern << pattern << pattern;
    }
    if (filter.ownerRepId) {
        conditions << QStringLiteral("c.owner_rep_id = ?");
        values << sql::text(*filter.ownerRepId);
    }
    if (conditions.isEmpty())
        return QString();
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

long long SqlCustomerRepository::count(const CustomerFilter& filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT COUNT(*) FROM customers c") + where);
    bindAll(q, values);
    sql::exec(q, "counting customers");
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<CustomerRow> SqlCustomerRepository::page(const CustomerFilter& filter, CustomerColumn sortColumn,
                                                     bool ascending, long long offset, int limit) const
{
    if (limit <= 0)
        return {};
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString sqlText = QStringLiteral("SELECT ") + customerSelect(QStringLiteral("c"))
        + QStringLiteral(", r.name, s.active, s.merged_into FROM customers c LEFT JOIN reps r ON r.id = c.owner_rep_id "
                         "LEFT JOIN customer_status s ON s.customer_id = c.id")
        + where + orderBy(sortColumn, ascending) + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q = sql::prepare(m_ws.database(), sqlText);
    bindAll(q, values);
    q.bindValue(static_cast<int>(values.size()), limit);
    q.bindValue(static_cast<int>(values.size()) + 1, QVariant::fromValue<qlonglong>(offset < 0 ? 0 : offset));
    sql::exec(q, "reading customers");

    std::vector<CustomerRow> out = readRows(std::move(q));
    fillBalances(out);
    return out;
}

std::optional<Customer> SqlCustomerRepository::byId(const std::string& id) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT ") + customerSelect(QString())
                                                    + QStringLiteral(" FROM customers WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reading a customer");
    return readOne<Customer>(std::move(q), rows::readCustomer);
}

std::vector<Opportunity> SqlCustomerRepository::opportunities(const std::string& customerId) const
{
    const QSqlDatabase db = m_ws.database();
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT ") + rows::selectList(rows::opportunityColumns())
                                       + QStringLiteral(" FROM opportunities WHERE customer_id = ? ORDER BY id"));
    q.addBindValue(sql::text(customerId));
    sql::exec(q, "reading a customer's opportunities");
    std::vector<Opportunity> out = readAll<Opportunity>(std::move(q), rows::readOpportunity);

    QSqlQuery h = sql::prepare(db, QStringLiteral("SELECT h.opportunity_id, h.stage, h.entered_on FROM stage_history h "
                                                  "JOIN opportunities o ON o.id = h.opportunity_id "
                                                  "WHERE o.customer_id = ? ORDER BY h.opportunity_id, h.seq"));
    h.addBindValue(sql::text(customerId));
    sql::exec(h, "reading stage histories");
    attachHistory(out, std::move(h));
    std::stable_sort(out.begin(), out.end(), [](const Opportunity& a, const Opportunity& b) {
        return a.createdOn < b.createdOn;
    });
    return out;
}

std::vector<Order> SqlCustomerRepository::orders(const std::string& customerId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT ") + rows::selectList(rows::orderColumns())
                                   + QStringLiteral(" FROM orders WHERE customer_id = ? ORDER BY order_date, id"));
    q.addBindValue(sql::text(customerId));
    sql::exec(q, "reading a customer's orders");
    return readAll<Order>(std::move(q), rows::readOrder);
}

std::vector<Payment> SqlCustomerRepository::payments(const std::string& customerId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT ") + rows::selectList(rows::paymentColumns(), QStringLiteral("p"))
                                   + QStringLiteral(" FROM payments p JOIN orders o ON o.id = p.order_id "
                                                    "WHERE o.customer_id = ? ORDER BY p.paid_on, p.id"));
    q.addBindValue(sql::text(customerId));
    sql::exec(q, "reading a customer's payments");
    return readAll<Payment>(std::move(q), rows::readPayment);
}

std::vector<Activity> SqlCustomerRepository::activities(const std::string& customerId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT ") + rows::selectList(rows::activityColumns())
                                   + QStringLiteral(" FROM activities WHERE customer_id = ? ORDER BY activity_date, id"));
    q.addBindValue(sql::text(customerId));
    sql::exec(q, "reading a customer's activities");
    return readAll<Activity>(std::move(q), rows::readActivity);
}

void SqlCustomerRepository::checkOwner(const Customer& customer) const
{
    QSqlQuery q = sql::prepare(m_ws.database(), QStringLiteral("SELECT 1 FROM reps WHERE id = ?"));
    q.addBindValue(sql::text(customer.ownerRepId));
    sql::exec(q, "checking a rep");
    if (!q.next())
        throw StorageError("no sales rep with id '" + customer.ownerRepId + "'");
}

void SqlCustomerRepository::insert(const Customer& customer)
{
    if (byId(customer.id))
        throw StorageError("a customer with id '" + customer.id + "' already exists");
    checkOwner(customer);
    QtSqlStatement q(m_ws.database(),
                     QStringLiteral("INSERT INTO customers (") + rows::selectList(rows::customerColumns())
                         + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     "adding a customer");
    rows::bindCustomer(q, customer);
    q.exec();
}

void SqlCustomerRepository::update(const Customer& customer)
{
    checkOwner(customer);
    // The id comes first in the column list; the rest are set and the id matched.
    QStringList sets;
    for (const QString& c : rows::customerColumns().mid(1))
        sets << c + QStringLiteral(" = ?");
    QtSqlStatement q(m_ws.database(),
                     QStringLiteral("UPDATE customers SET ") + sets.join(QStringLiteral(", "))
                         + QStringLiteral(", row_version = row_version + 1") + changeAuthorAssignments()
                         + QStringLiteral(" WHERE id = ?"),
                     "saving a customer");
    ScopedTransaction tx(m_ws.database());
    const std::optional<Customer> before = byId(customer.id);
    if (!before)
        throw StorageError("no customer with id '" + customer.id + "'");
    ShiftedStatement withoutId(q, -1); // name … founded_on at 0…7
    rows::bindCustomer(withoutId, customer);
    q.bindText(8, customer.id);
    q.exec();
    const QDate today = QDate::currentDate();
    recordCustomerChanges(m_ws.database(), *before, customer, Date::fromYmd(today.year(), today.month(), today.day()));
    tx.commit();
}

} // namespace sd::storage

// SqlCustomerRepository: the edits of the Customers section beyond the customer row itself: removal of a new
// customer, status, merge, contacts, activities and payments.

#include "storage/SqlCustomerRepository.h"

#include "storage/RepositorySupport.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/Workspace.h"

namespace sd::storage {

namespace {

long long countWhere(const QSqlDatabase& db, const QString& table, const QString& column, const std::string& value)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE ") + column
                                       + QStringLiteral(" = ?"));
    q.addBindValue(sql::text(value));
    sql::exec(q, "counting rows");
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<std::string> idsWhere(const QSqlDatabase& db, const QString& table, const QString& column,
                                  const std::string& value)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") + column
                                       + QStringLiteral(" = ? ORDER BY id"));
    q.addBindValue(sql::text(value));
    sql::exec(q, "reading ids");
    std::vector<std::string> out;
    while (q.next())
        out.push_back(sql::toStd(q.value(0)));
    return out;
}

void moveRows(const QSqlDatabase& db, const QString& table, const std::vector<std::string>& ids,
              const std::string& customerId)
{
    // A moved opportunity is a changed row: its version rises and its author is recorded.
    const QString bump = isVersionedTable(table)
        ? QStringLiteral(", row_version = row_version + 1") + changeAuthorAssignments()
        : QString();
    QSqlQuery q = sql::prepare(db, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET customer_id = ?") + bump
                                       + QStringLiteral(" WHERE id = ?"));
    for (const std::string& id : ids) {
        q.bindValue(0, sql::text(customerId));
        q.bindValue(1, sql::text(id));
        sql::exec(q, "moving a row to another customer");
    }
}

void exec1(const QSqlDatabase& db, const QString& statement, const QVariantList& values, const char* what)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    sql::exec(q, what);
}

QVariant optText(const std::optional<std::string>& s) { return s ? sql::text(*s) : QVariant(QMetaType(QMetaType::QString)); }

} // namespace

void SqlCustomerRepository::remove(const std::string& id)
{
    const QSqlDatabase db = m_ws.database();
    for (const char* table : {"orders", "opportunities", "activities", "contacts"}) {
        if (countWhere(db, QString::fromLatin1(table), QStringLiteral("customer_id"), id) > 0)
            throw StorageError("customer '" + id + "' still has " + table + "; deactivate it instead");
    }
    ScopedTransaction tx(db);
    exec1(db, QStringLiteral("DELETE FROM customer_status WHERE customer_id = ?"), {sql::text(id)}, "removing a status");
    exec1(db, QStringLiteral("DELETE FROM customers WHERE id = ?"), {sql::text(id)}, "removing a customer");
    tx.commit();
}

CustomerStatus SqlCustomerRepository::status(const std::string& id) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT active, merged_into FROM customer_status WHERE customer_id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reading a customer's status");
    CustomerStatus s;
    if (q.next()) {
        s.active = q.value(0).toLongLong() != 0;
        if (!q.isNull(1))
            s.mergedInto = sql::toStd(q.value(1));
    }
    return s;
}

void SqlCustomerRepository::setStatus(const std::string& id, const CustomerStatus& status, Date on)
{
    if (!byId(id))
        throw StorageError("no customer with id '" + id + "'");
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    exec1(db, QStringLiteral("DELETE FROM customer_status WHERE customer_id = ?"), {sql::text(id)},
          "saving a customer's status");
    if (!(status == CustomerStatus{})) {
        exec1(db,
              QStringLiteral("INSERT INTO customer_status (customer_id, active, merged_into, changed_on) "
                             "VALUES (?, ?, ?, ?)"),
              {sql::text(id), status.active ? 1 : 0, optText(status.mergedInto), sql::date(on)},
              "saving a customer's status");
    }
    bumpRowVersion(db, customerRow(id));
    tx.commit();
}

CustomerMerge SqlCustomerRepository::merge(const std::string& from, const std::string& into, Date on)
{
    if (from == into)
        throw StorageError("a customer cannot be merged into itself ('" + from + "')");
    if (!byId(from))
        throw StorageError("no customer with id '" + from + "'");
    if (!byId(into))
        throw StorageError("no customer with id '" + into + "'");
    const CustomerStatus before = status(from);
    if (before.mergedInto)
        throw StorageError("customer '" + from + "' is already merged into '" + *before.mergedInto + "'");
    if (status(into).mergedInto)
        throw StorageError("customer '" + into + "' was merged into another customer; merge into that one");

    const QSqlDatabase db = m_ws.database();
    CustomerMerge m{from, into, {}, {}, {}, {}, before};
    ScopedTransaction tx(db);
    m.opportunityIds = idsWhere(db, QStringLiteral("opportunities"), QStringLiteral("customer_id"), from);
    m.orderIds = idsWhere(db, QStringLiteral("orders"), QStringLiteral("customer_id"), from);
    m.activityIds = idsWhere(db, QStringLiteral("activities"), QStringLiteral("customer_id"), from);
    m.contactIds = idsWhere(db, QStringLiteral("contacts"), QStringLiteral("customer_id"), from);
    moveRows(db, QStringLiteral("opportunities"), m.opportunityIds, into);
    moveRows(db, QStringLiteral("orders"), m.orderIds, into);
    moveRows(db, QStringLiteral("activities"), m.activityIds, into);
    moveRows(db, QStringLiteral("contacts"), m.contactIds, into);
    exec1(db, QStringLiteral("DELETE FROM customer_status WHERE customer_id = ?"), {sql::text(from)}, "merging");
    exec1(db,
          QStringLiteral("INSERT INTO customer_status (customer_id, active, merged_into, changed_on) VALUES (?, 0, ?, ?)"),
          {sql::text(from), sql::text(into), sql::date(on)}, "merging");
    tx.commit();
    return m;
}

void SqlCustomerRepository::unmerge(const CustomerMerge& m, Date on)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    moveRows(db, QStringLiteral("opportunities"), m.opportunityIds, m.from);
    moveRows(db, QStringLiteral("orders"), m.orderIds, m.from);
    moveRows(db, QStringLiteral("activities"), m.activityIds, m.from);
    moveRows(db, QStringLiteral("contacts"), m.contactIds, m.from);
    tx.commit();
    setStatus(m.from, m.fromStatusBefore, on);
}

std::vector<Contact> SqlCustomerRepository::contacts(const std::string& customerId) const
{
    QSqlQuery q = sql::prepare(m_ws.database(),
                               QStringLiteral("SELECT id, customer_id, name, title, phone, email, birthday, note "
                                              "FROM contacts WHERE customer_id = ? ORDER BY name, id"));
    q.addBindValue(sql::text(customerId));
    sql::exec(q, "reading contacts");
    std::vector<Contact> out;
    QtSqlCursor c(std::move(q));
    const auto opt = [&c](int i) { return c.isNull(i) ? std::nullopt : std::optional<std::string>(c.text(i)); };
    while (c.next()) {
        Contact k{std::string(c.text(0)), std::string(c.text(1)), std::string(c.text(2)), opt(3), opt(4), opt(5), {},
                  opt(7)};
        if (!c.isNull(6))
            k.birthday = Date::parse(c.text(6));
        out.push_back(std::move(k));
    }
    return out;
}

void SqlCustomerRepository::saveContact(const Contact& contact)
{
    if (contact.id.empty())
        throw StorageError("a contact needs an id");
    if (contact.name.empty())
        throw StorageError("a contact needs a name");
    if (!byId(contact.customerId))
        throw StorageError("no customer with id '" + contact.customerId + "'");
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    exec1(db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), {sql::text(contact.id)}, "saving a contact");
    exec1(db,
          QStringLiteral("INSERT INTO contacts (id, customer_id, name, title, phone, email, birthday, note) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
          {sql::text(contact.id), sql::text(contact.customerId), sql::text(contact.name), optText(contact.title),
           optText(contact.phone), optText(contact.email), sql::optDate(contact.birthday), optText(contact.note)},
          "saving a contact");
    tx.commit();
}

void SqlCustomerRepository::removeContact(const std::string& id)
{
    exec1(m_ws.database(), QStringLiteral("DELETE FROM contacts WHERE id = ?"), {sql::text(id)}, "removing a contact");
}

void SqlCustomerRepository::insertActivity(const Activity& activity)
{
    if (idExists("activities", activity.id))
        throw StorageError("an activity with id '" + activity.id + "' already exists");
    QtSqlStatement q(m_ws.database(),
                     QStringLiteral("INSERT INTO activities (") + rows::selectList(rows::activityColumns())
                         + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     "adding an activity");
    rows::bindActivity(q, activity);
    q.exec();
}

void SqlCustomerRepository::removeActivity(const std::string& id)
{
    exec1(m_ws.database(), QStringLiteral("DELETE FROM activities WHERE id = ?"), {sql::text(id)},
          "removing an activity");
}

bool SqlCustomerRepository::idExists(const std::string& table, const std::string& id) const
{
    static const std::vector<std::string> allowed{"customers", "contacts", "activities", "payments", "orders",
                                                  "opportunities"};
    if (std::find(allowed.begin(), allowed.end(), table) == allowed.end())
        throw StorageError("unknown table " + table);
    return countWhere(m_ws.database(), QString::fromStdString(table), QStringLiteral("id"), id) > 0;
}

} // namespace sd::storage

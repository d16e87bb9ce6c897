#include "storage/SqlCustomerChanges.h"

#include "storage/SqlHelpers.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

namespace {

using Value = std::optional<std::string>;

struct FieldChange
{
    const char* field;
    Value before;
    Value after;
};

Value text(const std::string& s)
{
    return s.empty() ? Value() : Value(s);
}

Value text(const std::optional<std::string>& s)
{
    return s ? text(*s) : Value();
}

Value text(const std::optional<Date>& d)
{
    return d ? Value(d->toString()) : Value();
}

Value text(const std::optional<Money>& m)
{
    return m ? Value(m->toString()) : Value();
}

std::vector<FieldChange> changes(const Customer& b, const Customer& a)
{
    const FieldChange all[] = {
        {"name", text(b.name), text(a.name)},
        {"owner_rep_id", text(b.ownerRepId), text(a.ownerRepId)},
        {"industry", text(b.industry), text(a.industry)},
        {"created_on", b.createdOn.toString(), a.createdOn.toString()},
        {"payment_terms_days", std::to_string(b.paymentTermsDays), std::to_string(a.paymentTermsDays)},
        {"credit_limit", text(b.creditLimit), text(a.creditLimit)},
        {"birthday", text(b.birthday), text(a.birthday)},
        {"founded_on", text(b.foundedOn), text(a.foundedOn)},
    };
    std::vector<FieldChange> out;
    for (const FieldChange& c : all)
        if (c.before != c.after)
            out.push_back(c);
    return out;
}

QVariant bindable(const Value& v)
{
    return v ? sql::text(*v) : QVariant(QMetaType(QMetaType::QString));
}

Value valueOf(const QVariant& v)
{
    return v.isNull() ? Value() : Value(sql::toStd(v));
}

} // namespace

void recordCustomerChanges(const QSqlDatabase& db, const Customer& before, const Customer& after, Date on)
{
    if (!db.tables().contains(QStringLiteral("customer_changes")))
        return;
    for (const FieldChange& c : changes(before, after)) {
        // The latest row of this field on that day: reversed by this edit, it goes.
        QSqlQuery last = sql::prepare(db, QStringLiteral("SELECT id, old_value, new_value FROM customer_changes"
                                                         " WHERE customer_id = ? AND changed_on = ? AND field = ?"
                                                         " ORDER BY id DESC"));
        last.addBindValue(sql::text(after.id));
        last.addBindValue(sql::date(on));
        last.addBindValue(QString::fromLatin1(c.field));
        sql::exec(last, "reading customer changes");
        if (last.next() && valueOf(last.value(1)) == c.after && valueOf(last.value(2)) == c.before) {
            QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM customer_changes WHERE id = ?"));
            del.addBindValue(last.value(0));
            sql::exec(del, "removing a customer change");
            continue;
        }
        QSqlQuery ins = sql::prepare(db, QStringLiteral("INSERT INTO customer_changes (customer_id, changed_on, field,"
                                                        " old_value, new_value) VALUES (?, ?, ?, ?, ?)"));
        ins.addBindValue(sql::text(after.id));
        ins.addBindValue(sql::date(on));
        ins.addBindValue(QString::fromLatin1(c.field));
        ins.addBindValue(bindable(c.before));
        ins.addBindValue(bindable(c.after));
        sql::exec(ins, "saving a customer change");
    }
}

} // namespace sd::storage

#include "storage/RowMapping.h"

#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

namespace sd::storage::rows {

namespace {

QStringList columns(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromLatin1(n);
    return out;
}

template <class E>
E readCode(const QVariant& v, std::optional<E> (*fromCode)(std::string_view), const char* column)
{
    const std::string s = sql::toStd(v);
    if (auto e = fromCode(s))
        return *e;
    throw StorageError(std::string("the workspace holds an unknown code in column ") + column + ": '" + s + "'");
}

QVariant code(std::string_view c) { return QString::fromLatin1(c.data(), static_cast<qsizetype>(c.size())); }

std::optional<OwnerKind> ownerKindFromCode(std::string_view s)
{
    if (s == "unit")
        return OwnerKind::Unit;
    if (s == "rep")
        return OwnerKind::Rep;
    return std::nullopt;
}

} // namespace

// clang-format off
const QStringList& orgUnitColumns() { static const QStringList c = columns({"id", "parent_id", "name", "kind"}); return c; }
const QStringList& repColumns()
{
    static const QStringList c = columns({"id", "name", "org_unit_id", "role", "level", "hire_date", "manager_id",
                                          "active", "left_on"});
    return c;
}
const QStringList& productColumns() { static const QStringList c = columns({"id", "name", "category"}); return c; }
const QStringList& customerColumns()
{
    static const QStringList c = columns({"id", "name", "owner_rep_id", "industry", "created_on", "payment_terms_days",
                                          "credit_limit", "birthday", "founded_on"});
    return c;
}
const QStringList& opportunityColumns()
{
    static const QStringList c = columns({"id", "name", "customer_id", "owner_rep_id", "amount", "created_on",
                                          "expected_close_on", "stage"});
    return c;
}
const QStringList& stageHistoryColumns()
{
    static const QStringList c = columns({"opportunity_id", "seq", "stage", "entered_on"});
    return c;
}
const QStringList& orderColumns()
{
    static const QStringList c = columns({"id", "customer_id", "rep_id", "product_id", "order_date", "amount",
                                          "gross_profit", "opportunity_id", "cancelled_on"});
    return c;
}
const QStringList& orderCreditColumns()
{
    static const QStringList c = columns({"order_id", "seq", "rep_id", "share", "overlay"});
    return c;
}
const QStringList& paymentColumns() { static const QStringList c = columns({"id", "order_id", "paid_on", "amount"}); return c; }
const QStringList& activityColumns()
{
    static const QStringList c = columns({"id", "rep_id", "customer_id", "kind", "activity_date", "opportunity_id", "note"});
    return c;
}
const QStringList& targetColumns()
{
    static const QStringList c = columns({"owner_kind", "owner_id", "metric", "period", "segment", "amount"});
    return c;
}
const QStringList& kpiValueColumns() { static const QStringList c = columns({"rep_id", "period", "code", "value"}); return c; }
const QStringList& reviewColumns()
{
    static const QStringList c = columns({"subject_rep_id", "period", "seq", "reviewer_kind", "reviewer_id", "score"});
    return c;
}
// clang-format on

QString selectList(const QStringList& cols, const QString& alias)
{
    if (alias.isEmpty())
        return cols.join(QStringLiteral(", "));
    QStringList out;
    for (const QString& c : cols)
        out << alias + u'.' + c;
    return out.join(QStringLiteral(", "));
}

OrgUnit readOrgUnit(const QSqlQuery& q, int f)
{
    OrgUnit r;
    r.id = sql::toStd(q.value(f));
    r.parentId = sql::toOptStd(q.value(f + 1));
    r.name = sql::toStd(q.value(f + 2));
    r.kind = readCode(q.value(f + 3), orgKindFromCode, "org_units.kind");
    return r;
}

Rep readRep(const QSqlQuery& q, int f)
{
    Rep r;
    r.id = sql::toStd(q.value(f));
    r.name = sql::toStd(q.value(f + 1));
    r.orgUnitId = sql::toStd(q.value(f + 2));
    r.role = readCode(q.value(f + 3), roleFromCode, "reps.role");
    r.level = readCode(q.value(f + 4), levelFromCode, "reps.level");
    r.hireDate = sql::toDate(q.value(f + 5), "reps.hire_date");
    r.managerId = sql::toOptStd(q.value(f + 6));
    r.active = q.value(f + 7).toInt() != 0;
    r.leftOn = sql::toOptDate(q.value(f + 8), "reps.left_on");
    return r;
}

Product readProduct(const QSqlQuery& q, int f)
{
    return Product{sql::toStd(q.value(f)), sql::toStd(q.value(f + 1)), sql::toStd(q.value(f + 2))};
}

Customer readCustomer(const QSqlQuery& q, int f)
{
    Customer r;
    r.id = sql::toStd(q.value(f));
    r.name = sql::toStd(q.value(f + 1));
    r.ownerRepId = sql::toStd(q.value(f + 2));
    r.industry = sql::toOptStd(q.value(f + 3));
    r.createdOn = sql::toDate(q.value(f + 4), "customers.created_on");
    r.paymentTermsDays = q.value(f + 5).toInt();
    r.creditLimit = sql::toOptMoney(q.value(f + 6));
    r.birthday = sql::toOptDate(q.value(f + 7), "customers.birthday");
    r.foundedOn = sql::toOptDate(q.value(f + 8), "customers.founded_on");
    return r;
}

Opportunity readOpportunity(const QSqlQuery& q, int f)
{
    Opportunity r;
    r.id = sql::toStd(q.value(f));
    r.name = sql::toStd(q.value(f + 1));
    r.customerId = sql::toStd(q.value(f + 2));
    r.ownerRepId = sql::toStd(q.value(f + 3));
    r.amount = sql::toMoney(q.value(f + 4));
    r.createdOn = sql::toDate(q.value(f + 5), "opportunities.created_on");
    r.expectedCloseOn = sql::toOptDate(q.value(f + 6), "opportunities.expected_close_on");
    r.stage = sql::toStd(q.value(f + 7));
    return r;
}

StageEntry readStageEntry(const QSqlQuery& q, int f)
{
    return StageEntry{sql::toStd(q.value(f)), sql::toDate(q.value(f + 1), "stage_history.entered_on")};
}

Order readOrder(const QSqlQuery& q, int f)
{
    Order r;
    r.id = sql::toStd(q.value(f));
    r.customerId = sql::toStd(q.value(f + 1));
    r.repId = sql::toStd(q.value(f + 2));
    r.productId = sql::toStd(q.value(f + 3));
    r.orderDate = sql::toDate(q.value(f + 4), "orders.order_date");
    r.amount = sql::toMoney(q.value(f + 5));
    r.grossProfit = sql::toMoney(q.value(f + 6));
    r.opportunityId = sql::toOptStd(q.value(f + 7));
    r.cancelledOn = sql::toOptDate(q.value(f + 8), "orders.cancelled_on");
    return r;
}

OrderCredit readOrderCredit(const QSqlQuery& q, int f)
{
    OrderCredit r;
    r.orderId = sql::toStd(q.value(f));
    r.repId = sql::toStd(q.value(f + 2));
    r.share = sql::toDecimal(q.value(f + 3), "order_credits.share");
    r.overlay = q.value(f + 4).toInt() != 0;
    return r;
}

Payment readPayment(const QSqlQuery& q, int f)
{
    Payment r;
    r.id = sql::toStd(q.value(f));
    r.orderId = sql::toStd(q.value(f + 1));
    r.paidOn = sql::toDate(q.value(f + 2), "payments.paid_on");
    r.amount = sql::toMoney(q.value(f + 3));
    return r;
}

Activity readActivity(const QSqlQuery& q, int f)
{
    Activity r;
    r.id = sql::toStd(q.value(f));
    r.repId = sql::toStd(q.value(f + 1));
    r.customerId = sql::toStd(q.value(f + 2));
    r.kind = readCode(q.value(f + 3), activityKindFromCode, "activities.kind");
    r.date = sql::toDate(q.value(f + 4), "activities.activity_date");
    r.opportunityId = sql::toOptStd(q.value(f + 5));
    r.note = sql::toOptStd(q.value(f + 6));
    return r;
}

Target readTarget(const QSqlQuery& q, int f)
{
    Target r;
    r.owner.kind = readCode(q.value(f), ownerKindFromCode, "targets.owner_kind");
    r.owner.id = sql::toStd(q.value(f + 1));
    r.metric = readCode(q.value(f + 2), metricFromCode, "targets.metric");
    r.period = sql::toStd(q.value(f + 3));
    r.segment = readCode(q.value(f + 4), segmentFromCode, "targets.segment");
    r.amount = q.value(f + 5).toLongLong();
    return r;
}

KpiValue readKpiValue(const QSqlQuery& q, int f)
{
    KpiValue r;
    r.repId = sql::toStd(q.value(f));
    r.period = sql::toStd(q.value(f + 1));
    r.code = sql::toStd(q.value(f + 2));
    r.value = sql::toDecimal(q.value(f + 3), "kpi_values.value");
    return r;
}

Review readReview(const QSqlQuery& q, int f)
{
    Review r;
    r.subjectRepId = sql::toStd(q.value(f));
    r.period = sql::toStd(q.value(f + 1));
    r.reviewerKind = sql::toStd(q.value(f + 3));
    r.reviewerId = sql::toOptStd(q.value(f + 4));
    r.score = sql::toDecimal(q.value(f + 5), "reviews.score");
    return r;
}

void bindOrgUnit(QSqlQuery& q, const OrgUnit& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::optText(r.parentId));
    q.bindValue(f + 2, sql::text(r.name));
    q.bindValue(f + 3, code(toCode(r.kind)));
}

void bindRep(QSqlQuery& q, const Rep& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.name));
    q.bindValue(f + 2, sql::text(r.orgUnitId));
    q.bindValue(f + 3, code(toCode(r.role)));
    q.bindValue(f + 4, code(toCode(r.level)));
    q.bindValue(f + 5, sql::date(r.hireDate));
    q.bindValue(f + 6, sql::optText(r.managerId));
    q.bindValue(f + 7, sql::flag(r.active));
    q.bindValue(f + 8, sql::optDate(r.leftOn));
}

void bindProduct(QSqlQuery& q, const Product& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.name));
    q.bindValue(f + 2, sql::text(r.category));
}

void bindCustomer(QSqlQuery& q, const Customer& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.name));
    q.bindValue(f + 2, sql::text(r.ownerRepId));
    q.bindValue(f + 3, sql::optText(r.industry));
    q.bindValue(f + 4, sql::date(r.createdOn));
    q.bindValue(f + 5, QVariant::fromValue<int>(r.paymentTermsDays));
    q.bindValue(f + 6, sql::optCents(r.creditLimit));
    q.bindValue(f + 7, sql::optDate(r.birthday));
    q.bindValue(f + 8, sql::optDate(r.foundedOn));
}

void bindOpportunity(QSqlQuery& q, const Opportunity& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.name));
    q.bindValue(f + 2, sql::text(r.customerId));
    q.bindValue(f + 3, sql::text(r.ownerRepId));
    q.bindValue(f + 4, sql::cents(r.amount));
    q.bindValue(f + 5, sql::date(r.createdOn));
    q.bindValue(f + 6, sql::optDate(r.expectedCloseOn));
    q.bindValue(f + 7, sql::text(r.stage));
}

void bindStageEntry(QSqlQuery& q, const std::string& opportunityId, int seq, const StageEntry& e, int f)
{
    q.bindValue(f, sql::text(opportunityId));
    q.bindValue(f + 1, QVariant::fromValue<int>(seq));
    q.bindValue(f + 2, sql::text(e.stage));
    q.bindValue(f + 3, sql::date(e.enteredOn));
}

void bindOrder(QSqlQuery& q, const Order& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.customerId));
    q.bindValue(f + 2, sql::text(r.repId));
    q.bindValue(f + 3, sql::text(r.productId));
    q.bindValue(f + 4, sql::date(r.orderDate));
    q.bindValue(f + 5, sql::cents(r.amount));
    q.bindValue(f + 6, sql::cents(r.grossProfit));
    q.bindValue(f + 7, sql::optText(r.opportunityId));
    q.bindValue(f + 8, sql::optDate(r.cancelledOn));
}

void bindOrderCredit(QSqlQuery& q, const OrderCredit& r, int seq, int f)
{
    q.bindValue(f, sql::text(r.orderId));
    q.bindValue(f + 1, QVariant::fromValue<int>(seq));
    q.bindValue(f + 2, sql::text(r.repId));
    q.bindValue(f + 3, sql::decimal(r.share));
    q.bindValue(f + 4, sql::flag(r.overlay));
}

void bindPayment(QSqlQuery& q, const Payment& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.orderId));
    q.bindValue(f + 2, sql::date(r.paidOn));
    q.bindValue(f + 3, sql::cents(r.amount));
}

void bindActivity(QSqlQuery& q, const Activity& r, int f)
{
    q.bindValue(f, sql::text(r.id));
    q.bindValue(f + 1, sql::text(r.repId));
    q.bindValue(f + 2, sql::text(r.customerId));
    q.bindValue(f + 3, code(toCode(r.kind)));
    q.bindValue(f + 4, sql::date(r.date));
    q.bindValue(f + 5, sql::optText(r.opportunityId));
    q.bindValue(f + 6, sql::optText(r.note));
}

void bindTarget(QSqlQuery& q, const Target& r, int f)
{
    q.bindValue(f, code(r.owner.kind == OwnerKind::Unit ? "unit" : "rep"));
    q.bindValue(f + 1, sql::text(r.owner.id));
    q.bindValue(f + 2, code(toCode(r.metric)));
    q.bindValue(f + 3, sql::text(r.period));
    q.bindValue(f + 4, code(toCode(r.segment)));
    q.bindValue(f + 5, QVariant::fromValue<qlonglong>(r.amount));
}

void bindKpiValue(QSqlQuery& q, const KpiValue& r, int f)
{
    q.bindValue(f, sql::text(r.repId));
    q.bindValue(f + 1, sql::text(r.period));
    q.bindValue(f + 2, sql::text(r.code));
    q.bindValue(f + 3, sql::decimal(r.value));
}

void bindReview(QSqlQuery& q, const Review& r, int seq, int f)
{
    q.bindValue(f, sql::text(r.subjectRepId));
    q.bindValue(f + 1, sql::text(r.period));
    q.bindValue(f + 2, QVariant::fromValue<int>(seq));
    q.bindValue(f + 3, sql::text(r.reviewerKind));
    q.bindValue(f + 4, sql::optText(r.reviewerId));
    q.bindValue(f + 5, sql::decimal(r.score));
}

} // namespace sd::storage::rows

#include "storage/RowMapping.h"

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

std::string str(const SqlRow& q, int c) { return std::string(q.text(c)); }

std::optional<std::string> optStr(const SqlRow& q, int c)
{
    if (q.isNull(c))
        return std::nullopt;
    return std::string(q.text(c));
}

[[noreturn]] void malformed(const char* column, std::string_view value)
{
    throw StorageError(std::string("the workspace holds a malformed value in column ") + column + ": '"
                       + std::string(value) + "'");
}

Date date(const SqlRow& q, int c, const char* column)
{
    const std::string_view t = q.text(c);
    if (auto d = Date::parse(t))
        return *d;
    malformed(column, t);
}

std::optional<Date> optDate(const SqlRow& q, int c, const char* column)
{
    if (q.isNull(c))
        return std::nullopt;
    return date(q, c, column);
}

Money money(const SqlRow& q, int c) { return Money::fromCents(q.int64(c)); }

std::optional<Money> optMoney(const SqlRow& q, int c)
{
    if (q.isNull(c))
        return std::nullopt;
    return money(q, c);
}

Rational decimal(const SqlRow& q, int c, const char* column)
{
    const std::string_view t = q.text(c);
    if (auto r = Rational::parse(t, 36))
        return *r;
    malformed(column, t);
}

template <class E>
E readCode(const SqlRow& q, int c, std::optional<E> (*fromCode)(std::string_view), const char* column)
{
    const std::string_view s = q.text(c);
    if (auto e = fromCode(s))
        return *e;
    throw StorageError(std::string("the workspace holds an unknown code in column ") + column + ": '" + std::string(s)
                       + "'");
}

void bindOptText(SqlStatement& q, int i, const std::optional<std::string>& v)
{
    if (v)
        q.bindText(i, *v);
    else
        q.bindNull(i);
}

void bindDate(SqlStatement& q, int i, Date d)
{
    int y, m, day;
    d.ymd(y, m, day);
    char buf[10];
    for (int k = 3; k >= 0; --k, y /= 10)
        buf[k] = static_cast<char>('0' + y % 10);
    buf[4] = '-';
    buf[5] = static_cast<char>('0' + m / 10);
    buf[6] = static_cast<char>('0' + m % 10);
    buf[7] = '-';
    buf[8] = static_cast<char>('0' + day / 10);
    buf[9] = static_cast<char>('0' + day % 10);
    q.bindText(i, std::string_view(buf, 10));
}

void bindOptDate(SqlStatement& q, int i, const std::optional<Date>& d)
{
    if (d)
        bindDate(q, i, *d);
    else
        q.bindNull(i);
}

void bindOptCents(SqlStatement& q, int i, const std::optional<Money>& m)
{
    if (m)
        q.bindInt64(i, m->cents());
    else
        q.bindNull(i);
}

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

OrgUnit readOrgUnit(const SqlRow& q, int f)
{
    OrgUnit r;
    r.id = str(q, f);
    r.parentId = optStr(q, f + 1);
    r.name = str(q, f + 2);
    r.kind = readCode(q, f + 3, orgKindFromCode, "org_units.kind");
    return r;
}

Rep readRep(const SqlRow& q, int f)
{
    Rep r;
    r.id = str(q, f);
    r.name = str(q, f + 1);
    r.orgUnitId = str(q, f + 2);
    r.role = readCode(q, f + 3, roleFromCode, "reps.role");
    r.level = readCode(q, f + 4, levelFromCode, "reps.level");
    r.hireDate = date(q, f + 5, "reps.hire_date");
    r.managerId = optStr(q, f + 6);
    r.active = q.int64(f + 7) != 0;
    r.leftOn = optDate(q, f + 8, "reps.left_on");
    return r;
}

Product readProduct(const SqlRow& q, int f)
{
    return Product{str(q, f), str(q, f + 1), str(q, f + 2)};
}

Customer readCustomer(const SqlRow& q, int f)
{
    Customer r;
    r.id = str(q, f);
    r.name = str(q, f + 1);
    r.ownerRepId = str(q, f + 2);
    r.industry = optStr(q, f + 3);
    r.createdOn = date(q, f + 4, "customers.created_on");
    r.paymentTermsDays = static_cast<int>(q.int64(f + 5));
    r.creditLimit = optMoney(q, f + 6);
    r.birthday = optDate(q, f + 7, "customers.birthday");
    r.foundedOn = optDate(q, f + 8, "customers.founded_on");
    return r;
}

Opportunity readOpportunity(const SqlRow& q, int f)
{
    Opportunity r;
    r.id = str(q, f);
    r.name = str(q, f + 1);
    r.customerId = str(q, f + 2);
    r.ownerRepId = str(q, f + 3);
    r.amount = money(q, f + 4);
    r.createdOn = date(q, f + 5, "opportunities.created_on");
    r.expectedCloseOn = optDate(q, f + 6, "opportunities.expected_close_on");
    r.stage = str(q, f + 7);
    return r;
}

StageEntry readStageEntry(const SqlRow& q, int f)
{
    return StageEntry{str(q, f), date(q, f + 1, "stage_history.entered_on")};
}

Order readOrder(const SqlRow& q, int f)
{
    Order r;
    r.id = str(q, f);
    r.customerId = str(q, f + 1);
    r.repId = str(q, f + 2);
    r.productId = str(q, f + 3);
    r.orderDate = date(q, f + 4, "orders.order_date");
    r.amount = money(q, f + 5);
    r.grossProfit = money(q, f + 6);
    r.opportunityId = optStr(q, f + 7);
    r.cancelledOn = optDate(q, f + 8, "orders.cancelled_on");
    return r;
}

OrderCredit readOrderCredit(const SqlRow& q, int f)
{
    OrderCredit r;
    r.orderId = str(q, f);
    r.repId = str(q, f + 2);
    r.share = decimal(q, f + 3, "order_credits.share");
    r.overlay = q.int64(f + 4) != 0;
    return r;
}

Payment readPayment(const SqlRow& q, int f)
{
    Payment r;
    r.id = str(q, f);
    r.orderId = str(q, f + 1);
    r.paidOn = date(q, f + 2, "payments.paid_on");
    r.amount = money(q, f + 3);
    return r;
}

Activity readActivity(const SqlRow& q, int f)
{
    Activity r;
    r.id = str(q, f);
    r.repId = str(q, f + 1);
    r.customerId = str(q, f + 2);
    r.kind = readCode(q, f + 3, activityKindFromCode, "activities.kind");
    r.date = date(q, f + 4, "activities.activity_date");
    r.opportunityId = optStr(q, f + 5);
    r.note = optStr(q, f + 6);
    return r;
}

Target readTarget(const SqlRow& q, int f)
{
    Target r;
    r.owner.kind = readCode(q, f, ownerKindFromCode, "targets.owner_kind");
    r.owner.id = str(q, f + 1);
    r.metric = readCode(q, f + 2, metricFromCode, "targets.metric");
    r.period = str(q, f + 3);
    r.segment = readCode(q, f + 4, segmentFromCode, "targets.segment");
    r.amount = q.int64(f + 5);
    return r;
}

KpiValue readKpiValue(const SqlRow& q, int f)
{
    KpiValue r;
    r.repId = str(q, f);
    r.period = str(q, f + 1);
    r.code = str(q, f + 2);
    r.value = decimal(q, f + 3, "kpi_values.value");
    return r;
}

Review readReview(const SqlRow& q, int f)
{
    Review r;
    r.subjectRepId = str(q, f);
    r.period = str(q, f + 1);
    r.reviewerKind = str(q, f + 3);
    r.reviewerId = optStr(q, f + 4);
    r.score = decimal(q, f + 5, "reviews.score");
    return r;
}

void bindOrgUnit(SqlStatement& q, const OrgUnit& r, int f)
{
    q.bindText(f, r.id);
    bindOptText(q, f + 1, r.parentId);
    q.bindText(f + 2, r.name);
    q.bindText(f + 3, toCode(r.kind));
}

void bindRep(SqlStatement& q, const Rep& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.name);
    q.bindText(f + 2, r.orgUnitId);
    q.bindText(f + 3, toCode(r.role));
    q.bindText(f + 4, toCode(r.level));
    bindDate(q, f + 5, r.hireDate);
    bindOptText(q, f + 6, r.managerId);
    q.bindInt64(f + 7, r.active ? 1 : 0);
    bindOptDate(q, f + 8, r.leftOn);
}

void bindProduct(SqlStatement& q, const Product& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.name);
    q.bindText(f + 2, r.category);
}

void bindCustomer(SqlStatement& q, const Customer& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.name);
    q.bindText(f + 2, r.ownerRepId);
    bindOptText(q, f + 3, r.industry);
    bindDate(q, f + 4, r.createdOn);
    q.bindInt64(f + 5, r.paymentTermsDays);
    bindOptCents(q, f + 6, r.creditLimit);
    bindOptDate(q, f + 7, r.birthday);
    bindOptDate(q, f + 8, r.foundedOn);
}

void bindOpportunity(SqlStatement& q, const Opportunity& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.name);
    q.bindText(f + 2, r.customerId);
    q.bindText(f + 3, r.ownerRepId);
    q.bindInt64(f + 4, r.amount.cents());
    bindDate(q, f + 5, r.createdOn);
    bindOptDate(q, f + 6, r.expectedCloseOn);
    q.bindText(f + 7, r.stage);
}

void bindStageEntry(SqlStatement& q, const std::string& opportunityId, int seq, const StageEntry& e, int f)
{
    q.bindText(f, opportunityId);
    q.bindInt64(f + 1, seq);
    q.bindText(f + 2, e.stage);
    bindDate(q, f + 3, e.enteredOn);
}

void bindOrder(SqlStatement& q, const Order& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.customerId);
    q.bindText(f + 2, r.repId);
    q.bindText(f + 3, r.productId);
    bindDate(q, f + 4, r.orderDate);
    q.bindInt64(f + 5, r.amount.cents());
    q.bindInt64(f + 6, r.grossProfit.cents());
    bindOptText(q, f + 7, r.opportunityId);
    bindOptDate(q, f + 8, r.cancelledOn);
}

void bindOrderCredit(SqlStatement& q, const OrderCredit& r, int seq, int f)
{
    q.bindText(f, r.orderId);
    q.bindInt64(f + 1, seq);
    q.bindText(f + 2, r.repId);
    q.bindText(f + 3, r.share.toString());
    q.bindInt64(f + 4, r.overlay ? 1 : 0);
}

void bindPayment(SqlStatement& q, const Payment& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.orderId);
    bindDate(q, f + 2, r.paidOn);
    q.bindInt64(f + 3, r.amount.cents());
}

void bindActivity(SqlStatement& q, const Activity& r, int f)
{
    q.bindText(f, r.id);
    q.bindText(f + 1, r.repId);
    q.bindText(f + 2, r.customerId);
    q.bindText(f + 3, toCode(r.kind));
    bindDate(q, f + 4, r.date);
    bindOptText(q, f + 5, r.opportunityId);
    bindOptText(q, f + 6, r.note);
}

void bindTarget(SqlStatement& q, const Target& r, int f)
{
    q.bindText(f, r.owner.kind == OwnerKind::Unit ? "unit" : "rep");
    q.bindText(f + 1, r.owner.id);
    q.bindText(f + 2, toCode(r.metric));
    q.bindText(f + 3, r.period);
    q.bindText(f + 4, toCode(r.segment));
    q.bindInt64(f + 5, r.amount);
}

void bindKpiValue(SqlStatement& q, const KpiValue& r, int f)
{
    q.bindText(f, r.repId);
    q.bindText(f + 1, r.period);
    q.bindText(f + 2, r.code);
    q.bindText(f + 3, r.value.toString());
}

void bindReview(SqlStatement& q, const Review& r, int seq, int f)
{
    q.bindText(f, r.subjectRepId);
    q.bindText(f + 1, r.period);
    q.bindInt64(f + 2, seq);
    q.bindText(f + 3, r.reviewerKind);
    bindOptText(q, f + 4, r.reviewerId);
    q.bindText(f + 5, r.score.toString());
}

} // namespace sd::storage::rows

#pragma once

// The one mapping between the domain's row structs and the schema's columns, shared by the
// dataset loader, the import writer and the repositories. For each entity: its column list
// (in table order), a reader from a query positioned on a row that selected those columns
// starting at `first`, and a binder that binds them to positions first, first+1, … .
// Rows come from an SqlRow/SqlStatement: a native cursor for bulk work, a QtSqlCursor otherwise.

#include "domain/Model.h"
#include "storage/SqlRow.h"

#include <QStringList>

namespace sd::storage::rows {

const QStringList& orgUnitColumns();
const QStringList& repColumns();
const QStringList& productColumns();
const QStringList& customerColumns();
const QStringList& opportunityColumns(); // without the history
const QStringList& stageHistoryColumns(); // opportunity_id, seq, stage, entered_on
const QStringList& orderColumns();
const QStringList& orderCreditColumns(); // order_id, seq, rep_id, share, overlay
const QStringList& paymentColumns();
const QStringList& activityColumns();
const QStringList& targetColumns();
const QStringList& kpiValueColumns();
const QStringList& reviewColumns(); // subject_rep_id, period, seq, reviewer_kind, reviewer_id, score

// "t.a, t.b, …" for a SELECT, with an optional table alias.
QString selectList(const QStringList& columns, const QString& alias = QString());

OrgUnit readOrgUnit(const SqlRow& q, int first = 0);
Rep readRep(const SqlRow& q, int first = 0);
Product readProduct(const SqlRow& q, int first = 0);
Customer readCustomer(const SqlRow& q, int first = 0);
Opportunity readOpportunity(const SqlRow& q, int first = 0);
StageEntry readStageEntry(const SqlRow& q, int first = 2); // stage, entered_on
Order readOrder(const SqlRow& q, int first = 0);
OrderCredit readOrderCredit(const SqlRow& q, int first = 0);
Payment readPayment(const SqlRow& q, int first = 0);
Activity readActivity(const SqlRow& q, int first = 0);
Target readTarget(const SqlRow& q, int first = 0);
KpiValue readKpiValue(const SqlRow& q, int first = 0);
Review readReview(const SqlRow& q, int first = 0);

void bindOrgUnit(SqlStatement& q, const OrgUnit& r, int first = 0);
void bindRep(SqlStatement& q, const Rep& r, int first = 0);
void bindProduct(SqlStatement& q, const Product& r, int first = 0);
void bindCustomer(SqlStatement& q, const Customer& r, int first = 0);
void bindOpportunity(SqlStatement& q, const Opportunity& r, int first = 0);
void bindStageEntry(SqlStatement& q, const std::string& opportunityId, int seq, const StageEntry& e, int first = 0);
void bindOrder(SqlStatement& q, const Order& r, int first = 0);
void bindOrderCredit(SqlStatement& q, const OrderCredit& r, int seq, int first = 0);
void bindPayment(SqlStatement& q, const Payment& r, int first = 0);
void bindActivity(SqlStatement& q, const Activity& r, int first = 0);
void bindTarget(SqlStatement& q, const Target& r, int first = 0);
void bindKpiValue(SqlStatement& q, const KpiValue& r, int first = 0);
void bindReview(SqlStatement& q, const Review& r, int seq, int first = 0);

} // namespace sd::storage::rows
